/**
 * Bench worker, bundled by run.ts (so it can import the app's TypeScript as-is).
 *   generate <file>          writes a decade of 1:1 data with a fixed seed
 *   case <name> <file>       times one operation and prints {"case","medianMs","runs"} as JSON
 */
import { closeDatabase, openDatabase, type Db } from '../../electron/db/open';
import { searchNotes } from '../../electron/domains/oneOnOnes/search';
import { prepView } from '../../electron/domains/oneOnOnes/views';

const PEOPLE = 50;
const MEETINGS_PER_PERSON = 500; // 25 000 meetings: weekly for about ten years
const ITEMS_PER_MEETING = 10; // 250 000 agenda and action items
const NOW = new Date('2036-01-01T09:00:00Z');

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20260302);
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'su', 'rel', 'po', 'din', 'ga', 'mor', 'te', 'bix', 'nu', 'sal', 'fe', 'quo', 'ri'];
/** 4 000 made-up words; drawn with a Zipf-like skew so some are common and most are rare. */
const WORDS = Array.from({ length: 4000 }, (_, i) => {
  let w = '';
  let n = i + 1;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
});
const word = () => WORDS[Math.floor(WORDS.length * random() ** 3)]!;
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
const uuid = () =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

function generate(file: string): void {
  const db = openDatabase(file);
  const stamp = '2026-01-01T00:00:00.000Z';
  const person = db.prepare(`INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES (?, ?, 'direct_report', ?, ?)`);
  const series = db.prepare(
    `INSERT INTO oo_series (id, person_id, cadence, first_date, time, time_zone, created_at, updated_at) VALUES (?, ?, 'weekly', '2026-01-05', '10:00', 'UTC', ?, ?)`,
  );
  const meeting = db.prepare(
    `INSERT INTO oo_meetings (id, person_id, slot_date, date, time, time_zone, starts_at, status, shared_notes, private_notes, mood, held_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, '10:00', 'UTC', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT INTO oo_meeting_tags (meeting_id, tag) VALUES (?, ?)');
  const item = db.prepare(
    `INSERT INTO oo_items (id, person_id, kind, side, text, state, due_date, origin_meeting_id, closed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO oo_meeting_items (meeting_id, item_id, position) VALUES (?, ?, ?)');
  const tags = ['career', 'feedback', 'wellbeing', 'delivery', 'team'];
  db.transaction(() => {
    for (let p = 0; p < PEOPLE; p++) {
      const personId = uuid();
      person.run(personId, `Person ${p}`, stamp, stamp);
      series.run(uuid(), personId, stamp, stamp);
      const start = Date.UTC(2026, 0, 5);
      for (let m = 0; m < MEETINGS_PER_PERSON; m++) {
        const date = new Date(start + m * 7 * 86_400_000).toISOString().slice(0, 10);
        const status = random() < 0.1 ? 'skipped' : 'held';
        const meetingId = uuid();
        meeting.run(meetingId, personId, date, date, `${date}T10:00:00Z`, status, sentence(40), sentence(12), 1 + Math.floor(random() * 5), status === 'held' ? stamp : null, stamp, stamp);
        if (random() < 0.4) tag.run(meetingId, tags[Math.floor(random() * tags.length)]!);
        for (let i = 0; i < ITEMS_PER_MEETING; i++) {
          const itemId = uuid();
          // Recent items are the ones still open, as in real life.
          const open = m >= MEETINGS_PER_PERSON - 3 && i % 3 === 0;
          item.run(itemId, personId, i % 2 ? 'action' : 'agenda', random() < 0.5 ? 'me' : 'them', sentence(8), open ? 'open' : 'done', meetingId, stamp, stamp);
          link.run(meetingId, itemId, i + 1);
        }
      }
    }
  })();
  db.exec('ANALYZE');
  closeDatabase(db);
}

const ITERATIONS = process.argv[3] === 'like-scan' ? 15 : 200;

function time(run: (i: number) => void): number {
  for (let i = 0; i < 20; i++) run(i); // warm caches and the statement cache
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Words of middling frequency: the kind of term a manager looks for. */
function queryWords(): string[] {
  return Array.from({ length: 50 }, (_, i) => WORDS[400 + i * 37]!);
}

function likeScan(db: Db, text: string) {
  const pattern = `%${text}%`;
  return db
    .prepare(
      `SELECT * FROM (
         SELECT m.id, m.date FROM oo_meetings m WHERE m.shared_notes LIKE @p
         UNION ALL
         SELECT i.id, om.date FROM oo_items i LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id WHERE i.text LIKE @p
       ) ORDER BY date DESC LIMIT 50`,
    )
    .all({ p: pattern });
}

function runCase(name: string, file: string): void {
  const db = openDatabase(file);
  const people = db.prepare('SELECT id FROM people').pluck().all() as string[];
  const meetings = db.prepare('SELECT id FROM oo_meetings ORDER BY seq LIMIT 5000').pluck().all() as string[];
  const words = queryWords();
  const byId = db.prepare('SELECT * FROM oo_meetings WHERE id = ?');
  const cases: Record<string, (i: number) => unknown> = {
    'pk-lookup': (i) => byId.get(meetings[(i * 7919) % meetings.length]),
    // Exactly what the prep channel runs, inside a transaction as the dispatcher does.
    'prep-view': (i) => db.transaction(() => prepView(db, people[i % people.length]!, NOW))(),
    'fts-search': (i) => searchNotes(db, { text: words[i % words.length]! }),
    'like-scan': (i) => likeScan(db, words[i % words.length]!),
  };
  const run = cases[name];
  if (!run) throw new Error(`unknown case ${name}`);
  const medianMs = time((i) => void run(i));
  closeDatabase(db);
  process.stdout.write(`${JSON.stringify({ case: name, medianMs })}\n`);
}

const [command, a, b] = process.argv.slice(2);
if (command === 'generate') generate(a!);
else if (command === 'case') runCase(a!, b!);
else throw new Error('usage: generate <file> | case <name> <file>');
