import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'

/** A notice one page leaves for the page it returns to (e.g. 已授权… after 新增授权). */
let pending: string | null = null

export function leaveNotice(text: string): void {
  pending = text
}

export function takeNotice(): string | null {
  const text = pending
  pending = null
  return text
}

/** Back to the page that opened this one, or to `fallback` when the page was opened directly (a link, a reload). */
export function goBackOr(fallback: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallback })
}

/** Runs `onReturn` each time the page shows again after another page covered it (not on the first show). */
export function useOnReturn(onReturn: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) onReturn()
    shown.current = true
  })
}
