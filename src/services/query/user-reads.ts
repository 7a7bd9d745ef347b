// Cached reads belong to the user who made them: when another user signs in, or the user logs out
// (not when a session merely expires and the same person logs back in), they are forgotten.
import { useEffect } from 'react'
import { useSWRConfig } from 'swr'
import { getSession, subscribeSession } from '@/services/session/session-store'

let cachedFor: string | undefined

/** Forgets every cached read when the reads stop being the signed-in user's; call under SWRConfig. */
export function useForgetOtherUsersReads(): void {
  const { mutate } = useSWRConfig()
  useEffect(() => {
    const now = getSession()
    if (now.status === 'authenticated') cachedFor ??= now.user.id
    return subscribeSession((state) => {
      const owner = state.status === 'authenticated' ? state.user.id : undefined
      const loggedOut = state.status === 'anonymous' && !state.expired
      if ((owner && cachedFor && owner !== cachedFor) || (loggedOut && cachedFor)) {
        void mutate(() => true, undefined, { revalidate: false })
      }
      if (owner) cachedFor = owner
      else if (loggedOut) cachedFor = undefined
    })
  }, [mutate])
}
