import { Text, View } from '@tarojs/components'
import { COUPON_CATEGORIES, type CouponCategory, type CouponSort } from '@/contract/constants'
import type { BatchFilters } from '../api/query-keys'
import { CATEGORY_LABELS } from '../model/batch-words'
import './filter-bar.scss'

const SORT_LABELS: Record<CouponSort, string> = { newest: '最新', ending: '即将结束', distance: '距离最近' }
const SORTS: CouponSort[] = ['newest', 'ending', 'distance']

/** Props of the coupon filters. */
export interface FilterBarProps {
  filters: BatchFilters
  onCategory: (category: CouponCategory | undefined) => void
  onSort: (sort: CouponSort) => void
  onForYou: (forYou: boolean) => void
}

/** One chip: a word that is pressed or not. */
function Chip({ label, on, onTap }: { label: string; on: boolean; onTap: () => void }) {
  return (
    <View
      className={`cc-filter__chip${on ? ' cc-filter__chip--on' : ''}`}
      role="button"
      // Taro's View types omit aria-pressed, which both builds pass through as an attribute.
      {...({ ariaPressed: on } as object)}
      onClick={onTap}
    >
      {label}
    </View>
  )
}

/** Category chips (全部 first), the three orders, and 为你推荐 (the bank picks, from its records). */
export function FilterBar({ filters, onCategory, onSort, onForYou }: FilterBarProps) {
  return (
    <View className="cc-filter">
      <View className="cc-filter__row" role="group" ariaLabel="分类">
        <Chip label="全部" on={!filters.category} onTap={() => onCategory(undefined)} />
        {COUPON_CATEGORIES.map((category) => (
          <Chip
            key={category}
            label={CATEGORY_LABELS[category]}
            on={filters.category === category}
            onTap={() => onCategory(category)}
          />
        ))}
      </View>
      <View className="cc-filter__row" role="group" ariaLabel="排序">
        {SORTS.map((sort) => (
          <Chip key={sort} label={SORT_LABELS[sort]} on={filters.sort === sort} onTap={() => onSort(sort)} />
        ))}
        <Text className="cc-filter__gap" />
        <Chip label="为你推荐" on={filters.forYou} onTap={() => onForYou(!filters.forYou)} />
      </View>
    </View>
  )
}
