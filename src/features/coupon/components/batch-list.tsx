import { Text } from '@tarojs/components'
import type { CouponBatch } from '@/contract/coupons'
import { BatchCard } from './batch-card'

/** Props of the scrolled batch list. */
export interface BatchListProps {
  batches: CouponBatch[]
  /** What to say when there is none. */
  empty: string
}

/**
 * The batches read so far. Pages are appended as they arrive; each card is keyed by its batch, so a new
 * page adds only its own rows to the view (on weapp Taro sends just the new nodes' paths in setData).
 */
export function BatchList({ batches, empty }: BatchListProps) {
  if (batches.length === 0) return <Text className="cc-batch-list__empty">{empty}</Text>
  return (
    <>
      {batches.map((batch) => (
        <BatchCard key={batch.id} batch={batch} />
      ))}
    </>
  )
}
