import type { PropsWithChildren } from 'react'
import { Text, View } from '@tarojs/components'
import './form-field.scss'

interface FormFieldProps {
  /** Used in the class name (`form-field--<name>`) so tests and styles can find the field. */
  name: string
  label: string
  error?: string
  hint?: string
}

/** A labelled input with its hint and, in red under it, what is wrong with it. */
export function FormField({ name, label, error, hint, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field form-field--${name} ${error ? 'form-field--invalid' : ''}`}>
      <Text className='form-field__label'>{label}</Text>
      <View className='form-field__control'>{children}</View>
      {hint && !error ? <Text className='form-field__hint'>{hint}</Text> : null}
      {error ? <Text className='form-field__error'>{error}</Text> : null}
    </View>
  )
}
