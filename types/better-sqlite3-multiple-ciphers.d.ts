// The cipher fork ships typings but its package "exports" hide them from TypeScript's
// bundler resolution. Its API is better-sqlite3's (encryption is driven by pragmas), so the
// maintained better-sqlite3 types describe it.
declare module 'better-sqlite3-multiple-ciphers' {
  import BetterSqlite3 from 'better-sqlite3';
  export = BetterSqlite3;
}
