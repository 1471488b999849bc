// The operator's content consoles: edit a published policy and attach a PDF, a save over another operator's change
// refused and 刷新, publish a news item, add a banner and move it first — each checked where the public sees it
// (policy detail, 新闻动态, home carousel).
import { deflateSync } from 'node:zlib'
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { loginStaff } from '../staff-session.mjs'
import { graphql, sessionToken } from '../graphql.mjs'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }

async function shot(page, name) {
  await page.waitForTimeout(600)
  await screenshot(page, name)
}

/** A small but real PDF with the policy's application form text. */
function pdfFile(name) {
  const text = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(text, 'latin1') }
}

function crc32(bytes) {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A 750×300 banner image: a blue-to-teal gradient PNG. */
function bannerPng() {
  const [width, height] = [750, 300]
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = []
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x += 1) row.set([31 + Math.round((x / width) * 20), 95 + Math.round((x / width) * 80), 214 - Math.round((y / height) * 60)], 1 + x * 3)
    rows.push(row)
  }
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
  return { name: '新春金融服务季.png', mimeType: 'image/png', buffer: png }
}

/** Fills a Taro Input / Textarea by its data-testid (on H5 the test id sits on the wrapper or the element). */
function fill(page, testId, value) {
  return page.locator(`[data-testid=${testId}] input, input[data-testid=${testId}], textarea[data-testid=${testId}], [data-testid=${testId}] textarea`).first().fill(value)
}

async function upload(page, buttonTestId, file) {
  const chooser = page.waitForEvent('filechooser')
  await page.locator(`[data-testid=${buttonTestId}]`).click()
  await (await chooser).setFiles(file)
}

const STORED_POLICY = 'query ($id: ID!) { managedPolicy(id: $id) { version title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes attachments { id } } }'

/** Another operator's edit of the policy's summary, saved through the BFF while the console has it open. */
async function editPolicyElsewhere(baseUrl, token, id, summary) {
  const { managedPolicy: stored } = await graphql(baseUrl, STORED_POLICY, { id }, token)
  const { version, attachments, ...fields } = stored
  const input = { ...fields, summary, attachmentIds: attachments.map((attachment) => attachment.id) }
  const mutation = 'mutation ($id: ID!, $v: Int!, $input: PolicyInput!) { updatePolicy(id: $id, expectedVersion: $v, input: $input) { version } }'
  await graphql(baseUrl, mutation, { id, v: version, input }, token)
}

async function openConsole(page, baseUrl, testId) {
  await page.goto(`${baseUrl}/pages/staff/home/index`)
  await page.locator(`[data-testid=${testId}]`).click()
}

async function confirmModal(page, text) {
  const button = page.locator('.taro__modal .taro-model__btn', { hasText: text })
  await button.waitFor()
  await button.click()
}

