import { BannerStatus } from '@/gql/graphql'

const BEIJING_OFFSET_MS = 8 * 60 * 60_000
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/
export const TIME_MESSAGE = '时间格式应为 YYYY-MM-DD HH:mm（北京时间），如 2026-12-01 08:00'

export interface BannerFormValues {
  title: string
  subtitle: string
  imageUrl: string
  linkPath: string
  /** Beijing time, `YYYY-MM-DD HH:mm`, or '' for no limit. */
  startsAt: string
  endsAt: string
  status: BannerStatus
}

export interface StoredBanner {
  title: string
  subtitle?: string | null
  imageUrl: string
  linkPath?: string | null
  startsAt?: string | null
  endsAt?: string | null
  status: BannerStatus
}

/** In-app pages a banner commonly opens. */
export const LINK_CHOICES: ReadonlyArray<{ label: string; path: string }> = [
  { label: '不跳转', path: '' },
  { label: '金融超市', path: '/pages/market/index' },
  { label: '产品推荐', path: '/packages/recommend/wizard/index' },
  { label: '政策法规', path: '/packages/content/policies/index' },
  { label: '新闻动态', path: '/packages/content/news/index' },
  { label: '贷款计算器', path: '/packages/tools/calculator/index' },
]

const pad = (value: number) => String(value).padStart(2, '0')

/** `YYYY-MM-DD HH:mm` in Beijing time of a UTC ISO instant ('' for none). */
export function toBeijingInput(iso: string | null | undefined): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  const b = new Date(time + BEIJING_OFFSET_MS)
  return `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`
}

/** The UTC ISO instant of a Beijing `YYYY-MM-DD HH:mm`; null for '', undefined when it is not a real time. */
export function fromBeijingInput(text: string): string | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const match = LOCAL_TIME.exec(trimmed)
  if (!match) return undefined
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  const utc = Date.UTC(year, month - 1, day, hour, minute)
  const back = new Date(utc)
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) return undefined
  return new Date(utc - BEIJING_OFFSET_MS).toISOString()
}

export function emptyBannerForm(): BannerFormValues {
  return { title: '', subtitle: '', imageUrl: '', linkPath: '', startsAt: '', endsAt: '', status: BannerStatus.ACTIVE }
}

export function bannerFormFrom(banner: StoredBanner): BannerFormValues {
  return {
    title: banner.title,
    subtitle: banner.subtitle ?? '',
    imageUrl: banner.imageUrl,
    linkPath: banner.linkPath ?? '',
    startsAt: toBeijingInput(banner.startsAt),
    endsAt: toBeijingInput(banner.endsAt),
    status: banner.status,
  }
}

export interface BannerInputValues {
  title: string
  subtitle: string | null
  imageUrl: string
  linkPath: string | null
  startsAt: string | null
  endsAt: string | null
  status: BannerStatus
}

export type BannerInputResult = { ok: true; input: BannerInputValues } | { ok: false; field: 'startsAt' | 'endsAt' | 'imageUrl'; message: string }

/** The BannerInput to send, or the first problem the form can see itself (the server checks the rest). */
export function toBannerInput(values: BannerFormValues): BannerInputResult {
  if (values.imageUrl.trim() === '') return { ok: false, field: 'imageUrl', message: '请上传图片或填写图片地址' }
  const startsAt = fromBeijingInput(values.startsAt)
  if (startsAt === undefined) return { ok: false, field: 'startsAt', message: TIME_MESSAGE }
  const endsAt = fromBeijingInput(values.endsAt)
  if (endsAt === undefined) return { ok: false, field: 'endsAt', message: TIME_MESSAGE }
  if (startsAt && endsAt && Date.parse(startsAt) >= Date.parse(endsAt)) return { ok: false, field: 'endsAt', message: '结束时间须晚于开始时间' }
  return {
    ok: true,
    input: {
      title: values.title.trim(),
      subtitle: values.subtitle.trim() || null,
      imageUrl: values.imageUrl.trim(),
      linkPath: values.linkPath.trim() || null,
      startsAt,
      endsAt,
      status: values.status,
    },
  }
}

/** 展示中 / 未开始 / 已结束 / 已停用, for the list. */
export function bannerState(banner: Pick<StoredBanner, 'status' | 'startsAt' | 'endsAt'>, now: Date): string {
  if (banner.status !== BannerStatus.ACTIVE) return '已停用'
  if (banner.startsAt && Date.parse(banner.startsAt) > now.getTime()) return '未开始'
  if (banner.endsAt && Date.parse(banner.endsAt) <= now.getTime()) return '已结束'
  return '展示中'
}

/** The display window in Beijing time. */
export function windowLabel(banner: Pick<StoredBanner, 'startsAt' | 'endsAt'>): string {
  if (!banner.startsAt && !banner.endsAt) return '长期展示'
  const from = banner.startsAt ? toBeijingInput(banner.startsAt) : '即日起'
  const to = banner.endsAt ? toBeijingInput(banner.endsAt) : '长期'
  return `${from} 至 ${to}`
}
