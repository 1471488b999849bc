import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { viewportFor, type Viewport } from './viewport'

const isH5 = process.env.TARO_ENV === 'h5'

function currentWidth(): number {
  if (isH5) return window.innerWidth
  return Taro.getSystemInfoSync().windowWidth
}

/** The viewport width and whether the desktop layout applies; follows browser resizes. */
export function useViewport(): Viewport {
  const [width, setWidth] = useState(currentWidth)
  useEffect(() => {
    if (!isH5) return undefined
    const onResize = () => setWidth(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return viewportFor(width, process.env.TARO_ENV)
}
