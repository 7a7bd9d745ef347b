// A bank with one of everything a customer can own, and a caller of every kind: the ground the
// generated authorisation and hostile-input tests stand on.
import type { Booking } from '@/contract/bookings'
import type { Message } from '@/contract/messages'
import type { Referral } from '@/contract/referrals'
import { buildApp, type BuildAppOptions } from '../../mock/server'
import { SEED_CAMPAIGN_CODE } from '../../mock/seed/campaign'
import { SEED_WHITELIST } from '../../mock/seed/households'
import { book, bookingAt, get, logInAs, makeBank, post, type TestBank } from './api-app'
import { drawLoan, signedLine } from './loan-flow'

/** Who calls. */
export type CallerName =
  'owner' | 'otherCustomer' | 'merchant' | 'branchStaff' | 'staffElsewhere' | 'anonymous'

/** A caller's role as the bank sees it (undefined: not logged in). */
export const CALLER_ROLES: Record<CallerName, 'customer' | 'merchant' | 'staff' | undefined> = {
  owner: 'customer',
  otherCustomer: 'customer',
  merchant: 'merchant',
  branchStaff: 'staff',
  staffElsewhere: 'staff',
  anonymous: undefined,
}

/** The ids of what the owner has: a booking at 戴南, a referral in 戴南镇, a signed line, a loan, a message. */
export interface OwnedIds {
  booking: string
  /** The booking's signed check-in code. */
  qrPayload: string
  referral: string
  application: string
  loan: string
  message: string
  /** A coupon the owner claimed. */
  coupon: string
  /** The QR token of the owner's coupon, and the ticket the merchant's lookup of it gave. */
  couponToken: string
  redeemTicket: string
  /** A redemption by the merchant (of another of the owner's coupons, 1分购 eggs). */
  redemption: string
  /** The owner's sign-up for an event hosted by 戴南支行, and its check-in pass. */
  eventSignup: string
  eventPass: string
  /** The branch staff's (张伟's) seeded campaign code: their 我的推广 figures and people. */
  campaignCode: string
}

/** The bank, its callers and the owner's things. */
export interface World {
  bank: TestBank
  /** Request headers of each caller (anonymous: none). */
  headers: Record<CallerName, Record<string, string>>
  ids: OwnedIds
  /** Text that is the owner's: it must never appear in an answer to anyone else… */
  ownerSecrets: string[]
  /** …except what a caller rightly knows: the manager of the owner's branch serves their booking and referral. */
  knownTo: Partial<Record<CallerName, string[]>>
}

/** A batch anyone may claim (a 满100减20 at a 戴南 supermarket). */
export const COUPON_BATCH = 'cb_dainan_100_20'
/** Another batch of the same shop (1分购 eggs, list price ¥12.80). */
export const PENNY_BATCH = 'cb_dainan_penny_eggs'
/** An event hosted by 戴南支行 (the branch staff's), and one elsewhere. */
export const DAINAN_EVENT = 'ev_dainan_thanks'
export const ANFENG_EVENT = 'ev_anfeng_salon'

const PHONES: Record<Exclude<CallerName, 'anonymous'>, string> = {
  owner: '13900000001', // 王建国, whitelisted in 戴南镇
  otherCustomer: '13900000002', // 李秀英, whitelisted in 张郭镇
  merchant: '13900000201', // a 戴南 merchant
  branchStaff: '13900000101', // 张伟, customer manager of 戴南镇 (br_dainan)
  staffElsewhere: '13900000102', // 李强, 昭阳街道 (br_zhaoyang)
}

