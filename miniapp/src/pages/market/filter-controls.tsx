import { Text, View } from '@tarojs/components'
import { PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@rongtong/shared'
import type { ProductSort } from '@/gql/graphql'
import { CATEGORY_OPTIONS, SORT_OPTIONS, type CategoryCounts } from './market-filters'

interface CategoryChipsProps {
  value: ProductCategory | null
  /** Products per chip under the other filters; no numbers while they load. */
  counts: CategoryCounts | null
  onChange(category: ProductCategory | null): void
}

/** 全部 plus one chip per product category, each with its product count. */
export function CategoryChips({ value, counts, onChange }: CategoryChipsProps) {
  const chip = (category: ProductCategory | null, label: string) => {
    const count = counts?.get(category)
    return (
      <View
        key={category ?? 'ALL'}
        className={`chip ${value === category ? 'chip--active' : ''} ${count === 0 ? 'chip--empty' : ''}`}
        onClick={() => onChange(category)}
      >
        <Text className='chip__label'>{label}</Text>
        {count === undefined ? null : <Text className='chip__count'>{count}</Text>}
      </View>
    )
  }
  return (
    <View className='category-chips'>
      {chip(null, '全部')}
      {CATEGORY_OPTIONS.map((category) => chip(category, PRODUCT_CATEGORY_LABELS[category]))}
    </View>
  )
}

interface SortSelectorProps {
  value: ProductSort
  onChange(sort: ProductSort): void
}

export function SortSelector({ value, onChange }: SortSelectorProps) {
  return (
    <View className='sort-selector'>
      {SORT_OPTIONS.map((option) => (
        <Text
          key={option.value}
          className={`sort-selector__option ${value === option.value ? 'sort-selector__option--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  )
}
