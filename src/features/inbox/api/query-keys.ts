/** Keys of the message centre's reads; reading a message invalidates 'messages'. */
export const inboxKeys = {
  messages: () => ['messages'] as const,
  unread: () => ['messages', 'unread'] as const,
}
