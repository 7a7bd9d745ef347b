// Runtime constants shared by the mock bank and the app. This file must import nothing.

/** Base path of every bank API route. */
export const API_BASE_PATH = '/api/v1'
/** Where the mock serves its generated OpenAPI 3 document. */
export const OPENAPI_PATH = '/api/openapi.json'

/** Version of the privacy policy the user must accept to log in. */
export const PRIVACY_VERSION = '2026-11-01'

/** Pattern of a mainland mobile number, as a string so that schemas and RegExps share it. */
export const MOBILE_PHONE_PATTERN = '^1[3-9]\\d{9}$'
/** A name as on a resident ID card: 2-20 Chinese characters; a middle dot '·' may join parts (买买提·艾力). */
export const PERSON_NAME_PATTERN = '^(?=.{2,20}$)[\\u4e00-\\u9fa5]+(·[\\u4e00-\\u9fa5]+)*$'

/** 等额本息 equal instalments | 等额本金 equal principal | 先息后本 interest first: in the order the app offers them. */
export const REPAYMENT_METHODS = ['equal-instalment', 'equal-principal', 'interest-first'] as const
/** How a Sunshine e-loan is repaid. */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number]

/**
 * Free text a person types (notes): anything but control characters (tab and line breaks aside),
 * direction marks and overrides, invisible letters (Hangul fillers) and spaces, and lone surrogates
 * (the bank's schemas match with the unicode flag), which could hide or reorder what staff read.
 */
export const PLAIN_TEXT_PATTERN =
  '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u061C\\u115F\\u1160\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u3164\\uFEFF\\uFFA0\\uD800-\\uDFFF]*$'
/**
 * A one-line name or address (a shop's, an event's title and place): as PLAIN_TEXT_PATTERN without
 * tabs, line breaks or angle brackets (no markup where any screen might render it), and with at least
 * one visible character.
 */
export const ONE_LINE_TEXT_PATTERN =
  '^(?=[\\s\\S]*[^\\s])[^<>\\u0000-\\u001F\\u007F\\u061C\\u115F\\u1160\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u3164\\uFEFF\\uFFA0\\uD800-\\uDFFF]*$'

/** Header carrying the client's idempotency key on unsafe requests (8-64 chars of [A-Za-z0-9_-]). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key'
/** Pattern an idempotency key must match. */
export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_-]{8,64}$'
/** Response header set to 'true' when a stored idempotent response is replayed. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'Idempotency-Replayed'
/** Header carrying the CSRF token on cookie-authenticated unsafe requests. */
export const CSRF_HEADER = 'X-CSRF-Token'
/** Name of the H5 session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'cc_session'

/** User roles. */
export const ROLES = ['customer', 'merchant', 'staff'] as const
/** A user role. */
export type Role = (typeof ROLES)[number]

/** Session transports: bearer token (weapp) or httpOnly cookie + CSRF token (H5). */
export const SESSION_TRANSPORTS = ['cookie', 'bearer'] as const
/** A session transport. */
export type SessionTransport = (typeof SESSION_TRANSPORTS)[number]

/** Seconds before another SMS code may be requested for the same number. */
export const SMS_RESEND_SECONDS = 60
/** Seconds an SMS code stays valid. */
export const SMS_CODE_TTL_SECONDS = 300
/** Wrong guesses a code takes; the last one spends it (the owner asks for a new one). */
export const SMS_MAX_WRONG_ATTEMPTS = 5
/**
 * Codes one number may receive per Beijing day, per purpose: a stranger who uses up a number's login
 * codes cannot stop its owner signing or drawing, and few texts reach a household's phone at another
 * account's request.
 */
