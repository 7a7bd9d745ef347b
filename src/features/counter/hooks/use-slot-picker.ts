import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useQuery } from '@/services/http/use-query'
import { getBusinessDays } from '../api/get-business-days'
import { getSlots } from '../api/get-slots'

/** Days and slots of one service at one branch; slots are read again whenever the page comes back. */
export function useSlotPicker(branchId: string, serviceId: string) {
  const days = useQuery(`days:${branchId}:${serviceId}`, () => getBusinessDays(branchId, serviceId))
  const [date, setDate] = useState<string>()
  const [slotStart, setSlotStart] = useState<string>()
  useEffect(() => {
    if (!date && days.data?.length) setDate(days.data[0].date)
  }, [date, days.data])
  const slots = useQuery(date ? `slots:${branchId}:${serviceId}:${date}` : null, () =>
    getSlots(branchId, serviceId, date as string),
  )
  // Places change while the user is away (another tab, the booking page): never show stale counts.
  useDidShow(() => void slots.reload())

  const chooseDate = (next: string) => {
    setDate(next)
    setSlotStart(undefined)
  }
  return { days, date, chooseDate, slots, slotStart, setSlotStart }
}
