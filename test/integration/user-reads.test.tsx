// Cached reads belong to one user: what the first user saw must not be shown to the next one on the
// same phone, while a session that merely expired keeps its reads for the same person.
import { act, render } from '@testing-library/react'
import useSWR, { SWRConfig } from 'swr'
import type { Me } from '@/contract/me'
import { useForgetOtherUsersReads } from '@/services/query/user-reads'
import { signIn, signOut } from '@/services/session/session-store'

const user = (id: string) => ({ id }) as Me

function Bookings() {
  useForgetOtherUsersReads()
  // Reads only what the cache holds (the test fills it), so what shows is what was kept.
  const { data } = useSWR<string>('bookings', null)
  return <p data-testid="bookings">{data ?? '无'}</p>
}

function renderWithCache() {
  const cache = new Map()
  const view = render(
    <SWRConfig value={{ provider: () => cache }}>
      <Bookings />
    </SWRConfig>,
  )
  const shown = () => view.getByTestId('bookings').textContent
  const fill = (value: string) => act(() => cache.set('bookings', { data: value }))
  return { view, cache, shown, fill }
}

test('another user signing in forgets what the first one read; the same user keeps it', () => {
  act(() => signIn(user('u_first'), {}))
  const { cache, fill } = renderWithCache()
  fill('王建国的预约')
  act(() => signOut({ expired: true }))
  act(() => signIn(user('u_first'), {}))
  expect(cache.get('bookings')?.data).toBe('王建国的预约')
  act(() => signOut({ expired: true }))
  act(() => signIn(user('u_second'), {}))
  expect(cache.get('bookings')?.data).toBeUndefined()
})

test('logging out forgets every read', () => {
  act(() => signIn(user('u_third'), {}))
  const { cache, fill } = renderWithCache()
  fill('李秀英的消息')
  act(() => signOut())
  expect(cache.get('bookings')?.data).toBeUndefined()
})
