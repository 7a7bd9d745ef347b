import { useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CouponCategory, CouponSort } from '@/contract/constants'
import { InlineError } from '@/components/inline-error'
import { ListFooter } from '@/components/list-footer'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useCouponBatches } from '@/features/coupon/api/get-coupon-batches'
import type { BatchFilters } from '@/features/coupon/api/query-keys'
import { BatchList } from '@/features/coupon/components/batch-list'
import { FilterBar } from '@/features/coupon/components/filter-bar'
import { locateUser } from '@/platform/location'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import './index.scss'

export default function CouponsPage() {
  const session = useSession()
  const userId = session.status === 'authenticated' ? session.user.id : undefined
  const [filters, setFilters] = useState<BatchFilters>({ sort: 'newest', forYou: false })
  const [note, setNote] = useState<string>()
  const batches = useCouponBatches(filters, userId)
  usePageRefresh(batches)
  useReachBottom(batches.loadMore)

  // Location is asked only for 距离最近; without it the list stays newest first and says why.
  const pickSort = async (sort: CouponSort) => {
    setNote(undefined)
    if (sort !== 'distance' || filters.near) return setFilters((f) => ({ ...f, sort }))
    setNote('正在获取您的位置…')
    const place = await locateUser()
    if (place.ok) {
      setNote(undefined)
      return setFilters((f) => ({ ...f, sort, near: place.point }))
    }
    setFilters((f) => ({ ...f, sort: 'newest' }))
    setNote(
      place.reason === 'denied'
        ? '未获得定位权限，无法按距离排序，已按最新排列'
        : '暂时无法定位，无法按距离排序，已按最新排列',
    )
  }
  const empty = filters.forYou
    ? userId
      ? '暂时没有为您推荐的优惠'
      : '登录后为您推荐适合的优惠'
    : '该分类暂无优惠'

  return (
    <PageShell>
      <FilterBar
        filters={filters}
        onCategory={(category?: CouponCategory) => setFilters((f) => ({ ...f, category }))}
        onSort={(sort) => void pickSort(sort)}
        onForYou={(forYou) => setFilters((f) => ({ ...f, forYou }))}
      />
      <View className="coupons-page__links">
        <View role="button" onClick={() => void Taro.navigateTo({ url: routes.myCoupons })}>
          我的券
        </View>
        <View role="button" onClick={() => void Taro.navigateTo({ url: routes.couponMerchants })}>
          附近商户
        </View>
        {filters.forYou && !userId ? (
          <View role="button" onClick={() => void Taro.navigateTo({ url: routes.login })}>
            登录
          </View>
        ) : null}
      </View>
      {note ? <Text className="coupons-page__note">{note}</Text> : null}
      <InlineError
        message={batches.error && `${batches.error.message}（点击重试）`}
        onClick={() => void batches.reload()}
      />
      {batches.loading ? (
        <LoadingBlock />
      ) : batches.firstPage ? (
        <>
          <BatchList batches={batches.items} empty={empty} />
          <ListFooter list={batches} />
        </>
      ) : null}
    </PageShell>
  )
}
