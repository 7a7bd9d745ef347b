// The endpoint table: each operation of ENDPOINTS with its schemas, docs and error codes. The mock
// registers its routes from it (and so the OpenAPI document); the app's client is typed from it.
import type { EndpointName } from '../endpoints'
import { AUTH_API } from './auth'
import { CAMPAIGN_API } from './campaign'
import { COUNTER_API } from './counter'
import { COUPON_API } from './coupons'
import { DEV_API } from './dev'
import { EVENT_API } from './events'
import { LOAN_API } from './loans'
import { MERCHANT_JOIN_API } from './merchant-join'
import { MESSAGE_API } from './messages'
import { REDEMPTION_API } from './redemptions'
import { REFERRAL_API } from './referrals'
import type { EndpointSpec, InputOf, ResultOf } from './spec'

export type { EndpointSpec, SuccessStatus } from './spec'

export const API = {
  ...AUTH_API,
  ...COUNTER_API,
  ...REFERRAL_API,
  ...MESSAGE_API,
  ...LOAN_API,
  ...COUPON_API,
  ...REDEMPTION_API,
  ...MERCHANT_JOIN_API,
  ...EVENT_API,
  ...CAMPAIGN_API,
  ...DEV_API,
} as const satisfies Record<EndpointName, EndpointSpec>

// Spreads skip excess-property checks: this fails to compile when the table names an operation
// that ENDPOINTS lacks.
const onlyKnownOperations: Exclude<keyof typeof API, EndpointName> extends never ? true : never = true
void onlyKnownOperations

/** What a call of operation K sends. */
export type EndpointInput<K extends EndpointName> = InputOf<(typeof API)[K]>
/** What operation K answers on success. */
export type EndpointResult<K extends EndpointName> = ResultOf<(typeof API)[K]>
