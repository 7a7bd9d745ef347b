// Schema migrations, applied in order; PRAGMA user_version records how many ran.

/** Each entry is one migration's SQL. Append only; never edit a released entry. */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('customer', 'merchant', 'staff')),
    phone TEXT NOT NULL UNIQUE,
    real_name TEXT,
    id_number TEXT UNIQUE,
    real_name_verified_at INTEGER,
    wechat_openid TEXT UNIQUE,
    display_name TEXT,
    privacy_version TEXT,
    privacy_accepted_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    transport TEXT NOT NULL CHECK (transport IN ('cookie', 'bearer')),
    csrf_token TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE sms_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE INDEX sms_codes_phone ON sms_codes(phone, id);
  CREATE TABLE sms_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at INTEGER NOT NULL
  );
  CREATE TABLE phone_guards (
    phone TEXT PRIMARY KEY,
    wrong_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER
  );
  CREATE TABLE wechat_tickets (
    ticket TEXT PRIMARY KEY,
    openid TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'done')),
    status INTEGER,
    body TEXT,
    headers TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, method, url, key)
  );
  CREATE INDEX idempotency_created ON idempotency_keys(created_at);
  CREATE TABLE whitelist (
    id_number TEXT PRIMARY KEY,
    household_name TEXT NOT NULL,
    town TEXT NOT NULL,
    village TEXT NOT NULL,
    limit_fen INTEGER NOT NULL CHECK (limit_fen > 0),
    apr_min_bp INTEGER NOT NULL,
    apr_max_bp INTEGER NOT NULL,
    valid_until TEXT NOT NULL,
    product_name TEXT NOT NULL
  );
  CREATE TABLE branches (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    town TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    opening_hours TEXT NOT NULL
  );
  CREATE TABLE holidays (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_workday INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE staff (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    staff_code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    town TEXT NOT NULL,
    branch_id TEXT NOT NULL REFERENCES branches(id)
  );
  CREATE TABLE merchants (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    shop_name TEXT NOT NULL,
    category TEXT NOT NULL,
    town TEXT NOT NULL,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    address TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL
  );
  `,
]

/** Tables in the order they can be emptied without breaking foreign keys. */
export const TABLES_CHILD_FIRST = [
  'sessions',
  'staff',
  'merchants',
  'users',
  'sms_codes',
  'sms_outbox',
  'phone_guards',
  'wechat_tickets',
  'idempotency_keys',
  'whitelist',
  'branches',
  'holidays',
]