export async function contentConsoleJourney({ browser, baseUrl, journey }) {
  const desktop = await browser.newContext(DESKTOP)
  const operator = await desktop.newPage()
  const phone = await browser.newContext(PHONE)
  const visitor = await phone.newPage()
  const stamp = Date.now() % 100000
  const newsTitle = `融资服务进园区 银企对接会成功举办（旅程${stamp}）`
  const bannerTitle = `新春金融服务季 ${stamp}`
  let policy

  await journey('内容管理: the operator edits a policy with an attachment, publishes news and puts a banner first', operator, [
    [
      'the operator logs in (password + TOTP); the workbench offers 政策管理, 资讯管理 and 轮播图管理',
      async () => {
        await loginStaff(operator, baseUrl, 'operator')
        for (const testId of ['open-policy-console', 'open-news-console', 'open-banner-console']) await operator.locator(`[data-testid=${testId}]`).waitFor()
        await shot(operator, 'content-console-workbench')
      },
    ],
    [
      '政策管理: 编辑 loads a published policy; a new title and an uploaded PDF are saved',
      async () => {
        const published = await graphql(baseUrl, '{ policies(first: 1) { edges { node { id title } } } }')
        const original = published.policies.edges[0].node
        policy = { id: original.id, title: `${original.title.replace(/（修订.*）$/, '')}（修订${stamp}）` }
        await openConsole(operator, baseUrl, 'open-policy-console')
        const row = operator.locator('[data-testid=managed-policy]', { hasText: original.title }).first()
        await row.getByText('已发布').waitFor()
        await row.locator('[data-testid=edit-policy]').click()
        await operator.locator('[data-testid=policy-editor] .content__title', { hasText: '编辑政策' }).waitFor()
        const loaded = await operator.locator('[data-testid=field-title] input, input[data-testid=field-title]').first().inputValue()
        expectThat(loaded === original.title, `the editor loaded ${loaded}, not ${original.title}`)
        await fill(operator, 'field-title', policy.title)
        const items = operator.locator('[data-testid=attachment-item]')
        const before = await items.count()
        await upload(operator, 'upload-attachment', pdfFile('申报指南（2026年版）.pdf'))
        await items.nth(before).filter({ hasText: '申报指南（2026年版）.pdf' }).waitFor()
        await shot(operator, 'content-console-policy-edit')
        await operator.locator('[data-testid=save-policy]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已保存修改' }).waitFor()
        const saved = operator.locator('[data-testid=managed-policy]', { hasText: policy.title })
        await saved.getByText(`附件 ${before + 1} 个`).waitFor()
        await saved.getByText('已发布').waitFor()
      },
    ],
    [
      '政策管理: a save over another operator\'s change is refused with 该内容已被他人修改; 刷新 loads their version, which then saves',
      async () => {
        const otherSummary = `另一位运营人员修改的摘要（旅程${stamp}）`
        await operator.locator('[data-testid=managed-policy]', { hasText: policy.title }).locator('[data-testid=edit-policy]').click()
        await operator.locator('[data-testid=policy-editor] .content__title', { hasText: policy.title }).waitFor()
        await editPolicyElsewhere(baseUrl, await sessionToken(operator), policy.id, otherSummary)
        await fill(operator, 'field-summary', '基于旧内容的修改，不应覆盖他人的修改')
        await operator.locator('[data-testid=save-policy]').click()
        await operator.locator('[data-testid=form-problem]', { hasText: '该内容已被他人修改，请刷新后重试' }).waitFor()
        await shot(operator, 'content-console-policy-conflict')
        await operator.locator('[data-testid=form-problem-action]', { hasText: '刷新' }).click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已载入最新内容' }).waitFor()
        const summary = () => operator.locator('[data-testid=field-summary] input, input[data-testid=field-summary]').first().inputValue()
        await waitUntil(async () => (await summary()) === otherSummary, '刷新 did not load the other operator\'s summary')
        expectThat((await operator.locator('[data-testid=form-problem]').count()) === 0, 'the conflict is still shown after 刷新')
        await operator.locator('[data-testid=save-policy]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已保存修改' }).waitFor()
        const { managedPolicy: stored } = await graphql(baseUrl, STORED_POLICY, { id: policy.id }, await sessionToken(operator))
        expectThat(stored.summary === otherSummary && stored.title === policy.title, `stored ${stored.title} / ${stored.summary}`)
      },
    ],
    [
      '政策管理: withdrawing and republishing the policy open in the editor does not refuse the operator\'s own save',
      async () => {
        const ownSummary = `撤回期间补充的摘要（旅程${stamp}）`
        const row = operator.locator('[data-testid=managed-policy]', { hasText: policy.title })
        await row.locator('[data-testid=edit-policy]').click()
        await operator.locator('[data-testid=policy-editor] .content__title', { hasText: policy.title }).waitFor()
        await row.locator('[data-testid=withdraw-policy]').click()
        await confirmModal(operator, '确定')
        await operator.locator('[data-testid=console-notice]', { hasText: '已撤回' }).waitFor()
        await row.getByText('已撤回').waitFor()
        await fill(operator, 'field-summary', ownSummary)
        await operator.locator('[data-testid=save-policy]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已保存修改' }).waitFor()
        expectThat((await operator.locator('[data-testid=form-problem]').count()) === 0, 'the operator\'s own save was refused')
        await row.locator('[data-testid=publish-policy]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已发布' }).waitFor()
        await row.getByText('已发布').waitFor()
        const { managedPolicy: stored } = await graphql(baseUrl, STORED_POLICY, { id: policy.id }, await sessionToken(operator))
        expectThat(stored.summary === ownSummary, `stored summary ${stored.summary}`)
      },
    ],
  ])

  await journey('内容管理: the public policy detail shows the new title and the attachment downloads', visitor, [
    [
      'the policy detail shows the edited title and the attachment, whose link answers 200 with the PDF',
      async () => {
        await visitor.goto(`${baseUrl}/packages/content/policy-detail/index?id=${policy.id}`)
        await visitor.locator('[data-testid=policy-detail] .content__title', { hasText: policy.title }).waitFor()
        const link = visitor.locator('[data-testid=attachment-link]', { hasText: '申报指南（2026年版）.pdf' }).last()
        await link.waitFor()
        await link.scrollIntoViewIfNeeded()
        await shot(visitor, 'content-console-policy-detail')
        const url = await link.getAttribute('data-url')
        const response = await visitor.request.get(`${baseUrl}${url}`)
        expectThat(response.status() === 200, `download answered ${response.status()}`)
        expectThat(response.headers()['content-type'] === 'application/pdf', `content-type ${response.headers()['content-type']}`)
        const disposition = response.headers()['content-disposition'] ?? ''
        expectThat(disposition.includes(`filename*=UTF-8''${encodeURIComponent('申报指南（2026年版）.pdf')}`), `content-disposition ${disposition}`)
        expectThat((await response.body()).subarray(0, 5).toString('latin1') === '%PDF-', 'the download is not the PDF')
      },
    ],
  ])

  await journey('内容管理: a news item created and published in 资讯管理 shows in 新闻动态', operator, [
    [
      '资讯管理: the operator creates a news item and publishes it',
      async () => {
        await openConsole(operator, baseUrl, 'open-news-console')
        await operator.locator('[data-testid=news-editor]').waitFor()
        await fill(operator, 'news-title', newsTitle)
        await fill(operator, 'news-summary', '市地方金融管理局组织 12 家银行走进经开区，现场对接融资需求 36 项。')
        await fill(operator, 'news-bodyHtml', '<p>本次对接会现场签约 8 项，金额 2.6 亿元。</p>')
        await operator.locator('[data-testid=save-news]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已保存为草稿' }).waitFor()
        const row = operator.locator('[data-testid=managed-news]', { hasText: newsTitle })
        await row.getByText('草稿').waitFor()
        await row.locator('[data-testid=publish-news]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已发布' }).waitFor()
        await row.getByText('已发布').waitFor()
        await shot(operator, 'content-console-news')
      },
    ],
  ])

  await journey('内容管理: 新闻动态 lists the published news', visitor, [
    [
      '新闻动态 shows the new item and its detail opens',
      async () => {
        await visitor.goto(`${baseUrl}/packages/content/news/index`)
        const item = visitor.getByText(newsTitle).first()
        await item.waitFor()
        await shot(visitor, 'content-console-news-list')
        await item.click()
        await visitor.getByText('本次对接会现场签约 8 项，金额 2.6 亿元。').waitFor()
      },
    ],
  ])

  await journey('内容管理: a new banner with an uploaded image, moved first, leads the home carousel', operator, [
    [
      '轮播图管理: the operator uploads an image, saves the banner and moves it to the top',
      async () => {
        await openConsole(operator, baseUrl, 'open-banner-console')
        await operator.locator('[data-testid=banner-editor]').waitFor()
        await fill(operator, 'banner-title', bannerTitle)
        await fill(operator, 'banner-subtitle', '普惠贷款利率优惠，线上申请最快当天放款')
        await upload(operator, 'upload-banner-image', bannerPng())
        await waitUntil(async () => (await operator.locator('[data-testid=banner-imageUrl] input, input[data-testid=banner-imageUrl]').first().inputValue()).startsWith('/api/files/'), 'the uploaded image path was not filled in')
        await operator.locator('[data-testid=banner-editor] .nut-button', { hasText: '金融超市' }).click()
        await shot(operator, 'content-console-banner-edit')
        await operator.locator('[data-testid=save-banner]').click()
        await operator.locator('[data-testid=console-notice]', { hasText: '已新建轮播图' }).waitFor()
        const titles = () => operator.locator('[data-testid=managed-banner] .content__title').allTextContents()
        await waitUntil(async () => (await titles()).some((text) => text.includes(bannerTitle)), 'the new banner is not listed')
        for (let moves = 0; moves < 10; moves += 1) {
          const current = await titles()
          if (current[0].includes(bannerTitle)) break
          await operator.locator('[data-testid=managed-banner]', { hasText: bannerTitle }).locator('[data-testid=banner-up]').click()
          await waitUntil(async () => JSON.stringify(await titles()) !== JSON.stringify(current), 'the order did not change')
        }
        expectThat((await titles())[0].includes(bannerTitle), `the banner is not first: ${await titles()}`)
        const thumb = await operator.locator('[data-testid=managed-banner]').first().locator('img').first().evaluate((img) => img.complete && img.naturalWidth > 0)
        expectThat(thumb, 'the preview image did not load')
        await shot(operator, 'content-console-banners')
      },
    ],
  ])

  await journey('内容管理: the home carousel starts with the new banner', visitor, [
    [
      '首页 shows the new banner first, with its uploaded image',
      async () => {
        await visitor.goto(`${baseUrl}/pages/index/index`)
        await visitor.locator('.home .banners__title').first().waitFor()
        const first = await visitor.locator('.home .banners__title').first().textContent()
        expectThat(first === bannerTitle, `the first banner is ${first}`)
        const image = await visitor.locator('.home .banners__image img').first().evaluate((img) => ({ ok: img.complete && img.naturalWidth > 0, src: img.src }))
        await waitUntil(async () => visitor.locator('.home .banners__image img').first().evaluate((img) => img.complete && img.naturalWidth > 0), `banner image ${image.src} did not load`)
        expectThat(image.src.includes('/api/files/'), `the banner shows ${image.src}`)
        await shot(visitor, 'content-console-home-banner')
      },
    ],
  ])

  await journey('内容管理: the consoles fit a phone screen', operator, [
    [
      'at 390 px wide 轮播图管理 and 政策管理 scroll vertically only',
      async () => {
        await operator.setViewportSize({ width: 390, height: 844 })
        for (const [testId, name] of [['open-banner-console', 'content-console-banners-phone'], ['open-policy-console', 'content-console-policies-phone']]) {
          await openConsole(operator, baseUrl, testId)
          await operator.locator('[data-testid=managed-banner], [data-testid=managed-policy]').first().waitFor()
          const overflow = await operator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expectThat(overflow <= 0, `${name} is ${overflow}px wider than the screen`)
          await shot(operator, name)
        }
        await operator.setViewportSize(DESKTOP.viewport)
        await openConsole(operator, baseUrl, 'open-banner-console')
        await operator.locator('[data-testid=managed-banner]', { hasText: bannerTitle }).waitFor()
      },
    ],
  ])

  await journey('内容管理: deleting the banner asks first and removes it from the home page', operator, [
    [
      'the operator deletes the journey banner after confirming',
      async () => {
        const row = operator.locator('[data-testid=managed-banner]', { hasText: bannerTitle })
        await row.locator('[data-testid=delete-banner]').click()
        await confirmModal(operator, '删除')
        await operator.locator('[data-testid=console-notice]', { hasText: '已删除' }).waitFor()
        await waitUntil(async () => (await operator.locator('[data-testid=managed-banner]', { hasText: bannerTitle }).count()) === 0, 'the banner is still listed')
        const home = await graphql(baseUrl, '{ homeBanners { title } }')
        expectThat(!home.homeBanners.some((banner) => banner.title === bannerTitle), 'the banner is still on the home page')
      },
    ],
  ])
  await desktop.close()
  await phone.close()
}
