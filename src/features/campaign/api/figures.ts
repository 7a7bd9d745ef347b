import type { BulletinPeriod } from '@/contract/constants'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { campaignKeys } from './query-keys'

/** 我的推广: the staff member's own links with their totals. */
export function useStaffCampaignLinks(userId: string) {
  return useBankQuery(campaignKeys.links(userId), () => callApi('listStaffCampaignLinks', {}))
}

/**
 * One link's figures for each Beijing day from..to (the bank fills empty days with zeros). Without
 * a range the bank answers its last 14 days: "today" is the bank's, not the phone's clock.
 */
export function useCampaignStats(code: string | undefined, range?: { from: string; to: string }) {
  return useBankQuery(code ? campaignKeys.stats(code, range?.from ?? '', range?.to ?? '') : null, () =>
    callApi('getCampaignStats', { params: { code: code! }, query: range ?? {} }),
  )
}

/** The people a link brought, and whom they brought in turn (masked). */
export function useCampaignPeople(code: string | undefined) {
  return useBankQuery(code ? campaignKeys.people(code) : null, () =>
    callApi('listCampaignPeople', { params: { code: code! } }),
  )
}

/** 每日通报 of the caller's branch for a day or the week containing `date` (default: the bank's today). */
export function useBranchBulletin(period: BulletinPeriod, date: string | undefined, userId: string) {
  return useBankQuery(campaignKeys.bulletin(period, date ?? '', userId), () =>
    callApi('getBranchBulletin', { query: date ? { period, date } : { period } }),
  )
}
