import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { getMessages } from '@/features/inbox/api/messages'
import { MessageList } from '@/features/inbox/components/message-list'
import { useQuery } from '@/services/http/use-query'
import { routes } from '@/routes'

function Inbox() {
  const messages = useQuery('messages', getMessages)
  useDidShow(() => void messages.reload())
  usePullDownRefresh(() => void messages.reload().finally(() => Taro.stopPullDownRefresh()))
  if (messages.loading && !messages.data) return <LoadingBlock />
  return (
    <>
      <InlineError message={messages.error?.message} onClick={() => void messages.reload()} />
      {messages.data ? (
        <MessageList
          messages={messages.data.items}
          unread={messages.data.unread}
          onChanged={() => void messages.reload()}
        />
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
