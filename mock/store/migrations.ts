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
  `
  CREATE TABLE services (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    bring TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    needs_amount INTEGER NOT NULL DEFAULT 0,
    min_amount_fen INTEGER,
    max_amount_fen INTEGER,
    amount_step_fen INTEGER,
    notice_business_days INTEGER NOT NULL DEFAULT 0,
    sort INTEGER NOT NULL
  );
  CREATE TABLE branch_services (
    branch_id TEXT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    capacity_per_slot INTEGER NOT NULL CHECK (capacity_per_slot > 0),
    PRIMARY KEY (branch_id, service_id)
  );
  CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    service_id TEXT NOT NULL REFERENCES services(id),
    slot_start INTEGER NOT NULL,
    slot_end INTEGER NOT NULL CHECK (slot_end > slot_start),
    amount_fen INTEGER,
    note TEXT,
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'cancelled')),
    created_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    arrived_at INTEGER,
    checked_in_by TEXT
  );
  CREATE INDEX bookings_slot ON bookings(branch_id, service_id, slot_start);
  CREATE INDEX bookings_customer ON bookings(customer_id, slot_start);
  CREATE TABLE booking_sequences (
    date TEXT PRIMARY KEY,
    last INTEGER NOT NULL
  );
  CREATE TABLE products (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('deposit', 'loan', 'card', 'merchant')),
    summary TEXT NOT NULL,
    features TEXT NOT NULL,
    apr_min_bp INTEGER,
    apr_max_bp INTEGER,
    amount_max_fen INTEGER,
    term_text TEXT,
    sort INTEGER NOT NULL,
    CHECK (category <> 'loan' OR (apr_min_bp IS NOT NULL AND apr_max_bp IS NOT NULL))
  );
  CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    product_id TEXT NOT NULL REFERENCES products(id),
    town TEXT NOT NULL,
    preferred_time TEXT NOT NULL,
    note TEXT,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'assigned', 'contacted', 'done', 'closed')),
    manager_id TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    opened_at INTEGER
  );
  CREATE UNIQUE INDEX referrals_one_open ON referrals(customer_id, product_id)
    WHERE status IN ('submitted', 'assigned', 'contacted');
  CREATE INDEX referrals_manager ON referrals(manager_id, created_at);
  CREATE TABLE referral_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at INTEGER NOT NULL,
    note TEXT
  );
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('booking', 'reminder', 'referral')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link_type TEXT,
    link_id TEXT,
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  );
  CREATE INDEX messages_user ON messages(user_id, seq);
  `,
  // Sunshine e-loan: SMS purposes, the mock credit bureau, applications, credit lines and loans.
  `
  ALTER TABLE sms_codes ADD COLUMN purpose TEXT NOT NULL DEFAULT 'login';
  ALTER TABLE sms_outbox ADD COLUMN purpose TEXT NOT NULL DEFAULT 'login';
  CREATE INDEX sms_codes_phone_purpose ON sms_codes(phone, purpose, id);
  CREATE TABLE credit_reports (
    id_number TEXT PRIMARY KEY,
    outstanding_debt_fen INTEGER NOT NULL CHECK (outstanding_debt_fen >= 0),
    overdue INTEGER NOT NULL DEFAULT 0 CHECK (overdue IN (0, 1))
  );
  CREATE TABLE loan_sequences (
    prefix TEXT NOT NULL,
    date TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (prefix, date)
  );
  CREATE TABLE loan_applications (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed')),
    card_masked TEXT,
    card_last_four TEXT,
    card_bank TEXT,
    card_hash TEXT,
    face_verified_at INTEGER,
    draft_fields TEXT,
    draft_saved_at INTEGER,
    request TEXT,
    submitted_at INTEGER,
    decision TEXT CHECK (decision IN ('approved', 'declined')),
    decided_at INTEGER,
    limit_fen INTEGER,
    apr_bp INTEGER,
    limit_expires_on TEXT,
    offer_expires_at INTEGER,
    decline_reason TEXT,
    reapply_from TEXT,
    contract_number TEXT UNIQUE,
    signed_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX loan_applications_customer ON loan_applications(customer_id, created_at);
  CREATE UNIQUE INDEX loan_applications_one_draft ON loan_applications(customer_id) WHERE status = 'draft';
  CREATE TABLE loan_consents (
    application_id TEXT NOT NULL REFERENCES loan_applications(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    version TEXT NOT NULL,
    agreed_at INTEGER NOT NULL,
    PRIMARY KEY (application_id, document_id)
  );
  CREATE TABLE face_challenges (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES loan_applications(id) ON DELETE CASCADE,
    digits TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE TABLE credit_lines (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL UNIQUE REFERENCES loan_applications(id),
    limit_fen INTEGER NOT NULL CHECK (limit_fen > 0),
    used_fen INTEGER NOT NULL DEFAULT 0,
    apr_bp INTEGER NOT NULL,
    expires_on TEXT NOT NULL,
    card_masked TEXT NOT NULL,
    card_last_four TEXT NOT NULL,
    card_bank TEXT NOT NULL,
    contract_number TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK (used_fen >= 0 AND used_fen <= limit_fen)
  );
  CREATE INDEX credit_lines_customer ON credit_lines(customer_id, created_at);
  CREATE TABLE loans (
    id TEXT PRIMARY KEY,
    credit_line_id TEXT NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    principal_fen INTEGER NOT NULL CHECK (principal_fen > 0),
    apr_bp INTEGER NOT NULL,
    term_months INTEGER NOT NULL,
    method TEXT NOT NULL,
    start_date TEXT NOT NULL,
    total_interest_fen INTEGER NOT NULL,
    requested_at INTEGER NOT NULL,
    funded_at INTEGER NOT NULL,
    settled_at INTEGER,
    certificate_number TEXT UNIQUE
  );
  CREATE INDEX loans_customer ON loans(customer_id, funded_at);
  CREATE TABLE loan_instalments (
    loan_id TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    principal_fen INTEGER NOT NULL,
    interest_fen INTEGER NOT NULL,
    payment_fen INTEGER NOT NULL,
    balance_after_fen INTEGER NOT NULL,
    paid_at INTEGER,
    PRIMARY KEY (loan_id, idx)
  );
  CREATE TABLE loan_repayments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    loan_id TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('instalment', 'early')),
    instalment_index INTEGER,
    principal_fen INTEGER NOT NULL,
    interest_fen INTEGER NOT NULL,
    paid_at INTEGER NOT NULL
  );
  `,
  // Loan messages: SQLite cannot alter a CHECK constraint, so the table is rebuilt with the new kind.
  `
  CREATE TABLE messages_v4 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('booking', 'reminder', 'referral', 'loan')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link_type TEXT,
    link_id TEXT,
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  );
  INSERT INTO messages_v4 SELECT * FROM messages;
  DROP TABLE messages;
  ALTER TABLE messages_v4 RENAME TO messages;
  CREATE INDEX messages_user ON messages(user_id, seq);
  `,
  // Security: SMS codes, WeChat tickets and card numbers are never stored in clear; a code is spent by
  // wrong guesses instead of locking the number; sending is counted per number, caller and minute;
  // WeChat login codes are single use; an idempotency claim carries a token; the bank holds each
  // whitelisted household's phone (the second factor of binding it). The data of an older store is
  // reset to the seed on upgrade.
  `
  DROP TABLE sms_codes;
  CREATE TABLE sms_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL,
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    caller TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    spent INTEGER NOT NULL DEFAULT 0,
    wrong_attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX sms_codes_phone_purpose ON sms_codes(phone, purpose, id);
  CREATE INDEX sms_codes_phone_sent ON sms_codes(phone, sent_at);
  CREATE INDEX sms_codes_caller_sent ON sms_codes(caller, sent_at);
  CREATE INDEX sms_codes_sent ON sms_codes(sent_at);
  CREATE INDEX sms_outbox_sent ON sms_outbox(sent_at);
  DROP TABLE phone_guards;
  DROP TABLE wechat_tickets;
  CREATE TABLE wechat_tickets (
    ticket_hash TEXT PRIMARY KEY,
    openid TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE INDEX wechat_tickets_expires ON wechat_tickets(expires_at);
  CREATE TABLE wechat_codes (
    code_hash TEXT PRIMARY KEY,
    seen_at INTEGER NOT NULL
  );
  CREATE INDEX wechat_codes_seen ON wechat_codes(seen_at);
  ALTER TABLE idempotency_keys ADD COLUMN claim TEXT NOT NULL DEFAULT '';
  CREATE INDEX sessions_expires ON sessions(expires_at);
  ALTER TABLE whitelist ADD COLUMN phone TEXT;
  `,
  // v7: login-code limits per network; real-name refusals counted per account.
  `
  ALTER TABLE sms_codes ADD COLUMN network TEXT NOT NULL DEFAULT '';
  CREATE INDEX sms_codes_network_sent ON sms_codes(network, sent_at);
  CREATE TABLE real_name_refusals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id),
    refused_at INTEGER NOT NULL
  );
  CREATE INDEX real_name_refusals_user ON real_name_refusals(user_id, refused_at);
  `,
  // v8: check-in without a camera: each booking gets a short code staff can type, and wrong codes or ID
  // tails are counted per staff member.
  `
  ALTER TABLE bookings ADD COLUMN check_in_code TEXT NOT NULL DEFAULT '';
  UPDATE bookings SET check_in_code = printf('%06d', abs(random()) % 1000000);
  CREATE INDEX bookings_check_in_code ON bookings(branch_id, check_in_code);
  CREATE TABLE check_in_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_user_id TEXT NOT NULL REFERENCES users(id),
    failed_at INTEGER NOT NULL
  );
  CREATE INDEX check_in_failures_staff ON check_in_failures(staff_user_id, failed_at);
  `,
  // v9: repayment as the contract says: the card is debited on each due date (one attempt per
  // instalment, kept), and what was paid records its penalty interest and how it was paid.
  `
  ALTER TABLE loan_repayments ADD COLUMN penalty_fen INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE loan_repayments ADD COLUMN channel TEXT NOT NULL DEFAULT 'app';
  CREATE TABLE loan_debits (
    loan_id TEXT NOT NULL REFERENCES loans(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    attempted_at INTEGER NOT NULL,
    ok INTEGER NOT NULL,
    PRIMARY KEY (loan_id, idx)
  );
  `,
  // v10: the four-factor card check. A card is found by its keyed hash when another customer tries
  // to bind it; card_holders stands in for the issuing banks' records (sample cards, their holders and
  // the phone each bank texts), which is why it holds card numbers the bank itself never keeps.
  `
  CREATE INDEX loan_applications_card ON loan_applications(card_hash);
  CREATE TABLE card_holders (
    card_number TEXT PRIMARY KEY,
    holder_name TEXT NOT NULL,
    holder_id_number TEXT NOT NULL,
    reserved_phone TEXT NOT NULL
  );
  `,
  // v11: refused disbursement cards counted per account, so card numbers cannot be tried out.
  `
  CREATE TABLE card_check_refusals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id),
    refused_at INTEGER NOT NULL
  );
  CREATE INDEX card_check_refusals_user ON card_check_refusals(user_id, refused_at);
  `,
  // v12: merchant coupons: batches with their stock (claimed is counted on the batch, so a claim is
  // one guarded UPDATE), per-day counts, customers' tags for targeted batches, and claimed coupons.
  `
  CREATE TABLE coupon_batches (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants(user_id),
    type TEXT NOT NULL CHECK (type IN ('discount', 'penny', 'topup-rebate')),
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    rules TEXT NOT NULL,
    threshold_fen INTEGER,
    discount_fen INTEGER,
    item_name TEXT,
    list_price_fen INTEGER,
    claim_start INTEGER NOT NULL,
    claim_end INTEGER NOT NULL CHECK (claim_end > claim_start),
    valid_from TEXT,
    valid_until TEXT,
    valid_days INTEGER,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    claimed INTEGER NOT NULL DEFAULT 0,
    per_user_limit INTEGER NOT NULL CHECK (per_user_limit > 0),
    per_day_stock INTEGER,
    audience TEXT NOT NULL DEFAULT '',
    paused INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    CHECK (claimed >= 0 AND claimed <= stock)
  );
  CREATE INDEX coupon_batches_claim_end ON coupon_batches(claim_end);
  CREATE TABLE coupon_batch_days (
    batch_id TEXT NOT NULL REFERENCES coupon_batches(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    claimed INTEGER NOT NULL,
    PRIMARY KEY (batch_id, date)
  );
  CREATE TABLE customer_tags (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (user_id, tag)
  );
  CREATE TABLE coupons (
    id TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL REFERENCES coupon_batches(id),
    owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    claimed_at INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    used_at INTEGER,
    voided_at INTEGER
  );
  CREATE INDEX coupons_owner ON coupons(owner_id, valid_until);
  CREATE INDEX coupons_batch_owner ON coupons(batch_id, owner_id);
  `,
  // v13: redeeming coupons at the till. A coupon gets a random numeric code and a random reference its
  // QR tokens name (its id never leaves its owner); a redemption is unique per till request number, and
  // a coupon has at most one live (unreversed) redemption, whatever the code above forgets. Wrong typed
  // codes are counted per merchant. Messages gain the coupon kind (the table is rebuilt, as in v4).
  `
  ALTER TABLE coupons ADD COLUMN redeem_code TEXT;
  ALTER TABLE coupons ADD COLUMN token_ref TEXT;
  CREATE UNIQUE INDEX coupons_redeem_code ON coupons(redeem_code);
  CREATE UNIQUE INDEX coupons_token_ref ON coupons(token_ref);
  CREATE TABLE coupon_redemptions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    coupon_id TEXT NOT NULL REFERENCES coupons(id) ON DELETE CASCADE,
    merchant_id TEXT NOT NULL REFERENCES merchants(user_id),
    request_no TEXT NOT NULL,
    order_amount_fen INTEGER NOT NULL CHECK (order_amount_fen > 0),
    discount_fen INTEGER NOT NULL CHECK (discount_fen > 0),
    redeemed_at INTEGER NOT NULL,
    business_date TEXT NOT NULL,
    reversed_at INTEGER,
    UNIQUE (merchant_id, request_no)
  );
  CREATE UNIQUE INDEX coupon_redemptions_live ON coupon_redemptions(coupon_id) WHERE reversed_at IS NULL;
  CREATE INDEX coupon_redemptions_day ON coupon_redemptions(merchant_id, business_date, seq);
  CREATE TABLE redeem_code_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    merchant_id TEXT NOT NULL REFERENCES users(id),
    failed_at INTEGER NOT NULL
  );
  CREATE INDEX redeem_code_failures_merchant ON redeem_code_failures(merchant_id, failed_at);
  CREATE TABLE messages_v13 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('booking', 'reminder', 'referral', 'loan', 'coupon')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link_type TEXT,
    link_id TEXT,
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  );
  INSERT INTO messages_v13 SELECT * FROM messages;
  DROP TABLE messages;
  ALTER TABLE messages_v13 RENAME TO messages;
  CREATE INDEX messages_user ON messages(user_id, seq);
  `,
  // v14: merchant onboarding and promo codes. An application is the referral its manager follows up,
  // with the shop's details beside it; a promo visit is kept once per visitor, code and Beijing day,
  // the visitor being a user id or a keyed hash of an anonymous caller (no addresses kept).
  `
  CREATE TABLE merchant_applications (
    id TEXT PRIMARY KEY,
    applicant_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    referral_id TEXT NOT NULL UNIQUE REFERENCES referrals(id) ON DELETE CASCADE,
    shop_name TEXT NOT NULL,
    credit_code TEXT NOT NULL,
    credit_code_check TEXT NOT NULL CHECK (credit_code_check IN ('ok', 'failed')),
    address TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    category TEXT NOT NULL,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    created_at INTEGER NOT NULL
  );
  CREATE TABLE promo_codes (
    code TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants(user_id) ON DELETE CASCADE,
    expires_on TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX promo_codes_merchant ON promo_codes(merchant_id);
  CREATE TABLE promo_visits (
    code TEXT NOT NULL REFERENCES promo_codes(code) ON DELETE CASCADE,
    visitor TEXT NOT NULL,
    date TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('scene', 'link', 'h5')),
    first_at INTEGER NOT NULL,
    PRIMARY KEY (code, visitor, date)
  );
  CREATE INDEX promo_visits_code_date ON promo_visits(code, date);
  `,
  // v15: merchant shop phone and hours: what a customer needs to call or visit a shop (the owner's
  // login phone never leaves the bank).
  `
  ALTER TABLE merchants ADD COLUMN shop_phone TEXT NOT NULL DEFAULT '';
  ALTER TABLE merchants ADD COLUMN hours_text TEXT NOT NULL DEFAULT '';
  CREATE INDEX coupon_batches_merchant ON coupon_batches(merchant_id);
  `,
  // v16: campaign events (活动). Templates and the events published from them (the people registered
  // are counted on the event, so a sign-up is one guarded UPDATE and never overfills it); sign-ups
  // with their party, place in line (seq) and check-in code, at most one active per customer and
  // event; attribution_id is left for the campaign attribution to fill. Messages gain the event kind
  // (the table is rebuilt, as in v4 and v13).
  `
  CREATE TABLE event_templates (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('thank-you', 'village-credit', 'merchant-salon', 'association')),
    title TEXT NOT NULL,
    description_html TEXT NOT NULL,
    agenda TEXT NOT NULL,
    benefits TEXT NOT NULL,
    product_ids TEXT NOT NULL,
    default_capacity INTEGER NOT NULL,
    sort INTEGER NOT NULL
  );
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES event_templates(id),
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    town TEXT NOT NULL,
    venue TEXT NOT NULL,
    address TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL CHECK (end_at > start_at),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    taken INTEGER NOT NULL DEFAULT 0,
    description_html TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL,
    CHECK (taken >= 0 AND taken <= capacity)
  );
  CREATE INDEX events_end ON events(end_at);
  CREATE TABLE event_signups (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    village TEXT NOT NULL,
    party_size INTEGER NOT NULL CHECK (party_size BETWEEN 1 AND 5),
    status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'checked-in', 'cancelled')),
    check_in_code TEXT NOT NULL,
    attribution_id TEXT,
    created_at INTEGER NOT NULL,
    promoted_at INTEGER,
    checked_in_at INTEGER,
    checked_in_by TEXT REFERENCES users(id),
    cancelled_at INTEGER
  );
  CREATE UNIQUE INDEX event_signups_one_active ON event_signups(event_id, user_id) WHERE status != 'cancelled';
  CREATE UNIQUE INDEX event_signups_code ON event_signups(event_id, check_in_code);
  CREATE INDEX event_signups_user ON event_signups(user_id);
  CREATE INDEX event_signups_line ON event_signups(event_id, status, seq);
  CREATE TABLE messages_v16 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('booking', 'reminder', 'referral', 'loan', 'coupon', 'event')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link_type TEXT,
    link_id TEXT,
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  );
  INSERT INTO messages_v16 SELECT * FROM messages;
  DROP TABLE messages;
  ALTER TABLE messages_v16 RENAME TO messages;
  CREATE INDEX messages_user ON messages(user_id, seq);
  `,
  // v17: campaign sharing (推广). A link is one sharer's code for one event or product; a visit is kept
  // once per visitor, code and Beijing day (visitor = user:<id> or anon:<visitorId>, never an address);
  // an anonymous visitor is a bank-issued id bound to a customer at sign-up; mints are capped per
  // keyed hash of the caller's address and day. A sign-up keeps its first-touch code (attribution_id),
  // when and how it arrived, and the chain frozen at sign-up (root staff, depth).
  `
  CREATE TABLE campaign_links (
    code TEXT PRIMARY KEY,
    sharer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'product')),
    target_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX campaign_links_sharer ON campaign_links(sharer_id, kind, target_id, created_at);
  CREATE INDEX campaign_links_target ON campaign_links(kind, target_id);
  CREATE TABLE campaign_visitors (
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    bound_at INTEGER
  );
  CREATE INDEX campaign_visitors_user ON campaign_visitors(user_id);
  CREATE TABLE campaign_visitor_mints (
    caller_hash TEXT NOT NULL,
    date TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (caller_hash, date)
  );
  CREATE TABLE campaign_visits (
    code TEXT NOT NULL REFERENCES campaign_links(code) ON DELETE CASCADE,
    visitor TEXT NOT NULL,
    date TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('share', 'timeline', 'scene', 'link', 'h5')),
    first_at INTEGER NOT NULL,
    PRIMARY KEY (code, visitor, date)
  );
  CREATE INDEX campaign_visits_code_date ON campaign_visits(code, date);
  CREATE INDEX campaign_visits_visitor ON campaign_visits(visitor, first_at);
  ALTER TABLE event_signups ADD COLUMN attributed_at INTEGER;
  ALTER TABLE event_signups ADD COLUMN attribution_via TEXT;
  ALTER TABLE event_signups ADD COLUMN credit_staff_id TEXT REFERENCES users(id);
  ALTER TABLE event_signups ADD COLUMN credit_depth INTEGER;
  CREATE INDEX event_signups_attribution ON event_signups(attribution_id);
  CREATE INDEX event_signups_credit ON event_signups(credit_staff_id, created_at);
  `,
]

/** Tables in the order they can be emptied without breaking foreign keys. */
export const TABLES_CHILD_FIRST = [
  'campaign_visits',
  'campaign_visitor_mints',
  'campaign_visitors',
  'campaign_links',
  'event_signups',
  'events',
  'event_templates',
  'promo_visits',
  'promo_codes',
  'merchant_applications',
  'redeem_code_failures',
  'coupon_redemptions',
  'coupons',
  'coupon_batch_days',
  'coupon_batches',
  'customer_tags',
  'loan_debits',
  'loan_repayments',
  'loan_instalments',
  'loans',
  'credit_lines',
  'face_challenges',
  'loan_consents',
  'loan_applications',
  'loan_sequences',
  'credit_reports',
  'messages',
  'referral_events',
  'referrals',
  'bookings',
  'booking_sequences',
  'branch_services',
  'products',
  'services',
  'sessions',
  'real_name_refusals',
  'card_check_refusals',
  'check_in_failures',
  'staff',
  'merchants',
  'users',
  'sms_codes',
  'sms_outbox',
  'wechat_tickets',
  'wechat_codes',
  'idempotency_keys',
  'whitelist',
  'card_holders',
  'branches',
  'holidays',
]
