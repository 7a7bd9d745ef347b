// Opens the embedded SQLite store and brings its schema up to date.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { MIGRATIONS } from './migrations'

/** The store handle used by every store module. */
export type Db = Database.Database

/**
 * Opens (creating if needed) the database at `file` or ':memory:', in WAL mode, migrated. `created`:
 * the store was empty; `upgraded`: it had an older schema (its sample data predates the new tables).
 */
export function openDb(file: string): { db: Db; created: boolean; upgraded: boolean } {
  const inMemory = file === ':memory:'
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const db = new Database(file)
  if (!inMemory) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = NORMAL')
  const before = migrate(db)
  return { db, created: before === 0, upgraded: before > 0 && before < MIGRATIONS.length }
}

/** Runs pending migrations in one transaction; returns the version found before. */
export function migrate(db: Db): number {
  const before = db.pragma('user_version', { simple: true }) as number
  db.transaction(() => {
    for (let v = before; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v])
    db.pragma(`user_version = ${MIGRATIONS.length}`)
  })()
  return before
}
