import { PolicyLevel } from '@rongtong/shared'

export interface NewsFormValues {
  title: string
  level: PolicyLevel
  source: string
  publishedOn: string
  summary: string
  bodyHtml: string
}

export type NewsTextField = 'title' | 'source' | 'publishedOn' | 'summary'

export function emptyNewsForm(today: string): NewsFormValues {
  return { title: '', level: PolicyLevel.CITY, source: '阜阳市地方金融管理局', publishedOn: today, summary: '', bodyHtml: '' }
}

/** An existing news item loaded into the form for editing. */
export function newsFormFrom(news: NewsFormValues): NewsFormValues {
  const { title, level, source, publishedOn, summary, bodyHtml } = news
  return { title, level, source, publishedOn, summary, bodyHtml }
}

/** The NewsInput the server expects (attachments as ordered file ids). */
export function toNewsInput(values: NewsFormValues, attachmentIds: readonly string[] = []) {
  return {
    title: values.title.trim(),
    level: values.level,
    source: values.source.trim(),
    publishedOn: values.publishedOn.trim(),
    summary: values.summary.trim(),
    bodyHtml: values.bodyHtml,
    attachmentIds: [...attachmentIds],
  }
}
