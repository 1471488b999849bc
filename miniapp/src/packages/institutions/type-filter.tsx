import { Text, View } from '@tarojs/components'
import type { InstitutionType } from '@rongtong/shared'
import type { TypeChip } from './directory-model'

interface TypeFilterProps {
  chips: readonly TypeChip[]
  value: InstitutionType | null
  onChange(type: InstitutionType | null): void
}

/** 全部 and the 16 institution types with their counts; a type without institutions is greyed. */
export function TypeFilter({ chips, value, onChange }: TypeFilterProps) {
  return (
    <View className='type-filter'>
      {chips.map((chip) => (
        <View
          key={chip.type ?? 'ALL'}
          className={`type-filter__item ${chip.type === value ? 'type-filter__item--active' : ''} ${chip.count === 0 ? 'type-filter__item--empty' : ''}`}
          onClick={() => onChange(chip.type)}
        >
          <Text className='type-filter__label'>{chip.label}</Text>
          {chip.count === undefined ? null : <Text className='type-filter__count'>{chip.count}</Text>}
        </View>
      ))}
    </View>
  )
}
