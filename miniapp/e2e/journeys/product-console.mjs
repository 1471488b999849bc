// 产品管理 and 产品审核 on the PC shell: an institution's product manager creates a product (an inverted amount range
// is refused under the field first) and submits it; the operator approves it from the queue; it is found by keyword
// in 金融超市; a change to it shows the operator a field-by-field comparison and goes live on approval; a second
// product is rejected with a reason the product manager then reads in the list.
import { expectThat, screenshot } from '../harness.mjs'
import { loginStaff } from '../staff-session.mjs'

const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }

async function shot(page, name) {
  await page.waitForTimeout(500)
  await screenshot(page, name)
}

function field(page, name) {
  return page.locator(`.product-console .form-field--${name}`)
}

async function fillProduct(page, product) {
  await field(page, 'name').locator('input').fill(product.name)
  await field(page, 'summary').locator('input').fill(product.summary)
  await field(page, 'minAmountFen').locator('input').fill(product.minWan)
  await field(page, 'maxAmountFen').locator('input').fill(product.maxWan)
  await field(page, 'minTermMonths').locator('input').fill('6')
  await field(page, 'maxTermMonths').locator('input').fill('36')
  await field(page, 'minRateBp').locator('input').fill('3.45')
  await field(page, 'maxRateBp').locator('input').fill('6.5')
  for (const chip of ['guarantee-CREDIT', 'repayment-EQUAL_INSTALLMENT', 'repayment-INTEREST_FIRST', 'region-341200', 'scale-SMALL', 'scale-MICRO', 'industry-C']) {
    await page.locator(`[data-testid=${chip}]`).click()
  }
  await field(page, 'description').locator('textarea').fill('纯信用、线上申请，最快当天放款。按月付息，到期还本。')
}

async function openConsoleItem(page, name) {
  const item = page.locator('[data-testid=managed-product]', { hasText: name })
  await item.waitFor()
  return item
}

async function openReview(page, name) {
  await page.locator('[data-testid=review-item]', { hasText: name }).first().click()
  await page.locator('[data-testid=review-detail]', { hasText: name }).waitFor()
}

async function searchMarket(page, baseUrl, keyword) {
  await page.goto(`${baseUrl}/pages/market/index`)
  const search = page.locator('.market .nut-searchbar input')
  await search.waitFor()
  await search.fill(keyword)
  return page.locator('.market .product-card', { hasText: keyword })
}

