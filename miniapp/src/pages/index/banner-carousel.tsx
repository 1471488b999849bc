import { View } from '@tarojs/components'
import { Swiper } from '@/components/nutui'
import { useViewport } from '@/hooks/use-viewport'
import type { BannerItem } from './banner-item'
import { BannerFace, BannerPlaceholder, openBanner } from './banner-parts'

/** .banners__item's desktop height (220PX, not scaled). */
const DESKTOP_HEIGHT_PX = 220

/**
 * The operator-managed banners above the quick entries, in the mini-programs' native swiper (the H5 build uses
 * banner-carousel.h5.tsx); nothing at all when there are none. While they load, an empty block of the same
 * height holds their place, so the page below does not jump when they arrive.
 */
export function BannerCarousel({ banners, loading }: { banners: readonly BannerItem[]; loading: boolean }) {
  const { isDesktop } = useViewport()
  if (loading) return <BannerPlaceholder />
  if (banners.length === 0) return null
  // The swiper sets its own height inline (150 design px by default, as .banners__item on phones); desktop gets 220PX.
  return (
    <View className='banners'>
      <Swiper className='banners__swiper' height={isDesktop ? DESKTOP_HEIGHT_PX : undefined} autoplay interval={4000} circular indicator>
        {banners.map((banner) => (
          <Swiper.Item key={banner.id}>
            <View
              className='banners__item'
              onClick={() => openBanner(banner)}
            >
              <BannerFace banner={banner} />
            </View>
          </Swiper.Item>
        ))}
      </Swiper>
    </View>
  )
}
