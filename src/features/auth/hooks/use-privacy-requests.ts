import { useEffect } from 'react'
import { watchPrivacyRequests } from '@/platform/privacy'

/** Shows the privacy notice whenever the platform (WeChat) asks for consent before a protected API. */
export function usePrivacyRequests(show: () => void): void {
  useEffect(() => watchPrivacyRequests(show), [show])
}
