import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { CouponBatch } from '@/contract/coupons'
import { routes } from '@/routes'
import { useSession } from '@/services/session/use-session'
import { useClaimCoupon } from '../api/claim-coupon'
import { actionOfRefusal, claimActionOf, type ClaimAction } from '../model/claim-action'

/** How long a tap on 立即领取 before logging in still means "claim it once I am in". */
const CLAIM_AFTER_LOGIN_MS = 10 * 60_000

/** The batch a logged-out customer tapped, kept in memory while they log in (a reload forgets it). */
let claimAfterLogin: { batchId: string; at: number } | undefined

/** The claim button's state and what tapping it does. */
export interface ClaimState {
  action: ClaimAction
  pending: boolean
  /** The bank's refusal (or a failed request) in words, next to the button. */
  message?: string
  claim: () => Promise<void>
}

/**
 * Claiming `batch`: anonymous users go to the login page, and back as a customer their claim goes
 * ahead. A claim is sent with one idempotency key per tap (kept when a retry follows a lost answer).
 * A refusal says why and settles the button on its code; the batch is read again so the figures are
 * the bank's.
 */
export function useClaim(batch: CouponBatch, reloadBatch: () => Promise<void>): ClaimState {
  const session = useSession()
  const user = session.status === 'authenticated' ? session.user : undefined
  const mutation = useClaimCoupon(batch.id, user?.id)
  const [refusal, setRefusal] = useState<{ code: string; userId?: string }>()
  // Staff and merchants hold no coupons: the bank would refuse them, so the button says so first.
  const notCustomer = user !== undefined && user.role !== 'customer'
  const refusalCode = notCustomer ? 'FORBIDDEN' : refusal?.userId === user?.id ? refusal?.code : undefined
  const action = claimActionOf(batch, refusalCode)

  const claim = async () => {
    if (action !== 'claim') return
    if (!user) {
      claimAfterLogin = { batchId: batch.id, at: Date.now() }
      await Taro.navigateTo({ url: routes.login })
      return
    }
    const result = await mutation.execute(batch.claimedByMe ?? 0)
    if (result.ok) return void Taro.showToast({ title: '领取成功', icon: 'success' })
    if (actionOfRefusal(result.error.code, batch)) {
      setRefusal({ code: result.error.code, userId: user.id })
      await reloadBatch().catch(() => undefined)
    }
  }

  // Back from the login the tap sent them to: the claim they asked for goes ahead, once.
  const wanted =
    claimAfterLogin?.batchId === batch.id && Date.now() - claimAfterLogin.at < CLAIM_AFTER_LOGIN_MS
  useEffect(() => {
    if (!wanted || !user) return
    claimAfterLogin = undefined
    if (action === 'claim') void claim()
    // Runs when the customer appears; `claim` reads the same batch and user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, user?.id])

  return {
    action,
    pending: mutation.pending,
    message: notCustomer ? '优惠券仅限个人客户领取' : mutation.error?.message,
    claim,
  }
}