export const SMS_CODES_PER_PHONE_PER_DAY: Readonly<Record<SmsPurpose, number>> = {
  login: 10,
  'loan-sign': 10,
  'loan-drawdown': 10,
  'loan-repayment': 10,
  'card-bind': 10,
  'real-name': 3,
}
/** Login codes one caller (client address; an IPv6 /64) may ask for per minute, whatever the numbers. */
export const SMS_CODES_PER_CALLER_PER_MINUTE = 5
/** Login codes one caller may ask for per Beijing day. */
export const SMS_CODES_PER_CALLER_PER_DAY = 50
/** Login codes one network (an IPv4 /24, an IPv6 /48) may ask for per minute. */
export const SMS_CODES_PER_NETWORK_PER_MINUTE = 30
/**
 * Login codes the bank sends per minute in all (a flood waits). Codes a logged-in customer asks for
 * (signing, drawdown, real name) are outside it, so a flood of strangers never stops them.
 */
export const SMS_CODES_PER_MINUTE = 200
/** Refused disbursement cards one account may have per Beijing day (card numbers cannot be tried out). */
export const CARD_CHECK_REFUSALS_PER_DAY = 5
/** Refused real-name checks one account may have per Beijing day (names cannot be guessed). */
export const REAL_NAME_REFUSALS_PER_DAY = 5
/** Cookie session lifetime in seconds (12 h). */
export const COOKIE_SESSION_TTL_SECONDS = 12 * 3600
/** Bearer session lifetime in seconds (7 days). */
export const BEARER_SESSION_TTL_SECONDS = 7 * 24 * 3600
/** Seconds a wechatTicket from wechat-login stays valid. */
export const WECHAT_TICKET_TTL_SECONDS = 600
/** Seconds a wx.login() code is accepted after it was issued (single use, as WeChat's own). */
export const WECHAT_CODE_TTL_SECONDS = 300
/** Seconds an idempotency record is kept. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600

/** Product name of the pure-credit loan shown with a pre-approval. */
export const SUNSHINE_LOAN_PRODUCT = '阳光e贷'
/** Catalogue id of the Sunshine e-loan (referrals after a decline point here). */
export const SUNSHINE_LOAN_PRODUCT_ID = 'pd_sunshine_loan'
/** Lowest and highest APR the Sunshine e-loan is offered at (bp), shown wherever it is marketed. */
export const SUNSHINE_LOAN_APR_RANGE_BP = { min: 365, max: 720 } as const
/** Smallest Sunshine e-loan application or drawdown: 1,000 yuan, in fen. */
export const LOAN_MIN_FEN = 100_000
/** Largest Sunshine e-loan application or drawdown: 200,000 yuan, in fen. */
export const LOAN_MAX_FEN = 20_000_000
/** Loan amounts are whole multiples of 100 yuan, in fen. */
export const LOAN_STEP_FEN = 10_000
/** Shortest loan term, in months. */
export const LOAN_TERM_MIN_MONTHS = 3
/** Longest loan term, in months. */
export const LOAN_TERM_MAX_MONTHS = 36