function expectStatus(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`)
}

/** Builds the world on a fresh in-memory bank (options as makeBank's, e.g. mode). */
export async function makeWorld(options: BuildAppOptions = {}): Promise<World> {
  const bank = await makeBank(options)
  const sessions = Object.fromEntries(
    Object.entries(PHONES).map(([caller, phone]) => [caller, logInAs(bank, phone)]),
  ) as Record<Exclude<CallerName, 'anonymous'>, ReturnType<typeof logInAs>>
  const { owner, otherCustomer } = sessions

  const booked = await book(bank, owner, bookingAt('2026-11-23', '10:00'))
  expectStatus(booked, 201, 'booking')
  const booking = booked.json<Booking>()
  const referred = await post(
    bank.app,
    '/referrals',
    { productId: 'pd_sunshine_loan', town: '戴南镇', preferredTime: 'morning', note: '想扩大养殖规模' },
    owner.auth,
  )
  expectStatus(referred, 201, 'referral')
  const application = await signedLine(bank, owner)
  const loan = await drawLoan(bank, owner, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
  const claimed = await post(bank.app, `/coupons/batches/${COUPON_BATCH}/claims`, {}, owner.auth)
  expectStatus(claimed, 201, 'coupon')
  const coupon = claimed.json<{ id: string }>().id
  const merchant = sessions.merchant
  const couponToken = (await get(bank.app, `/coupons/mine/${coupon}/token`, owner.auth)).json<{
    token: string
  }>().token
  const looked = await post(bank.app, '/merchant/coupon-lookups', { token: couponToken }, merchant.auth)
  expectStatus(looked, 200, 'lookup')
  const eggs = await post(bank.app, `/coupons/batches/${PENNY_BATCH}/claims`, {}, owner.auth)
  expectStatus(eggs, 201, 'eggs coupon')
  const eggsCode = (await get(bank.app, `/coupons/mine/${eggs.json<{ id: string }>().id}`, owner.auth)).json<{
    redeemCode: string
  }>().redeemCode
  const eggsTicket = (
    await post(bank.app, '/merchant/coupon-lookups', { code: eggsCode }, merchant.auth)
  ).json<{
    ticket: string
  }>().ticket
  const redeemed = await post(
    bank.app,
    '/merchant/redemptions',
    { ticket: eggsTicket, orderAmountFen: 1_280, requestNo: 'WORLD-0000001' },
    merchant.auth,
  )
  expectStatus(redeemed, 201, 'redemption')
  const messages = (await get(bank.app, '/messages', owner.auth)).json<{ items: Message[] }>().items
  if (!messages.length) throw new Error('the owner has no message')

  const signedUp = await post(
    bank.app,
    `/events/${DAINAN_EVENT}/signups`,
    { name: '王建国', phone: PHONES.owner, village: '戴南村', partySize: 2 },
    owner.auth,
  )
  expectStatus(signedUp, 201, 'event sign-up')
  const eventSignup = signedUp.json<{ id: string }>().id
  const pass = (await get(bank.app, `/event-signups/${eventSignup}/pass`, owner.auth)).json<{
    token: string
  }>()

  // The other customer has things of their own, so their lists are not empty by accident.
  expectStatus(await book(bank, otherCustomer, bookingAt('2026-11-23', '11:00')), 201, 'other booking')
  expectStatus(
    await post(bank.app, `/coupons/batches/${COUPON_BATCH}/claims`, {}, otherCustomer.auth),
    201,
    'other coupon',
  )
  expectStatus(
    await post(
      bank.app,
      `/events/${DAINAN_EVENT}/signups`,
      { name: '李秀英', phone: PHONES.otherCustomer, village: '张郭村', partySize: 1 },
      otherCustomer.auth,
    ),
    201,
    'other event sign-up',
  )

  const household = SEED_WHITELIST.find((h) => h.phone === PHONES.owner)!
  const ids: OwnedIds = {
    booking: booking.id,
    qrPayload: booking.qrPayload,
    referral: referred.json<Referral>().id,
    application: application.id,
    loan: loan.id,
    message: messages[0].id,
    coupon,
    couponToken,
    redeemTicket: looked.json<{ ticket: string }>().ticket,
    redemption: redeemed.json<{ id: string }>().id,
    eventSignup,
    eventPass: pass.token,
    campaignCode: SEED_CAMPAIGN_CODE,
  }
  return {
    bank,
    headers: { ...mapValues(sessions, (s) => s.auth), anonymous: {} },
    ids,
    ownerSecrets: [
      ...Object.values(ids),
      booking.number,
      PHONES.owner,
      household.name,
      household.idNumber,
      eggsCode,
    ],
    knownTo: {
      // The host branch's staff scan the owner's event pass and see whose sign-up it is.
      branchStaff: [
        ids.referral,
        ids.booking,
        ids.qrPayload,
        booking.number,
        PHONES.owner,
        ids.eventSignup,
        ids.eventPass,
        ids.campaignCode,
      ],
      // The till knows what it scanned and what it redeemed; never the coupon's id or code.
      merchant: [ids.couponToken, ids.redeemTicket, ids.redemption],
    },
  }
}

function mapValues<K extends string, V, W>(record: Record<K, V>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as V)])) as Record<K, W>
}

/** The OpenAPI document the bank serves. */
export async function openApiDocument(options: BuildAppOptions = {}): Promise<OpenApiDocument> {
  const app = await buildApp({ mode: 'development', dbFile: ':memory:', logLevel: 'silent', ...options })
  try {
    await app.ready()
    return app.swagger() as unknown as OpenApiDocument
  } finally {
    await app.close()
  }
}

/** The parts of OpenAPI 3.0 the generated tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
}

/** One operation of the document. */
export interface OpenApiOperation {
  operationId: string
  'x-access': 'public' | 'session' | 'customer' | 'merchant' | 'staff' | 'dev'
  'x-errors': string[]
  parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[]
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } }
}

/** The JSON Schema subset the document uses. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null'
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number | boolean
  exclusiveMaximum?: number | boolean
  multipleOf?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  nullable?: boolean
}

/** An operation with its method and path, as the tests walk them. */
export interface DocumentedOperation extends OpenApiOperation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** OpenAPI path, e.g. /api/v1/bookings/{id}. */
  path: string
}

/** Every operation of the document. */
export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      ...operation,
      method: method.toUpperCase() as DocumentedOperation['method'],
      path,
    })),
  )
}

/** The path with its `{name}` parameters filled in (values are encoded). */
export function fillOpenApiPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodePathValue(params[name] ?? ''))
}

/** encodeURIComponent, except that a lone surrogate goes out as the invalid UTF-8 a raw client would send. */
function encodePathValue(value: string): string {
  const lone = (ch: string) => ch.length === 1 && ch >= '\ud800' && ch <= '\udfff'
  return Array.from(value, (ch) => (lone(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('')
}

/** Every table's rows, for telling whether a request changed the store. */
export function storeSnapshot(bank: TestBank): Map<string, string> {
  const { db } = bank.app.deps
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[]
  return new Map(
    tables.map(({ name }) => [name, JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())]),
  )
}

/** Names of the tables whose rows differ between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table))
}
