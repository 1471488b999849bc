import { Text, View } from '@tarojs/components'
import { PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@rongtong/shared'
import type { ProductSort } from '../../gql/graphql'
import { CATEGORY_OPTIONS, SORT_OPTIONS } from './market-filters'

interface CategoryChipsProps {
  value: ProductCategory | null
  onChange(category: ProductCategory | null): void
}

/** 全部 plus one chip per product category. */
export function CategoryChips({ value, onChange }: CategoryChipsProps) {
  const chip = (category: ProductCategory | null, label: string) => (
    <View
      key={category ?? 'ALL'}
      className={`chip ${value === category ? 'chip--active' : ''}`}
      onClick={() => onChange(category)}
    >
      {label}
    </View>
  )
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