/** Minutes of one bookable counter slot. */
export const SLOT_MINUTES = 30
/** A slot is bookable only if it starts at least this many minutes from now. */
export const SLOT_LEAD_MINUTES = 30
/** How many business days ahead (today included while it has bookable slots) can be booked. */
export const BOOKING_WINDOW_DAYS = 7
/** Bookings one customer may hold at once (booked, slot not yet over): a few accounts cannot fill a week. */
export const MAX_ACTIVE_BOOKINGS = 3
/** A booking may be cancelled or moved until this many minutes before its slot (inclusive). */
export const CANCEL_DEADLINE_MINUTES = 60
/** Longest booking note, in characters. */
export const BOOKING_NOTE_MAX_LENGTH = 100
/** Longest referral note (customer's or staff's), in characters. */
export const REFERRAL_NOTE_MAX_LENGTH = 200
/** Large cash withdrawals: at least 50,000 yuan, at most 1,000,000 yuan, in steps of 100 yuan (fen). */
export const LARGE_CASH_MIN_FEN = 5_000_000
/** Largest large-cash amount one booking may announce (1,000,000 yuan), in fen. */
export const LARGE_CASH_MAX_FEN = 100_000_000
/** Large-cash amounts must be a multiple of this (100 yuan), in fen. */
export const LARGE_CASH_STEP_FEN = 10_000
/** Prefix of a signed check-in QR payload: CC1.B.<bookingId>.<expEpochSeconds>.<sig>. */
export const BOOKING_QR_PREFIX = 'CC1.B.'
/** Digits of the check-in code shown under the booking QR, for staff to type when there is no camera. */
export const CHECK_IN_CODE_LENGTH = 6
/** Digits of the ID number's tail staff may check instead of the code (the last one may be X). */
export const ID_TAIL_LENGTH = 4
/** Wrong check-in codes or ID tails one staff member may type within CHECK_IN_WRONG_WINDOW_MINUTES. */
export const CHECK_IN_WRONG_PER_WINDOW = 10
/** The window of CHECK_IN_WRONG_PER_WINDOW, in minutes. */
export const CHECK_IN_WRONG_WINDOW_MINUTES = 15

/** Counter services every branch offers. */
export const SERVICE_IDS = [
  'account-opening',
  'social-security-card',
  'large-cash-withdrawal',
  'loan-consultation',
  'wealth-consultation',
  'card-loss-replacement',
  'merchant-acquiring',
] as const
/** A counter service id. */
export type ServiceId = (typeof SERVICE_IDS)[number]

/** Slot states: bookable, no places left, too soon, or forbidden by the large-cash notice rule. */
export const SLOT_STATUSES = ['available', 'full', 'past', 'notice'] as const
/** A slot state. */
export type SlotStatus = (typeof SLOT_STATUSES)[number]

/** Booking states ('missed' = still booked when the slot ended, computed on read). */
export const BOOKING_STATUSES = ['booked', 'arrived', 'cancelled', 'missed'] as const
/** A booking state. */
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** Lists of the customer's bookings. */
export const BOOKING_SCOPES = ['upcoming', 'past', 'cancelled'] as const
/** A booking list. */
export type BookingScope = (typeof BOOKING_SCOPES)[number]

/** Product categories. */
export const PRODUCT_CATEGORIES = ['deposit', 'loan', 'card', 'merchant'] as const
/** A product category. */
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

/** When the customer prefers the manager to call. */
export const PREFERRED_TIMES = ['morning', 'afternoon', 'evening', 'anytime'] as const
/** A preferred contact time. */
export type PreferredTime = (typeof PREFERRED_TIMES)[number]

/** Referral states, in order. */
export const REFERRAL_STATUSES = ['submitted', 'assigned', 'contacted', 'done', 'closed'] as const
/** A referral state. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]
/** States that still need the manager's attention (one open referral per customer and product). */
export const OPEN_REFERRAL_STATUSES = ['submitted', 'assigned', 'contacted'] as const
/** States a manager may move a referral to. */
export const STAFF_REFERRAL_TARGETS = ['contacted', 'done', 'closed'] as const
/** A state a manager may set. */
export type StaffReferralTarget = (typeof STAFF_REFERRAL_TARGETS)[number]
/** Allowed manager transitions: from -> possible targets. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly StaffReferralTarget[]>> = {
  submitted: [],
  assigned: ['contacted', 'closed'],
  contacted: ['done', 'closed'],
  done: [],
  closed: [],
}

/** Message-centre message kinds. */
export const MESSAGE_KINDS = ['booking', 'reminder', 'referral', 'loan', 'coupon', 'event'] as const
/** A message kind. */
export type MessageKind = (typeof MESSAGE_KINDS)[number]
/** What a message links to. */
export const MESSAGE_LINK_TYPES = [
  'booking',
  'referral',
  'staff-referral',
  'loan',
  'loan-application',
  'coupon',
  'event',
] as const
/** A message link target. */
export type MessageLinkType = (typeof MESSAGE_LINK_TYPES)[number]

