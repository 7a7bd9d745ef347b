import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { CouponBatch } from '@/contract/coupons'
import { routes } from '@/routes'
import { useSession } from '@/services/session/use-session'
import { useClaimCoupon } from '../api/claim-coupon'
import { actionOfRefusal, claimActionOf, type ClaimAction } from '../model/claim-action'

/** The claim button's state and what tapping it does. */
export interface ClaimState {
  action: ClaimAction
  pending: boolean
  /** The bank's refusal (or a failed request) in words, next to the button. */
  message?: string
  claim: () => Promise<void>
}

/**
 * Claiming `batch`: anonymous users go to the login page and come back; a customer's claim is sent
 * with one idempotency key per tap (kept when a retry follows a lost answer). A refusal says why and
 * settles the button on its code; the batch is read again so the figures are the bank's.
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

  return {
    action,
    pending: mutation.pending,
    message: notCustomer ? '优惠券仅限个人客户领取' : mutation.error?.message,
    claim,
  }
}
