import { View } from '@tarojs/components'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { BannerItem } from './banner-item'
import { BannerFace, BannerPlaceholder, openBanner } from './banner-parts'

const AUTOPLAY_MS = 4000

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** The banner the track shows (the one most in view). */
function shownIndex(track: HTMLElement): number {
  return track.clientWidth > 0 ? Math.round(track.scrollLeft / track.clientWidth) : 0
}

/**
 * H5: the operator-managed banners above the quick entries as a row that scrolls sideways and snaps to each
 * banner, turned every 4 s — not while the visitor touches, points at or focuses it, nor when they asked for
 * reduced motion. The mini-programs keep NutUI's Swiper (banner-carousel.tsx), which on H5 would bring the
 * Swiper library, the heaviest script of the first load. Nothing at all when there are no banners; while they
 * load, an empty block of the same height holds their place, so the page below does not jump when they arrive.
 */
export function BannerCarousel({ banners, loading }: { banners: readonly BannerItem[]; loading: boolean }) {
  const track = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const [held, setHeld] = useState(false)

  useEffect(() => {
    if (banners.length < 2 || held || prefersReducedMotion()) return undefined
    const timer = window.setInterval(() => {
      const element = track.current
      if (!element) return
      const next = (shownIndex(element) + 1) % banners.length
      element.scrollTo({ left: next * element.clientWidth, behavior: 'smooth' })
    }, AUTOPLAY_MS)
    return () => window.clearInterval(timer)
  }, [banners.length, held])

  if (loading) return <BannerPlaceholder />
  if (banners.length === 0) return null
  const hold = () => setHeld(true)
  const release = () => setHeld(false)
  const openOnEnter = (event: KeyboardEvent, banner: BannerItem) => {
    if (event.key === 'Enter') openBanner(banner)
  }
  return (
    <View className='banners'>
      <div
        ref={track}
        className='banners__track'
        role='region'
        aria-roledescription='carousel'
        aria-label='轮播图'
        tabIndex={0}
        onScroll={() => track.current && setActive(shownIndex(track.current))}
        onPointerEnter={hold}
        onPointerLeave={release}
        onTouchStart={hold}
        onTouchEnd={release}
        onFocus={hold}
        onBlur={release}
      >
        {banners.map((banner) => (
          <div
            key={banner.id}
            className='banners__item'
            role={banner.linkPath ? 'link' : 'group'}
            tabIndex={banner.linkPath ? 0 : undefined}
            aria-label={banner.title}
            onClick={() => openBanner(banner)}
            onKeyDown={(event) => openOnEnter(event, banner)}
          >
            <BannerFace banner={banner} />
          </div>
        ))}
      </div>
      {banners.length > 1 ? (
        <View className='banners__dots'>
          {banners.map((banner, index) => (
            <View key={banner.id} className={`banners__dot${index === active ? ' banners__dot--active' : ''}`} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