// ---- Sunshine e-loan (阳光e贷) ----

/** Borrower types: large planting/breeding household, individual business, agri micro-enterprise, farmer. */
export const BORROWER_TYPES = [
  'large-grower',
  'individual-business',
  'agri-micro-enterprise',
  'farming-household',
] as const
/** A borrower type. */
export type BorrowerType = (typeof BORROWER_TYPES)[number]

/** What the loan is for: planting, breeding, business, household. */
export const LOAN_PURPOSES = ['planting', 'breeding', 'business', 'household'] as const
/** A loan purpose. */
export type LoanPurpose = (typeof LOAN_PURPOSES)[number]

/** Documents the customer agrees to before applying (biometric consent is separate by law). */
export const LOAN_CONSENT_DOCUMENTS = ['credit-report', 'personal-info', 'face-biometric'] as const
/** A consent document id. */
export const LOAN_DOCUMENT_IDS = [...LOAN_CONSENT_DOCUMENTS, 'loan-contract'] as const
/** A document the customer agrees to. */
export type LoanConsentDocument = (typeof LOAN_CONSENT_DOCUMENTS)[number]

/** Application states. */
export const LOAN_APPLICATION_STATUSES = ['draft', 'reviewing', 'approved', 'declined', 'signed'] as const
/** An application state. */
export type LoanApplicationStatus = (typeof LOAN_APPLICATION_STATUSES)[number]

/**
 * What the customer must do next, derived by the server from the application's state:
 * card → consents → face → details → reviewing → approved (sign) | declined; signed = done.
 * 'expired' = approved but not signed before the offer expired.
 */
export const LOAN_APPLICATION_STEPS = [
  'card',
  'consents',
  'face',
  'details',
  'reviewing',
  'approved',
  'declined',
  'signed',
  'expired',
] as const
/** An application step. */
export type LoanApplicationStep = (typeof LOAN_APPLICATION_STEPS)[number]

/** Stages of the credit decision, one second each, shown by the progress tracker. */
export const LOAN_DECISION_STAGES = ['identity', 'credit-report', 'anti-fraud', 'limit'] as const
/** A decision stage. */
export type LoanDecisionStage = (typeof LOAN_DECISION_STAGES)[number]
/** Seconds from submission to decision (each stage takes one). */
export const LOAN_DECISION_SECONDS = LOAN_DECISION_STAGES.length

/** Days after a decline before the customer may apply again. */
export const LOAN_REAPPLY_DAYS = 30
/** Days an approval may be signed in. */
export const LOAN_OFFER_VALID_DAYS = 7
/** Decline reasons. */
/** Youngest and oldest age (whole years, on the day of applying) of a Sunshine e-loan borrower. */
export const LOAN_MIN_AGE = 18
export const LOAN_MAX_AGE = 65
/** Minutes after Beijing midnight of a due date when the bank debits the instalment from the card (06:00). */
export const AUTO_DEBIT_MINUTES = 6 * 60
/** Penalty interest on overdue principal: the loan's rate raised by this percentage (50 → rate × 1.5). */
export const PENALTY_RATE_MARKUP_PERCENT = 50
export const LOAN_DECLINE_REASONS = ['INCOME_TOO_LOW', 'DEBT_TOO_HIGH', 'CREDIT_OVERDUE'] as const
/** A decline reason. */
export type LoanDeclineReason = (typeof LOAN_DECLINE_REASONS)[number]

/**
 * Instalment states: paid (as scheduled, by the customer or the card debit), settled (by early
 * settlement), overdue (due date passed unpaid), due (falls due today, unpaid), upcoming.
 */
export const INSTALMENT_STATUSES = ['paid', 'settled', 'overdue', 'due', 'upcoming'] as const
/** An instalment state. */
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number]
/** Loan states. */
export const LOAN_STATUSES = ['active', 'settled'] as const
/** A loan state. */
export type LoanStatus = (typeof LOAN_STATUSES)[number]

