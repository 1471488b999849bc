import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

/** The accessible name of a group of choices (role group), spread onto its container. */
export function choiceGroup(label: string) {
  return { role: 'group', 'aria-role': 'group', 'aria-label': label }
}

interface ChoiceItemProps {
  kind: 'checkbox' | 'radio'
  checked: boolean
  disabled?: boolean
  title: string
  description?: ReactNode
  /** Why the choice is not available, shown under it (never hidden). */
  note?: string | null
  testId?: string
  onChange(): void
}

/**
 * One option of a single- or multiple-choice list, as a card the whole of which is the hit area. Screen readers get
 * the role, state and name (role/aria-* in H5, aria-role/aria-* in the mini-programs); Enter and Space choose it.
 */
export function ChoiceItem({ kind, checked, disabled = false, title, description, note, testId, onChange }: ChoiceItemProps) {
  const choose = () => {
    if (!disabled) onChange()
  }
  const accessibility = {
    role: kind,
    'aria-role': kind,
    'aria-checked': checked,
    'aria-disabled': disabled,
    'aria-label': note ? `${title}，${note}` : title,
    tabIndex: disabled ? -1 : 0,
    onKeyDown: (event: { key?: string; preventDefault?(): void }) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault?.()
      choose()
    },
  }
  const state = `${checked ? 'choice-item--checked' : ''} ${disabled ? 'choice-item--disabled' : ''}`
  return (
    <View className={`choice-item choice-item--${kind} ${state}`} data-testid={testId} onClick={choose} {...accessibility}>
      <View className='choice-item__mark' />
      <View className='choice-item__body'>
        <Text className='choice-item__title'>{title}</Text>
        {description ? <Text className='choice-item__description'>{description}</Text> : null}
        {note ? <Text className='choice-item__note'>{note}</Text> : null}
      </View>
    </View>
  )
}
