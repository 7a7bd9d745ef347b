import { Text, View } from '@tarojs/components'
import type { CampaignPerson } from '@/contract/campaign'
import { formatBeijing } from '@/utils/beijing-format'
import { signupStatusName } from '../model/figures-words'
import './people-list.scss'

/**
 * The people a link brought (masked as the bank sends them), each with whom they brought in turn.
 * Staff see no more than a name's first character and a phone's ends: enough to recognise a customer.
 */
export function PeopleList({
  people,
  level2Count,
}: {
  people: readonly CampaignPerson[]
  level2Count: number
}) {
  if (people.length === 0) {
    return <Text className="cc-people__empty">还没有人通过这个链接报名</Text>
  }
  return (
    <View className="cc-people">
      <Text className="cc-people__summary">
        直接带来 {people.length} 人，他们又带来 {level2Count} 人
      </Text>
      {people.map((person) => (
        <View key={person.signupId} className="cc-people__person">
          <View className="cc-people__line">
            <Text className="cc-people__name">
              {person.nameMasked} {person.phoneMasked}
            </Text>
            <Text className="cc-people__status">{signupStatusName[person.status]}</Text>
          </View>
          <Text className="cc-people__meta">
            {person.village} · {formatBeijing(person.signedUpAt, 'M月D日 HH:mm')}报名
            {person.converted ? ' · 已转化' : ''}
          </Text>
          {person.brought.length > 0 ? (
            <View className="cc-people__brought">
              <Text className="cc-people__meta">TA 带来的 {person.brought.length} 人：</Text>
              {person.brought.map((friend) => (
                <Text key={friend.signupId} className="cc-people__friend">
                  {friend.nameMasked} {friend.phoneMasked} · {signupStatusName[friend.status]}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