/** Why an SMS code is sent; each purpose has its own 60 s resend window. */
export const SMS_PURPOSES = [
  'login',
  'loan-sign',
  'loan-drawdown',
  'loan-repayment',
  'card-bind',
  'real-name',
] as const
/** An SMS purpose. */
export type SmsPurpose = (typeof SMS_PURPOSES)[number]

/** Kinds of coupon batch: spend-and-save (满减), a 1-fen purchase (1分购), a top-up rebate (充返). */
export const COUPON_TYPES = ['discount', 'penny', 'topup-rebate'] as const
/** A coupon kind. */
export type CouponType = (typeof COUPON_TYPES)[number]
/** What a merchant sells: 餐饮, 超市, 农资, 加油, 药店. */
export const COUPON_CATEGORIES = ['dining', 'supermarket', 'agri', 'fuel', 'pharmacy'] as const
/** A merchant category. */
export type CouponCategory = (typeof COUPON_CATEGORIES)[number]
/** A batch's state: 未开始, 进行中, 已抢光, 已结束, 已暂停. */
export const COUPON_BATCH_STATES = ['upcoming', 'active', 'sold-out', 'ended', 'paused'] as const
/** A batch state. */
export type CouponBatchState = (typeof COUPON_BATCH_STATES)[number]
/** A claimed coupon's state: 可使用, 已使用, 已过期, 已作废. */
export const COUPON_STATES = ['usable', 'used', 'expired', 'void'] as const
/** A claimed coupon's state. */
export type CouponState = (typeof COUPON_STATES)[number]
/** Customer tags a batch may target: 种植大户, 个体工商户, 持社保卡. */
export const CUSTOMER_TAGS = ['large-grower', 'sole-trader', 'social-security-card'] as const
/** A customer tag. */
export type CustomerTag = (typeof CUSTOMER_TAGS)[number]
/** Orders of the coupon list. */
export const COUPON_SORTS = ['newest', 'ending', 'distance'] as const
/** A coupon-list order. */
export type CouponSort = (typeof COUPON_SORTS)[number]

// ---- Redeeming coupons at the till (核销) ----

/** Prefix of the customer's redemption QR: CC1.C.<ref>.<expEpochSeconds>.<sig>. */
export const COUPON_TOKEN_PREFIX = 'CC1.C.'
/** Prefix of the ticket a lookup gives the merchant: CC1.T.<ref>.<merchant>.<expEpochSeconds>.<sig>. */
export const REDEEM_TICKET_PREFIX = 'CC1.T.'
/** How long a redemption QR is accepted after it is issued: a screenshot dies with it. */
export const COUPON_TOKEN_TTL_SECONDS = 90
/** How often the coupon page renews its QR, well inside the token's life. */
export const COUPON_TOKEN_REFRESH_SECONDS = 60
/** How long a merchant may take to type the order amount after looking a coupon up. */
export const REDEEM_TICKET_TTL_SECONDS = 300
/** Digits of a coupon's numeric code (11 random and a Luhn check digit), for a till without a camera. */
export const REDEEM_CODE_LENGTH = 12
/** Wrong numeric codes one merchant may type within REDEEM_CODE_WRONG_WINDOW_MINUTES. */
export const REDEEM_CODE_WRONG_PER_WINDOW = 5
/** The window of REDEEM_CODE_WRONG_PER_WINDOW, in minutes. */
export const REDEEM_CODE_WRONG_WINDOW_MINUTES = 15
/** A till's request number (流水号): made on the device, one per redemption attempt. */
export const REQUEST_NO_PATTERN = '^[A-Za-z0-9_-]{8,40}$'
/** Days of redemption totals a merchant sees. */
export const REDEMPTION_DAYS_SHOWN = 30
/** Days before a coupon's last day that its owner is reminded. */
export const COUPON_REMIND_DAYS_AHEAD = 3

