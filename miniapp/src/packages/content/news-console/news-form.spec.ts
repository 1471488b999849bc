import { PolicyLevel } from '@rongtong/shared'
import { emptyNewsForm, newsFormFrom, toNewsInput } from './news-form'

describe('news form', () => {
  it('starts as a city-level item dated today from the financial office', () => {
    expect(emptyNewsForm('2026-11-26')).toMatchObject({ level: PolicyLevel.CITY, publishedOn: '2026-11-26', source: '阜阳市地方金融管理局', title: '' })
  })

  it('loads a stored item (ignoring fields it does not edit) and sends it back trimmed with its attachments in order', () => {
    const stored = { id: 'n1', status: 'PUBLISHED', title: ' 银企对接会举行 ', level: PolicyLevel.PROVINCE, source: '省地方金融管理局', publishedOn: '2026-11-20', summary: '简讯', bodyHtml: '<p>正文</p>' }
    const values = newsFormFrom(stored)
    expect(values).not.toHaveProperty('id')
    expect(toNewsInput(values, ['f1'])).toEqual({
      title: '银企对接会举行',
      level: PolicyLevel.PROVINCE,
      source: '省地方金融管理局',
      publishedOn: '2026-11-20',
      summary: '简讯',
      bodyHtml: '<p>正文</p>',
      attachmentIds: ['f1'],
    })
  })
})
