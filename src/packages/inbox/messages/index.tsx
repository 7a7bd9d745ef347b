import { useReachBottom } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { ListFooter } from '@/components/list-footer'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMessages } from '@/features/inbox/api/get-messages'
import { MessageList } from '@/features/inbox/components/message-list'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'

function Inbox() {
  const messages = useMessages()
  usePageRefresh(messages)
  useReachBottom(messages.loadMore)
  if (messages.loading) return <LoadingBlock />
  return (
    <>
      <InlineError message={messages.error?.message} onClick={() => void messages.reload()} />
      {messages.firstPage ? (
        <>
          <MessageList messages={messages.items} unread={messages.firstPage.unread} />
          <ListFooter list={messages} />
        </>
      ) : null}
    </>
  )
}

export default function MessagesPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的消息" returnTo={routes.messages}>
        {() => <Inbox />}
      </RequireLogin>
    </PageShell>
  )
}
