import { Text, View } from '@tarojs/components'
import './chip-filter.scss'

/** One choice of a chip filter; `value` null stands for 全部 (no filter). */
export interface ChipChoice<TValue extends string> {
  value: TValue | null
  label: string
  /** Rows the choice would list; no number while unknown, greyed at 0. */
  count?: number
}

interface ChipFilterProps<TValue extends string> {
  choices: readonly ChipChoice<TValue>[]
  value: TValue | null
  onChange(value: NoInfer<TValue> | null): void
  /** `data-testid` of the row; each chip gets `<testId>-<value or ALL>`. */
  testId?: string
}

/**
 * A single-choice row of chips. The page decides the layout: a row scrolling sideways on a phone,
 * wrapped chips or a list in a desktop filter panel.
 */
export function ChipFilter<TValue extends string>({ choices, value, onChange, testId }: ChipFilterProps<TValue>) {
  return (
    <View className='chip-filter' data-testid={testId}>
      {choices.map((choice) => {
        const key = choice.value ?? 'ALL'
        const active = choice.value === value
        return (
          <View
            key={key}
            className={`chip-filter__item ${active ? 'chip-filter__item--active' : ''} ${choice.count === 0 ? 'chip-filter__item--empty' : ''}`}
            data-testid={testId ? `${testId}-${key}` : undefined}
            onClick={() => onChange(choice.value)}
          >
            <Text className='chip-filter__label'>{choice.label}</Text>
            {choice.count === undefined ? null : <Text className='chip-filter__count'>{choice.count}</Text>}
          </View>
        )
      })}
    </View>
  )
}