// ---- Merchant onboarding (商户入驻) and promo QR codes ----

/** Catalogue id of 商户收单: a merchant application becomes a referral for it. */
export const MERCHANT_ACQUIRING_PRODUCT_ID = 'pd_merchant_acquiring'
/**
 * Unified social credit code (GB 32100): 2 characters (authority, type), a 6-digit division code, a
 * 9-character organisation code and the check character, from 31 characters (no I O S V Z).
 */
export const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$'
/** The bank's reading of an application's credit code: check character right, or to review by hand. */
export const CREDIT_CODE_CHECKS = ['ok', 'failed'] as const
/** A credit-code check result. */
export type CreditCodeCheck = (typeof CREDIT_CODE_CHECKS)[number]
/** Characters of a promo code: no 0 1 I L O, which people misread off a printed card. */
export const PROMO_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
/** Characters of a promo code (a mini-program code's `scene` takes at most 32). */
export const PROMO_CODE_LENGTH = 8
/** Pattern of a promo code. */
export const PROMO_CODE_PATTERN = '^[2-9A-HJKMNP-Z]{8}$'
/** How a promo visit arrived: a mini-program code's scene, an ordinary https QR (q), the H5 link. */
export const PROMO_VISIT_VIAS = ['scene', 'link', 'h5'] as const
/** How a promo visit arrived. */
export type PromoVisitVia = (typeof PROMO_VISIT_VIAS)[number]
/** Mini-program page a promo code opens (the page of the printed link's rule and of the `scene` code). */
export const PROMO_LANDING_PAGE = 'packages/coupon/promo/index'

// ---- Campaign events (活动): sign-up, waitlist and check-in at the venue ----

/** Kinds of campaign event: 答谢会, 整村授信宣讲会, 商户沙龙, 行业协会会销. */
export const EVENT_TYPES = ['thank-you', 'village-credit', 'merchant-salon', 'association'] as const
/** A campaign event kind. */
export type EventType = (typeof EVENT_TYPES)[number]
/** The two lists of the 活动 tab: 即将开始 and 往期. */
export const EVENT_SCOPES = ['upcoming', 'past'] as const
/** A list of the 活动 tab. */
export type EventScope = (typeof EVENT_SCOPES)[number]
/** An event as a visitor sees it: 报名中, 已满（可候补）, 进行中, 已结束. */
export const EVENT_STATES = ['open', 'full', 'started', 'ended'] as const
/** An event state. */
export type EventState = (typeof EVENT_STATES)[number]
/**
 * A sign-up's state: 已报名, 候补, 已签到, 未到场 (registered when the event ended, computed on read),
 * 已取消, 未候补上 (still on the waitlist when the event ended, computed on read).
 */
export const EVENT_SIGNUP_STATUSES = [
  'registered',
  'waitlisted',
  'checked-in',
  'no-show',
  'cancelled',
  'not-admitted',
] as const
/** A sign-up state. */
export type EventSignupStatus = (typeof EVENT_SIGNUP_STATUSES)[number]
/** Largest party one sign-up may bring (the person included). */
export const EVENT_PARTY_MAX = 5
/** Largest capacity (people) staff may give an event. */
export const EVENT_CAPACITY_MAX = 500
/** Longest event staff may publish, in hours. */
export const EVENT_MAX_HOURS = 12
/** How far ahead staff may publish an event, in days. */
export const EVENT_MAX_DAYS_AHEAD = 180
/** Longest event description (sanitised HTML), in characters. */
export const EVENT_DESCRIPTION_MAX_LENGTH = 5000
/** Prefix of a sign-up's check-in pass QR: CC1.E.<signupId>.<expEpochSeconds>.<sig>. */
export const EVENT_PASS_PREFIX = 'CC1.E.'
/** Digits of the numeric check-in code under the pass, for staff to type (unique within the event). */
export const EVENT_CHECK_IN_CODE_LENGTH = 6
/** Prefix of a venue code: CC1.V.<eventId>.<exp>.<sig>, shown by staff at the venue, scanned by attendees. */
export const EVENT_VENUE_PREFIX = 'CC1.V.'
/** Seconds a venue code lives; the staff page shows a new one every minute, so a photo sent away dies soon. */
export const EVENT_VENUE_CODE_SECONDS = 90
/** Most events 活动签到 lists for a branch (its events not yet ended). */
export const EVENT_HOSTED_LIST_MAX = 50
/** Minutes before the start when check-in at the venue opens. */
export const EVENT_CHECK_IN_OPENS_MINUTES = 120