export async function productConsoleJourney({ browser, baseUrl, journey }) {
  const managerContext = await browser.newContext(DESKTOP)
  const manager = await managerContext.newPage()
  const operatorContext = await browser.newContext(DESKTOP)
  const operator = await operatorContext.newPage()
  const stamp = String(Date.now() % 1_000_000).padStart(6, '0')
  const name = `淮北萤火科创贷${stamp}`
  const rejectedName = `待驳回测试贷${stamp}`
  const reason = '利率说明不完整，请补充计息方式'

  await journey('desktop 1366×900: 产品管理 → 产品审核 → 金融超市, with a change and a rejection', manager, [
    [
      'the product manager of 颍淮农商银行 opens 产品管理 from the workbench',
      async () => {
        await loginStaff(manager, baseUrl, 'yinghuai-product')
        await manager.locator('[data-testid=open-product-console]').click()
        await manager.locator('.product-console .pc-title', { hasText: '产品管理' }).waitFor()
        await manager.locator('[data-testid=managed-product], .product-console .state-view__title').first().waitFor()
        await shot(manager, 'product-console-list')
      },
    ],
    [
      '新建产品: an inverted amount range is refused under 最高额度 before anything is sent',
      async () => {
        await manager.locator('[data-testid=new-product]').click()
        await manager.locator('[data-testid=product-form]').waitFor()
        await fillProduct(manager, { name, summary: '面向科技型小微企业的纯信用贷款', minWan: '500', maxWan: '100' })
        await manager.locator('[data-testid=save-submit]').click()
        await field(manager, 'maxAmountFen').locator('.form-field__error', { hasText: '最高额度不能低于最低额度' }).waitFor()
        await manager.locator('[data-testid=form-problem]').waitFor()
        // The editor scrolls the first invalid field into view by itself.
        await manager.waitForTimeout(600)
        const box = await field(manager, 'maxAmountFen').boundingBox()
        expectThat(box !== null && box.y >= 0 && box.y + box.height <= 900, `最高额度 is not in view: ${JSON.stringify(box)}`)
        await shot(manager, 'product-console-editor-error')
      },
    ],
    [
      'with the range fixed it is saved and submitted; the editor shows 待审核 and the submission in 审核记录',
      async () => {
        await field(manager, 'minAmountFen').locator('input').fill('100')
        await field(manager, 'maxAmountFen').locator('input').fill('300')
        await manager.locator('[data-testid=save-submit]').click()
        await manager.locator('[data-testid=editor-notice]', { hasText: '已提交平台审核' }).waitFor()
        await manager.locator('[data-testid=locked-banner]', { hasText: '等待平台审核' }).waitFor()
        await manager.locator('[data-testid=history-item]', { hasText: '待审核' }).waitFor()
        await manager.locator('.product-console .pc-title [data-testid=product-status]', { hasText: '待审核' }).waitFor()
        await shot(manager, 'product-console-submitted')
      },
    ],
    [
      'the operator logs in with password and TOTP, opens 产品审核 and sees the new product with every field',
      async () => {
        await loginStaff(operator, baseUrl, 'operator')
        await operator.locator('[data-testid=open-product-review]').click()
        await operator.locator('.product-console .pc-title', { hasText: '产品审核' }).waitFor()
        await openReview(operator, name)
        const sheet = operator.locator('[data-testid=proposed-sheet]')
        await sheet.getByText('100万元 – 300万元').waitFor()
        await sheet.getByText('3.45% – 6.50%').waitFor()
        await sheet.getByText('微型、小型企业').waitFor()
        await shot(operator, 'product-review-new')
      },
    ],
    [
      '审核通过 publishes it and the queue no longer holds it',
      async () => {
        await operator.locator('[data-testid=approve-review]').click()
        await operator.locator('[data-testid=review-notice]', { hasText: '产品已在金融超市上架' }).waitFor()
        await operator.waitForTimeout(500)
        expectThat((await operator.locator('[data-testid=review-item]', { hasText: name }).count()) === 0, 'the approved product is still in the queue')
      },
    ],
    [
      '金融超市 finds the product by keyword',
      async () => {
        const card = await searchMarket(manager, baseUrl, name)
        await card.first().waitFor()
        await shot(manager, 'product-console-market-found')
      },
    ],
    [
      '提交变更 on the published product: the editor says the published version stays until approval; the list marks 变更审核中',
      async () => {
        await manager.goto(`${baseUrl}/packages/product-console/products/index`)
        const item = await openConsoleItem(manager, name)
        await item.locator('[data-testid=action-change]').click()
        await manager.locator('[data-testid=change-banner]', { hasText: '审核期间金融超市仍展示当前版本' }).waitFor()
        await field(manager, 'maxAmountFen').locator('input').fill('500')
        await field(manager, 'maxRateBp').locator('input').fill('5.8')
        await manager.locator('[data-testid=propose-change]').click()
        await manager.locator('[data-testid=editor-notice]', { hasText: '变更已提交审核' }).waitFor()
        await manager.locator('[data-testid=locked-banner]', { hasText: '变更正在审核' }).waitFor()
        await manager.goto(`${baseUrl}/packages/product-console/products/index`)
        const updated = await openConsoleItem(manager, name)
        await updated.locator('[data-testid=review-marker]', { hasText: '变更审核中' }).waitFor()
        await updated.getByText('100万元 – 300万元', { exact: false }).waitFor()
      },
    ],
    [
      'the operator sees the change beside the published version with exactly the changed fields highlighted, and approves',
      async () => {
        await operator.reload()
        await openReview(operator, name)
        const comparison = operator.locator('[data-testid=comparison]')
        await comparison.waitFor()
        const changed = await comparison.locator('[data-testid=changed-row] .pc-compare__label').allTextContents()
        expectThat(JSON.stringify(changed) === JSON.stringify(['贷款额度', '年利率']), `highlighted rows: ${changed}`)
        await comparison.locator('[data-testid=changed-row]', { hasText: '100万元 – 500万元' }).waitFor()
        await shot(operator, 'product-review-comparison')
        await operator.locator('[data-testid=approve-review]').click()
        await operator.locator('[data-testid=review-notice]', { hasText: '金融超市已展示新版本' }).waitFor()
      },
    ],
    [
      '金融超市 shows the changed amount',
      async () => {
        const card = await searchMarket(manager, baseUrl, name)
        await card.first().waitFor()
        const text = await card.first().textContent()
        expectThat(text.includes('500万'), `the card does not show the new maximum: ${text}`)
      },
    ],
    [
      'a second product is submitted; the operator must give a reason to reject it',
      async () => {
        await manager.goto(`${baseUrl}/packages/product-console/edit/index`)
        await manager.locator('[data-testid=product-form]').waitFor()
        await fillProduct(manager, { name: rejectedName, summary: '用于驳回路径的测试产品', minWan: '10', maxWan: '50' })
        await manager.locator('[data-testid=save-submit]').click()
        await manager.locator('[data-testid=editor-notice]', { hasText: '已提交平台审核' }).waitFor()
        await operator.reload()
        await openReview(operator, rejectedName)
        await operator.locator('[data-testid=reject-review]').click()
        await operator.locator('.form-field--reason .form-field__error', { hasText: '请填写驳回原因' }).waitFor()
        await shot(operator, 'product-review-reason-required')
        await operator.locator('.form-field--reason textarea').fill(reason)
        await operator.locator('[data-testid=reject-review]').click()
        await operator.locator('[data-testid=review-notice]', { hasText: '已驳回' }).waitFor()
      },
    ],
    [
      'the product manager sees 已驳回 with the reason in the list and in 审核记录, and can edit and resubmit',
      async () => {
        await manager.goto(`${baseUrl}/packages/product-console/products/index`)
        const item = await openConsoleItem(manager, rejectedName)
        await item.locator('[data-testid=product-status]', { hasText: '已驳回' }).waitFor()
        await item.locator('[data-testid=review-marker]', { hasText: `驳回原因：${reason}` }).waitFor()
        await item.locator('[data-testid=action-edit]').waitFor()
        await shot(manager, 'product-console-rejected')
        await item.locator('[data-testid=action-edit]').click()
        await manager.locator('[data-testid=history-item]', { hasText: reason }).waitFor()
        await manager.locator('[data-testid=rejection-banner]', { hasText: reason }).waitFor()
        await manager.locator('[data-testid=save-submit]', { hasText: '重新提交审核' }).waitFor()
        await shot(manager, 'product-console-editor-rejected')
      },
    ],
    [
      'a change under review when the product is retired: 下架 asks for confirmation and the product leaves 金融超市 at once',
      async () => {
        await manager.goto(`${baseUrl}/packages/product-console/products/index`)
        await (await openConsoleItem(manager, name)).locator('[data-testid=action-change]').click()
        await field(manager, 'maxRateBp').locator('input').fill('5.5')
        await manager.locator('[data-testid=propose-change]').click()
        await manager.locator('[data-testid=editor-notice]', { hasText: '变更已提交审核' }).waitFor()
        await operator.reload()
        await openReview(operator, name)
        await operator.locator('[data-testid=comparison]').waitFor()

        await manager.goto(`${baseUrl}/packages/product-console/products/index`)
        const item = await openConsoleItem(manager, name)
        await item.locator('[data-testid=action-retire]').click()
        await manager.locator('.taro-modal__content', { hasText: '将立即从金融超市移除' }).waitFor()
        await shot(manager, 'product-console-retire-confirm')
        await manager.locator('.taro-model__confirm').click()
        await manager.locator('[data-testid=console-notice]', { hasText: '已下架' }).waitFor()
        await item.locator('[data-testid=product-status]', { hasText: '已下架' }).waitFor()
        await item.locator('[data-testid=review-marker]', { hasText: '已撤销' }).waitFor()
        await searchMarket(manager, baseUrl, name)
        await manager.locator('.market .state-view__title', { hasText: '暂无符合条件的产品' }).waitFor()
        expectThat((await manager.locator('.market .product-card', { hasText: name }).count()) === 0, 'the retired product is still in 金融超市')
      },
    ],
    [
      'the operator, still looking at that change, is told it was cancelled and the queue is refreshed',
      async () => {
        await operator.locator('[data-testid=approve-review]').click()
        await operator.locator('[data-testid=review-notice]', { hasText: '该变更已因产品下架而撤销，无需审核。待审核列表已刷新。' }).waitFor()
        await operator.waitForTimeout(500)
        expectThat((await operator.locator('[data-testid=review-item]', { hasText: name }).count()) === 0, 'the cancelled change is still in the queue')
        await shot(operator, 'product-review-conflict')
      },
    ],
    [
      'on a phone the product list and the editor stack in one column',
      async () => {
        const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
        try {
          const page = await phone.newPage()
          await loginStaff(page, baseUrl, 'yinghuai-product')
          await page.goto(`${baseUrl}/packages/product-console/products/index`)
          await (await openConsoleItem(page, rejectedName)).waitFor()
          await shot(page, 'product-console-phone-list')
          await page.goto(`${baseUrl}/packages/product-console/edit/index`)
          await page.locator('[data-testid=product-form]').waitFor()
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          expectThat(width <= 390, `the editor is ${width} px wide on a 390 px phone`)
          await shot(page, 'product-console-phone-editor')
        } finally {
          await phone.close()
        }
      },
    ],
  ])
  await managerContext.close()
  await operatorContext.close()
}
