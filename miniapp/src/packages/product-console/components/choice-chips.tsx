import { Text, View } from '@tarojs/components'

interface ChoiceChipsProps<T extends string> {
  /** Used in data-testid (`<name>-<value>`) so journeys can pick a choice. */
  name: string
  options: readonly T[]
  labels: Record<T, string> | ((value: T) => string)
  isChosen(value: T): boolean
  onToggle(value: T): void
  disabled?: boolean
}

/** A row of chips for a single or multiple choice. */
export function ChoiceChips<T extends string>({ name, options, labels, isChosen, onToggle, disabled }: ChoiceChipsProps<T>) {
  const labelOf = (value: T) => (typeof labels === 'function' ? labels(value) : labels[value])
  return (
    <View className='pc-chips'>
      {options.map((value) => (
        <Text
          key={value}
          data-testid={`${name}-${value}`}
          className={`pc-chip ${isChosen(value) ? 'pc-chip--active' : ''} ${disabled ? 'pc-chip--disabled' : ''}`}
          onClick={() => (disabled ? undefined : onToggle(value))}
        >
          {labelOf(value)}
        </Text>
      ))}
    </View>
  )
}
