import { Text, View } from '@tarojs/components'
import { ChipFilter, type ChipChoice } from '@/components/chip-filter/chip-filter'
import { ENTERPRISE_TYPE_CHOICES, INDUSTRY_CHOICES, SCALE_CHOICES, type AudienceFilters } from './policy-filters'

interface FilterGroupProps<TValue extends string> {
  title: string
  testId: string
  choices: readonly ChipChoice<TValue>[]
  value: TValue | null
  onChange(value: TValue | null): void
}

/** A titled chip row: the title beside a sideways-scrolling row on a phone, above wrapped chips on a desktop. */
function FilterGroup<TValue extends string>({ title, testId, choices, value, onChange }: FilterGroupProps<TValue>) {
  return (
    <View className='policy-filter'>
      <Text className='policy-filter__title'>{title}</Text>
      <ChipFilter choices={choices} value={value} onChange={onChange} testId={testId} />
    </View>
  )
}

interface AudienceFilterGroupsProps {
  value: AudienceFilters
  onChange(filters: AudienceFilters): void
}

/** 适用行业, 企业规模 and 企业类型: each 全部 or one choice. */
export function AudienceFilterGroups({ value, onChange }: AudienceFilterGroupsProps) {
  return (
    <>
      <FilterGroup
        title='适用行业'
        testId='industry-filter'
        choices={INDUSTRY_CHOICES}
        value={value.industryCode}
        onChange={(industryCode) => onChange({ ...value, industryCode })}
      />
      <FilterGroup
        title='企业规模'
        testId='scale-filter'
        choices={SCALE_CHOICES}
        value={value.scale}
        onChange={(scale) => onChange({ ...value, scale })}
      />
      <FilterGroup
        title='企业类型'
        testId='enterprise-type-filter'
        choices={ENTERPRISE_TYPE_CHOICES}
        value={value.enterpriseType}
        onChange={(enterpriseType) => onChange({ ...value, enterpriseType })}
      />
    </>
  )
}
