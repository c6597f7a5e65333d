// Child process for the durability test: writes people one transaction at a time through the
// app's own openDatabase and queries, and prints "ack N" only after each commit returns.
import { emptyPersonFields } from '#shared/people/model';
import { asWritable } from '#electron/db/access';
import { openDatabase } from '#electron/db/open';
import { insertPerson } from '#electron/domains/people/queries';

const [file, key, startArg] = process.argv.slice(2);
if (!file || !key) throw new Error('usage: durabilityWriter FILE KEY START');
const db = asWritable(openDatabase(file, { key }));
const insert = db.transaction((n: number) =>
  insertPerson(db, { ...emptyPersonFields, name: `probe ${n}` }, new Date().toISOString()),
);
for (let n = Number(startArg ?? 0); ; n++) {
  insert(n);
  process.stdout.write(`ack ${n}\n`);
}
