import { memo } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CouponBatch } from '@/contract/coupons'
import { routes } from '@/routes'
import { formatDistance } from '@/utils/geo'
import { audienceText, claimWindowText, validityText } from '../model/batch-words'
import { CLAIM_LABELS, actionOfBatch } from '../model/claim-action'
import { StockBar } from './stock-bar'
import './batch-card.scss'

/** Props of a batch in a list. */
export interface BatchCardProps {
  batch: CouponBatch
  /** Leave the merchant's name out (on the merchant's own page). */
  hideMerchant?: boolean
}

/**
 * A batch as listed: the rule in words, the merchant and how far, validity, stock, and what the claim
 * button on its page will say. The whole card opens that page.
 */
function BatchCardView({ batch, hideMerchant }: BatchCardProps) {
  const action = actionOfBatch(batch)
  const audience = audienceText(batch.audience)
  const distance = batch.merchant.distanceMeters
  return (
    <View
      className="cc-batch"
      role="button"
      ariaLabel={`${batch.ruleText}，${batch.merchant.shopName}，${CLAIM_LABELS[action]}`}
      onClick={() =>
        void Taro.navigateTo({ url: `${routes.couponBatch}?id=${encodeURIComponent(batch.id)}` })
      }
    >
      <View className="cc-batch__head">
        <Text className="cc-batch__rule">{batch.ruleText}</Text>
        <Text className={`cc-batch__action${action === 'claim' ? ' cc-batch__action--open' : ''}`}>
          {CLAIM_LABELS[action]}
        </Text>
      </View>
      <Text className="cc-batch__title">
        {hideMerchant ? batch.title : batch.merchant.shopName}
        {distance !== undefined ? ` · ${formatDistance(distance)}` : ''}
      </Text>
      <Text className="cc-batch__line">
        {validityText(batch.validity)} · {claimWindowText(batch)}
      </Text>
      {audience ? <Text className="cc-batch__audience">{audience}</Text> : null}
      <StockBar batch={batch} />
    </View>
  )
}

/**
 * Memoised: when a page of 20 is appended, the cards already shown keep their batch objects and are
 * not rendered again, so the work per page stays the same however far the list has been scrolled.
 */
export const BatchCard = memo(BatchCardView)
