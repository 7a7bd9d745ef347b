import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useMerchants } from '@/features/coupon/api/get-merchants'
import { MerchantCard } from '@/features/coupon/components/merchant-card'
import { locateUser, type LocationResult } from '@/platform/location'
import { NearbyMap } from '@/platform/map/nearby-map'
import { routes } from '@/routes'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import './index.scss'

export default function MerchantsPage() {
  // Location is asked once; whatever the answer, the list works (by town when it is unknown).
  const [location, setLocation] = useState<LocationResult | 'locating'>('locating')
  useEffect(() => {
    void locateUser().then(setLocation)
  }, [])
  const near = location !== 'locating' && location.ok ? location.point : undefined
  const merchants = useMerchants(near, location !== 'locating')
  usePageRefresh(merchants)

  if (location === 'locating' || (merchants.loading && !merchants.data)) {
    return (
      <PageShell>
        <LoadingBlock text={location === 'locating' ? '正在定位附近的商户…' : '正在加载商户…'} />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <Text className="merchants-page__hint">
        {near
          ? '好邻居商户，已按距离由近到远排列'
          : !location.ok && location.reason === 'denied'
            ? '未获得定位权限，已按乡镇列出商户'
            : '暂时无法定位，已按乡镇列出商户'}
      </Text>
      <InlineError message={merchants.error && `${merchants.error.message}（下拉刷新重试）`} />
      <View className="merchants-page__map">
        <NearbyMap
          places={(merchants.data ?? []).map((m) => ({ ...m, name: m.shopName }))}
          center={near}
          onOpen={(m) =>
            void Taro.navigateTo({ url: `${routes.couponMerchant}?id=${encodeURIComponent(m.id)}` })
          }
        />
      </View>
      {(merchants.data ?? []).map((merchant) => (
        <MerchantCard key={merchant.id} merchant={merchant} />
      ))}
    </PageShell>
  )
}
