import { useEffect, useState } from 'react'
import type { ServiceId } from '@/contract/constants'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useBusinessDays } from '../api/get-business-days'
import { useSlots } from '../api/get-slots'

/** Days and slots of one service at one branch; slots are read again whenever the page comes back. */
export function useSlotPicker(branchId: string, serviceId: ServiceId) {
  const days = useBusinessDays(branchId, serviceId)
  const [date, setDate] = useState<string>()
  const [slotStart, setSlotStart] = useState<string>()
  useEffect(() => {
    if (!date && days.data?.length) setDate(days.data[0].date)
  }, [date, days.data])
  const slots = useSlots(branchId, serviceId, date)
  // Places change while the user is away (another tab, the booking page): never show stale counts.
  usePageRefresh(slots)

  const chooseDate = (next: string) => {
    setDate(next)
    setSlotStart(undefined)
  }
  return { days, date, chooseDate, slots, slotStart, setSlotStart }
}
