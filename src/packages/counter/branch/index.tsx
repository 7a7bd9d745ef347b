import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useBranch } from '@/features/counter/api/get-branch'
import { ServiceCard } from '@/features/counter/components/service-card'
import { todayHoursText, weeklyHoursText } from '@/features/counter/model/branch-list'
import { openMap } from '@/platform/map'
import { callPhone } from '@/platform/phone'
import './index.scss'

export default function BranchPage() {
  const { params } = useRouter()
  const branchId = params.id ?? ''
  const branch = useBranch(branchId)
  const data = branch.data

  return (
    <PageShell>
      {!branchId ? <InlineError message="未指定网点，请从网点列表进入" /> : null}
      {branch.loading && !data ? <LoadingBlock /> : null}
      <InlineError message={branch.error?.message} onClick={() => void branch.reload()} />
      {data ? (
        <View>
          <View className="branch-page__head">
            <Text className="branch-page__name">{data.name}</Text>
            <Text className="branch-page__status">
              {data.openNow ? '营业中' : '休息中'} · {todayHoursText(data.todayHours)}
            </Text>
          </View>
          <CellGroup>
            <Cell title="地址" description={data.address} />
            <Cell title="营业时间" description={weeklyHoursText(data.openingHours)} />
            <Cell
              title="电话"
              extra={
                <Button size="small" fill="outline" onClick={() => void callPhone(data.phone)}>
                  拨打 {data.phone}
                </Button>
              }
            />
            <Cell
              title="位置"
              extra={
                <Button
                  size="small"
                  fill="outline"
                  onClick={() =>
                    void openMap({ lat: data.lat, lng: data.lng, name: data.name, address: data.address })
                  }
                >
                  查看地图
                </Button>
              }
            />
          </CellGroup>
          <Text className="branch-page__section">可预约业务</Text>
          {data.services.map((service) => (
            <ServiceCard key={service.id} branchId={data.id} service={service} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
