import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import type { Branch } from '@/contract/branches'
import { openMap } from '@/platform/map'
import { callPhone } from '@/platform/phone'
import { routes } from '@/routes'
import { formatDistance, todayHoursText } from '../model/branch-list'
import './branch-card.scss'

/** Props of a branch in the list. */
export interface BranchCardProps {
  branch: Branch
}

/** A branch: open or closed now, address, distance, and the three things people do: call, go, book. */
export function BranchCard({ branch }: BranchCardProps) {
  return (
    // A group named after the branch: its 电话 / 导航 / 预约办理 say which branch they are for.
    <View className="cc-branch" role="group" ariaLabel={branch.name}>
      <View className="cc-branch__head">
        <Text className="cc-branch__name">{branch.name}</Text>
        <Tag type={branch.openNow ? 'success' : 'default'}>{branch.openNow ? '营业中' : '休息中'}</Tag>
      </View>
      <Text className="cc-branch__line">{todayHoursText(branch.todayHours)}</Text>
      <Text className="cc-branch__line">
        {branch.address}
        {branch.distanceMeters !== undefined ? ` · 距您${formatDistance(branch.distanceMeters)}` : ''}
      </Text>
      <View className="cc-branch__actions">
        <Button size="small" fill="outline" onClick={() => void callPhone(branch.phone)}>
          电话
        </Button>
        <Button
          size="small"
          fill="outline"
          onClick={() =>
            void openMap({ lat: branch.lat, lng: branch.lng, name: branch.name, address: branch.address })
          }
        >
          导航
        </Button>
        <Button
          size="small"
          type="primary"
          onClick={() => Taro.navigateTo({ url: `${routes.branch}?id=${encodeURIComponent(branch.id)}` })}
        >
          预约办理
        </Button>
      </View>
    </View>
  )
}