// ---- Campaign sharing (推广): links, visits, attribution, 我的推广 and the branch bulletin ----

/** Characters of a campaign code (10 of PROMO_CODE_ALPHABET, so never taken for an 8-char promo code). */
export const CAMPAIGN_CODE_LENGTH = 10
/** Pattern of a campaign code; it fits a mini-program code's 32-char scene alone. */
export const CAMPAIGN_CODE_PATTERN = '^[2-9A-HJKMNP-Z]{10}$'
/** What a campaign link leads to. */
export const CAMPAIGN_KINDS = ['event', 'product'] as const
/** What a campaign link leads to. */
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]
/** How a visit arrived: chat card / timeline (page query r), mini-program code (scene), https QR (q), H5 link (c). */
export const CAMPAIGN_VIAS = ['share', 'timeline', 'scene', 'link', 'h5'] as const
/** How a campaign visit arrived. */
export type CampaignVia = (typeof CAMPAIGN_VIAS)[number]
/** Prefix of an anonymous visitor token: CV1.<visitorId>.<sig>. */
export const CAMPAIGN_VISITOR_PREFIX = 'CV1.'
/** Pattern of an anonymous visitor token (22-char id, 22-char signature, both base64url). */
export const CAMPAIGN_VISITOR_PATTERN = '^CV1\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}$'
/** Days after an event ends that its links still count (posters keep opening the event page). */
export const CAMPAIGN_LINK_GRACE_DAYS = 30
/** Days a product link lives; the next request after that issues a new code. */
export const CAMPAIGN_PRODUCT_LINK_DAYS = 180
/** A first visit older than this before the sign-up credits nobody. */
export const CAMPAIGN_ATTRIBUTION_DAYS = 30
/** A booking, loan application or coupon claim within this many days after a sign-up converts it. */
export const CAMPAIGN_CONVERSION_DAYS = 30
/** New anonymous visitors one caller address may start per Beijing day (villages share a carrier NAT). */
export const CAMPAIGN_VISITOR_MINTS_PER_CALLER_DAY = 50
/** Longest range of days 我的推广 shows. */
export const CAMPAIGN_STATS_MAX_DAYS = 31
/** Days 我的推广 shows when no range is given (today included). */
export const CAMPAIGN_STATS_DEFAULT_DAYS = 14
/** Periods of the branch bulletin (每日通报): one day, or the Monday..Sunday week of a day. */
export const BULLETIN_PERIODS = ['day', 'week'] as const
/** A period of the branch bulletin. */
export type BulletinPeriod = (typeof BULLETIN_PERIODS)[number]
/** Mini-program page a campaign code opens (mini-program code scene and the https-link QR rule). */
export const CAMPAIGN_LANDING_PAGE = 'packages/campaign/landing/index'
/** Event page a chat card or a timeline post of a campaign link opens (with ?id=<event>&r=<code>). */
export const CAMPAIGN_EVENT_PAGE = 'packages/event/detail/index'
/** Product page a chat card of a product's campaign link opens (with ?id=<product>&r=<code>). */
export const CAMPAIGN_PRODUCT_PAGE = 'packages/counter/product/index'
