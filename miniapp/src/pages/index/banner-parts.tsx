import { Image, Text, View } from '@tarojs/components'
import { bffUrl } from '@/api/file-url'
import { openInApp } from '@/utils/routes'
import type { BannerItem } from './banner-item'

/** What both carousels (banner-carousel.tsx, banner-carousel.h5.tsx) show of one banner and do with it. */
export function openBanner(banner: BannerItem): void {
  if (banner.linkPath) openInApp(banner.linkPath)
}

/** An empty block of the banners' height while they load, so the page below does not jump when they arrive. */
export function BannerPlaceholder() {
  return (
    <View className='banners banners--loading'>
      <View className='banners__item banners__item--placeholder' />
    </View>
  )
}

/** The banner's picture (its title as the text alternative) with its title and subtitle over it. */
export function BannerFace({ banner }: { banner: BannerItem }) {
  return (
    <>
      <Image className='banners__image' src={bffUrl(banner.imageUrl)} mode='aspectFill' imgProps={{ alt: banner.title }} />
      <View className='banners__text'>
        <Text className='banners__title'>{banner.title}</Text>
        {banner.subtitle ? <Text className='banners__subtitle'>{banner.subtitle}</Text> : null}
      </View>
    </>
  )
}
