// The mock's development tools: outbox, faults, clock, reset, session expiry.
import { NoContent } from '../common'
import {
  DevClock,
  DevClockUpdate,
  ExpireSessionsRequest,
  ExpireSessionsResult,
  FaultSettings,
  FaultSettingsUpdate,
  SmsOutboxQuery,
  SmsOutboxResult,
} from '../dev'
import type { EndpointSpec } from './spec'

export const DEV_API = {
  listSmsOutbox: {
    tag: 'dev',
    summary: '短信发件箱（开发用）',
    description:
      'The texts of one number, newest first, optionally of one purpose. Development mode, this machine only.',
    query: SmsOutboxQuery,
    response: { 200: SmsOutboxResult },
    errors: [],
  },
  getFaults: { tag: 'dev', summary: '故障注入设置', response: { 200: FaultSettings }, errors: [] },
  setFaults: {
    tag: 'dev',
    summary: '修改故障注入设置',
    body: FaultSettingsUpdate,
    response: { 200: FaultSettings },
    errors: [],
  },
  getClock: { tag: 'dev', summary: '模拟时钟', response: { 200: DevClock }, errors: [] },
  setClock: {
    tag: 'dev',
    summary: '调整模拟时钟偏移',
    body: DevClockUpdate,
    response: { 200: DevClock },
    errors: [],
  },
  resetStore: { tag: 'dev', summary: '恢复种子数据', response: { 204: NoContent }, errors: [] },
  expireSessions: {
    tag: 'dev',
    summary: '使某用户的会话过期',
    body: ExpireSessionsRequest,
    response: { 200: ExpireSessionsResult },
    errors: [],
  },
} as const satisfies Record<string, EndpointSpec>
