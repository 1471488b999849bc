import { Image, Text, View } from '@tarojs/components'
import { Swiper } from '../../components/nutui'
import { bffUrl } from '../../api/file-url'
import { useViewport } from '../../hooks/use-viewport'
import { openInApp } from '../../utils/routes'

/** .banners__item's desktop height (220PX, not scaled). */
const DESKTOP_HEIGHT_PX = 220

export interface BannerItem {
  id: string
  title: string
  subtitle?: string | null
  imageUrl: string
  linkPath?: string | null
}

/** The operator-managed banners above the quick entries; nothing at all when there are none. */
export function BannerCarousel({ banners }: { banners: readonly BannerItem[] }) {
  const { isDesktop } = useViewport()
  if (banners.length === 0) return null
  // The swiper sets its own height inline (150 design px by default, as .banners__item on phones); desktop gets 220PX.
  return (
    <View className='banners'>
      <Swiper className='banners__swiper' height={isDesktop ? DESKTOP_HEIGHT_PX : undefined} autoplay interval={4000} circular indicator>
        {banners.map((banner) => (
          <Swiper.Item key={banner.id}>
            <View
              className='banners__item'
              onClick={() => {
                if (banner.linkPath) openInApp(banner.linkPath)
              }}
            >
              <Image className='banners__image' src={bffUrl(banner.imageUrl)} mode='aspectFill' />
              <View className='banners__text'>
                <Text className='banners__title'>{banner.title}</Text>
                {banner.subtitle ? <Text className='banners__subtitle'>{banner.subtitle}</Text> : null}
              </View>
            </View>
          </Swiper.Item>
        ))}
      </Swiper>
    </View>
  )
}
