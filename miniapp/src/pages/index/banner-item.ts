/** One operator-managed banner of 首页 as the carousels (banner-carousel.tsx, banner-carousel.h5.tsx) show it. */
export interface BannerItem {
  id: string
  title: string
  subtitle?: string | null
  imageUrl: string
  linkPath?: string | null
}
