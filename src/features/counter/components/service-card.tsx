import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BranchService } from '@/contract/branches'
import { routes } from '@/routes'
import './service-card.scss'

/** Props of a service in a branch's catalogue. */
export interface ServiceCardProps {
  branchId: string
  service: BranchService
}

/** A counter service: what it is, how long it takes, what to bring, and a way to book it. */
export function ServiceCard({ branchId, service }: ServiceCardProps) {
  const book = () =>
    Taro.navigateTo({
      url: `${routes.book}?branchId=${encodeURIComponent(branchId)}&serviceId=${encodeURIComponent(service.id)}`,
    })
  return (
    // A group named after the service: its 预约 says what it books.
    <View className="cc-service" role="group" ariaLabel={service.name}>
      <View className="cc-service__head">
        <Text className="cc-service__name">{service.name}</Text>
        <Text className="cc-service__duration">约{service.durationMinutes}分钟</Text>
      </View>
      <Text className="cc-service__text">{service.description}</Text>
      <Text className="cc-service__text">请携带：{service.bring.join('、')}</Text>
      <View className="cc-service__actions">
        <Button size="small" type="primary" onClick={book}>
          预约
        </Button>
      </View>
    </View>
  )
}
