// The application draft goes to the bank shortly after each change, but never once the application
// is being submitted or has been: the bank would refuse it (409), and it has the whole request anyway.
import { act, renderHook } from '@testing-library/react'
import type { LoanApplication } from '@/contract/loans'
import { saveApplicationDraft } from '@/features/loan/api/application-steps'
import { useApplicationDraft } from '@/features/loan/hooks/use-application-draft'

jest.mock('@/features/loan/api/application-steps', () => ({
  saveApplicationDraft: jest.fn(() => Promise.resolve({})),
}))
const saved = saveApplicationDraft as jest.Mock

const application = (status: LoanApplication['status']) =>
  ({ id: `la_${status}`, status, draft: null }) as unknown as LoanApplication

beforeEach(() => {
  jest.useFakeTimers()
  saved.mockClear()
})
afterEach(() => jest.useRealTimers())

test('a change is saved to the bank after a quiet moment', async () => {
  const { result } = renderHook(() => useApplicationDraft(application('draft')))
  act(() => result.current.update('purpose', 'breeding'))
  await act(async () => void jest.advanceTimersByTime(1000))
  expect(saved).toHaveBeenCalledWith('la_draft', { purpose: 'breeding' })
})

test('submitting drops the save still to come, and nothing is saved once the page closes', async () => {
  const { result, unmount } = renderHook(() => useApplicationDraft(application('draft')))
  act(() => result.current.update('purpose', 'planting'))
  act(() => result.current.settle())
  await act(async () => void jest.advanceTimersByTime(1000))
  unmount()
  expect(saved).not.toHaveBeenCalled()
})

test('a submitted application is never saved as a draft', async () => {
  const { result, rerender } = renderHook(({ app }) => useApplicationDraft(app), {
    initialProps: { app: application('draft') },
  })
  act(() => result.current.update('purpose', 'planting'))
  rerender({ app: { ...application('reviewing'), id: 'la_draft' } })
  await act(async () => void jest.advanceTimersByTime(1000))
  expect(saved).not.toHaveBeenCalled()
})
