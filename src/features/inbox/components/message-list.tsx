import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Badge, Button } from '@nutui/nutui-react-taro'
import type { MessageLinkType } from '@/contract/constants'
import type { Message } from '@/contract/messages'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { useMarkAllMessagesRead, useMarkMessageRead } from '../api/mark-read'
import './message-list.scss'

/** Props of the message list. */
export interface MessageListProps {
  messages: Message[]
  unread: number
}

const kindNames: Record<Message['kind'], string> = {
  booking: '预约',
  reminder: '提醒',
  referral: '转介',
  loan: '贷款',
  coupon: '优惠',
  event: '活动',
}

/** Where each kind of link opens (an application opens the loan page, which shows where it stands). */
const linkRoutes: Record<MessageLinkType, string> = {
  booking: routes.booking,
  referral: routes.referral,
  'staff-referral': routes.staffReferral,
  loan: routes.loan,
  'loan-application': routes.loanHome,
  coupon: routes.coupon,
  event: routes.event,
}

/** Messages newest first; opening one marks it read and goes to what it is about. */
export function MessageList({ messages, unread }: MessageListProps) {
  const readOne = useMarkMessageRead()
  const readAll = useMarkAllMessagesRead()
  const open = async (message: Message) => {
    if (!message.read) await readOne.execute(message.id)
    if (message.link) {
      void Taro.navigateTo({
        url: `${linkRoutes[message.link.type]}?id=${encodeURIComponent(message.link.id)}`,
      })
    }
  }
  return (
    <View className="cc-messages">
      <View className="cc-messages__bar">
        <Text>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
        {unread > 0 ? (
          <Button
            size="small"
            fill="outline"
            loading={readAll.pending}
            onClick={() => void readAll.execute()}
          >
            全部已读
          </Button>
        ) : null}
      </View>
      {messages.length === 0 ? <Text className="cc-messages__empty">暂无消息</Text> : null}
      {messages.map((message) => (
        <View key={message.id} className="cc-messages__item" role="button" onClick={() => void open(message)}>
          <View className="cc-messages__head">
            <Text className="cc-messages__kind">{kindNames[message.kind]}</Text>
            <Text className="cc-messages__title">{message.title}</Text>
            {!message.read ? <Badge dot /> : null}
            {/* The dot alone tells only sighted users that a message is unread. */}
            {!message.read ? <Text className="cc-messages__unread">未读</Text> : null}
          </View>
          <Text className="cc-messages__body">{message.body}</Text>
          <Text className="cc-messages__time">{formatBeijing(message.createdAt, 'M月D日 HH:mm')}</Text>
        </View>
      ))}
    </View>
  )
}
