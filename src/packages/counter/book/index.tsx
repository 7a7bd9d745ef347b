import Taro, { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useBooking } from '@/features/counter/api/get-booking'
import { useBranch } from '@/features/counter/api/get-branch'
import { RequireLogin } from '@/features/auth/components/require-login'
import { BookingForm } from '@/features/counter/components/booking-form'
import { routes } from '@/routes'

/** Book a service at a branch (?branchId&serviceId), or move a booking (?bookingId). */
export default function BookPage() {
  const { params } = useRouter()
  const rescheduling = useBooking(params.bookingId)
  const branchId = params.branchId ?? rescheduling.data?.branch.id
  const serviceId = params.serviceId ?? rescheduling.data?.service.id
  const branch = useBranch(branchId)
  const service = branch.data?.services.find((s) => s.id === serviceId)
  const error = rescheduling.error ?? branch.error
  const here = params.bookingId
    ? `${routes.book}?bookingId=${params.bookingId}`
    : `${routes.book}?branchId=${params.branchId ?? ''}&serviceId=${params.serviceId ?? ''}`

  return (
    <PageShell>
      <InlineError message={error?.message} />
      {!error && (!branch.data || (params.bookingId && !rescheduling.data)) ? <LoadingBlock /> : null}
      {branch.data && !service && !error ? (
        <InlineError message="该网点暂不提供此业务，请返回重新选择" />
      ) : null}
      {branch.data && service && (!params.bookingId || rescheduling.data) ? (
        <RequireLogin reason="登录后即可预约办理" returnTo={here} role="customer">
          {() => (
            <BookingForm
              branch={branch.data as NonNullable<typeof branch.data>}
              service={service}
              rescheduling={rescheduling.data}
              onBooked={(booking) =>
                Taro.redirectTo({
                  url: `${routes.booking}?id=${encodeURIComponent(booking.id)}&fresh=${params.bookingId ? 'moved' : 'new'}`,
                })
              }
            />
          )}
        </RequireLogin>
      ) : null}
    </PageShell>
  )
}
