import { Text, View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import './index.scss'

/** What the footer needs to know of a paged list. */
export interface PagedListState {
  items: readonly unknown[]
  loadingMore: boolean
  hasMore: boolean
  loadMore: () => void
}

/**
 * The end of a paged list: a spinner while the next page loads, "加载更多" to tap when scrolling
 * does not reach it (a tall screen, a desktop browser), or "没有更多了" at the end.
 */
export function ListFooter({ list }: { list: PagedListState }) {
  if (list.items.length === 0) return null
  return (
    <View className="cc-list-footer">
      {list.loadingMore ? (
        <Loading>正在加载…</Loading>
      ) : list.hasMore ? (
        <View className="cc-list-footer__more" role="button" onClick={list.loadMore}>
          加载更多
        </View>
      ) : (
        <Text className="cc-list-footer__end">没有更多了</Text>
      )}
    </View>
  )
}
