// 数据授权 and 企业信息 (issue 12): an enterprise grants market registration and tax to the platform, reads the
// agreement first, 企业信息 fills in from the government data exchange, 政策推送 matches a policy by those tags,
// revoking stops the next refresh, and 数据使用记录 lists every fetch and the revocation. No database is written
// to: the register profile comes through the product's own consent and refresh.
import { createHash } from 'node:crypto'
import { CONSENT_PURPOSE_LABELS, ENTERPRISE_SCALE_LABELS, industryName } from '@rongtong/shared'
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { graphql, sessionToken } from '../graphql.mjs'
import { expectPolicyPushed, publishPolicyFor } from './policy-publish.mjs'

const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }

const PROFILE = `query { me { activeEnterprise { id name registerProfile { regionCode regionName industryCode industryName scale source fetchedAt } } } }`
const CONSENTS = `query($s: ConsentStatus) { myDataConsents(status: $s, first: 100) { totalCount edges { node { id reference status sources purpose granteeKind agreementVersion agreementSha256 } } } }`
const AGREEMENT = `query($p: ConsentPurpose!) { consentAgreement(purpose: $p) { version title text } }`
const RECORDS = `query { dataUseRecords(first: 100) { totalCount edges { node { kind source outcome consentReference partyName } } } }`

/** Lets the page transition finish before a screenshot. */
async function shot(page, name) {
  await page.waitForTimeout(500)
  await screenshot(page, name)
}

/**
 * 我的 → 登录 → the identity platform's 法人登录 as the first identity with `relationLabel` → back on 我的 with that
 * enterprise. Answers the enterprise's name.
 */
export async function loginEnterprise(page, baseUrl, relationLabel = '法定代表人') {
  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.locator('.mine .nut-button', { hasText: '登录' }).click()
  await page.waitForURL(/\/oidc\/authorize\?/)
  await page.locator('label[for=tab-enterprise]').click()
  const button = page.locator('.panel-enterprise button.identity', { has: page.locator('.role', { hasText: relationLabel }) }).first()
  const enterprise = await button.evaluate((node) => node.querySelectorAll('.meta')[1]?.textContent?.trim())
  await button.click()
  await page.waitForURL(/\/pages\/mine\/index/, { timeout: 20_000 })
  await page.locator('.mine .enterprise-card__title', { hasText: enterprise }).waitFor()
  return enterprise
}

/** Revokes, through the BFF, what an earlier run left active, so the journey starts from no consent. */
async function revokeLeftovers(baseUrl, token) {
  const { myDataConsents } = await graphql(baseUrl, CONSENTS, { s: 'ACTIVE' }, token)
  for (const { node } of myDataConsents.edges) {
    await graphql(baseUrl, 'mutation($id: ID!) { revokeDataConsent(id: $id) { id } }', { id: node.id }, token)
  }
}

async function openFromMine(page, baseUrl, entryTestId) {
  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.locator(`[data-testid=mine-entry-${entryTestId}]`).click()
}

/** On 新增授权: the purpose, the platform as the grantee and `sources`; then the agreement step. */
async function fillGrant(page, purpose, sources) {
  await page.locator(`[data-testid=purpose-${purpose}]`).click()
  await page.locator('[data-testid=grantee-PLATFORM]').click()
  for (const source of sources) await page.locator(`[data-testid=source-choice-${source}]`).click()
  await page.locator('[data-testid=to-agreement]').click()
  await page.locator('[data-testid=agreement-text]').waitFor()
}

/**
 * The product's own way to a register profile, for journeys that need one: 数据授权 → 新增授权 (政策匹配, market
 * registration and tax, the platform) → 同意并授权 → 企业信息 → 刷新. Answers the profile as the BFF reports it.
 */
export async function grantAndRefresh(page, baseUrl) {
  await openFromMine(page, baseUrl, 'consents')
  await page.locator('[data-testid=new-consent]').click()
  await fillGrant(page, 'POLICY_MATCHING', ['MARKET_REGISTRATION', 'TAX'])
  await page.locator('[data-testid=agree-and-grant]').click()
  await page.locator('[data-testid=consent-notice]', { hasText: '已授权融通平台' }).waitFor()
  await page.locator('[data-testid=open-enterprise-profile]').click()
  await page.locator('[data-testid=refresh-government-data]').first().click()
  await page.locator('[data-testid=refresh-report][data-tone=success]').waitFor({ timeout: 20_000 })
  await page.locator('[data-testid=register-profile]').waitFor()
  const { me } = await graphql(baseUrl, PROFILE, {}, await sessionToken(page))
  expectThat(me.activeEnterprise.registerProfile, 'the BFF reports no register profile after the refresh')
  return me.activeEnterprise.registerProfile
}

const rowValue = (page, label) =>
  page.locator('[data-testid=profile-rows] .dc-rows__row', { has: page.locator('.dc-rows__label', { hasText: label }) }).locator('.dc-rows__value').textContent()

export async function dataConsentJourney({ browser, baseUrl, journey }) {
  const phone = await browser.newContext(PHONE)
  const page = await phone.newPage()
  const desktop = await browser.newContext(DESKTOP)
  const operatorPage = await desktop.newPage()
  const title = `阜阳市数据授权企业贴息政策（旅程${Date.now() % 100000}）`
  let token
  let agreement
  let profile

  await journey('数据授权 on a 375-wide phone: grant market registration and tax to the platform, 企业信息, 政策推送 by its tags, revoke, refused refresh, 数据使用记录', page, [
    [
      'a visitor opening 数据授权 is asked to sign in as an enterprise',
      async () => {
        await page.goto(`${baseUrl}/packages/data-consent/consents/index`)
        await page.locator('#enterprise-sign-in', { hasText: '请先登录' }).waitFor()
        await page.locator('#enterprise-sign-in').getByText('法人登录').waitFor()
        await shot(page, 'data-consent-signed-out')
      },
    ],
    [
      'an enterprise legal representative logs in through the unified identity platform',
      async () => {
        await loginEnterprise(page, baseUrl)
        token = await sessionToken(page)
        await revokeLeftovers(baseUrl, token)
        await page.locator('[data-testid=mine-entry-consents]', { hasText: '数据授权' }).waitFor()
        await page.locator('[data-testid=mine-entry-enterprise]', { hasText: '企业信息' }).waitFor()
      },
    ],
    [
      '企业信息 without consent offers 去授权',
      async () => {
        await openFromMine(page, baseUrl, 'enterprise')
        await page.locator('#profile-missing', { hasText: '尚未获取企业登记信息' }).waitFor()
        await page.locator('[data-testid=grant-for-profile]').waitFor()
        await shot(page, 'data-consent-profile-missing')
      },
    ],
    [
      '数据授权 lists the seven sources in plain words, no active consent, and the agent setting',
      async () => {
        await openFromMine(page, baseUrl, 'consents')
        await page.locator('.dc-list__summary', { hasText: '共 0 项生效中的授权' }).waitFor()
        await page.getByText('暂无生效中的授权').waitFor()
        expectThat((await page.locator('[data-testid=source-overview] .dc-source').count()) === 7, 'not seven sources')
        await page.locator('[data-testid=source-TAX]', { hasText: '纳税信用等级' }).waitFor()
        await page.locator('[data-testid=source-TAX]', { hasText: '未授权' }).waitFor()
        await page.locator('[data-testid=agent-purpose-LOAN_APPLICATION][aria-checked=true]').waitFor()
        await shot(page, 'data-consent-empty')
      },
    ],
    [
      '新增授权 names what is missing, keeps policy matching for the platform and shows the expiry',
      async () => {
        await page.locator('[data-testid=new-consent]').click()
        await page.locator('[data-testid=to-agreement]').click()
        await page.locator('.form-field--purpose .form-field__error', { hasText: '请选择授权用途' }).waitFor()
        await page.locator('.form-field--sources .form-field__error', { hasText: '请至少选择一项要授权的数据' }).waitFor()
        await page.locator('[data-testid=purpose-POLICY_MATCHING]').click()
        await page.locator('[data-testid=grantee-INSTITUTION][aria-disabled=true]', { hasText: '数据只由平台使用' }).waitFor()
        await page.locator('[data-testid=source-choice-MARKET_REGISTRATION]').click()
        await page.locator('[data-testid=source-choice-TAX]').click()
        await page.locator('[data-testid=source-choice-TAX][aria-checked=true]').waitFor()
        await page.locator('.form-field--months .form-field__hint', { hasText: '到期时间：' }).waitFor()
        expectThat((await page.locator('.form-field__error').count()) === 0, 'errors remain after the choices')
        await shot(page, 'data-consent-grant-form')
      },
    ],
    [
      'the agreement is shown in full with its version before 同意并授权',
      async () => {
        ;({ consentAgreement: agreement } = await graphql(baseUrl, AGREEMENT, { p: 'POLICY_MATCHING' }))
        await page.locator('[data-testid=to-agreement]').click()
        await page.locator('[data-testid=agreement-version]', { hasText: `协议版本：${agreement.version}` }).waitFor()
        const shown = await page.locator('[data-testid=agreement-text]').innerText()
        expectThat(shown.trim() === agreement.text.trim(), 'the agreement on the screen is not the full published text')
        await page.locator('[data-testid=grant-summary]', { hasText: '市场主体登记信息、纳税信息' }).waitFor()
        await page.locator('[data-testid=grant-summary]', { hasText: CONSENT_PURPOSE_LABELS.POLICY_MATCHING }).waitFor()
        await shot(page, 'data-consent-agreement')
        await page.locator('[data-testid=agree-and-grant]').scrollIntoViewIfNeeded()
        await shot(page, 'data-consent-agreement-end')
      },
    ],
    [
      '同意并授权 records the consent with the hash of the text shown, active on 数据授权',
      async () => {
        await page.locator('[data-testid=agree-and-grant]').click()
        await page.locator('[data-testid=consent-notice]', { hasText: '已授权融通平台为「政策匹配」调取市场主体登记信息、纳税信息' }).waitFor()
        const card = page.locator('[data-testid=consent-item][data-status=ACTIVE]')
        await card.waitFor()
        expectThat((await card.count()) === 1, `${await card.count()} active consents shown`)
        await card.getByText('市场主体登记信息、纳税信息').waitFor()
        await card.getByText(agreement.version, { exact: true }).waitFor()
        await page.locator('[data-testid=source-MARKET_REGISTRATION]', { hasText: '已授权' }).waitFor()
        const { myDataConsents } = await graphql(baseUrl, CONSENTS, { s: 'ACTIVE' }, token)
        const [consent] = myDataConsents.edges.map((edge) => edge.node)
        const sha256 = createHash('sha256').update(agreement.text, 'utf8').digest('hex')
        expectThat(myDataConsents.totalCount === 1 && consent.granteeKind === 'PLATFORM', `consents: ${JSON.stringify(myDataConsents)}`)
        expectThat(consent.agreementSha256 === sha256 && consent.agreementVersion === agreement.version, 'the recorded agreement is not the one shown')
        await card.getByText(consent.reference).waitFor()
        await shot(page, 'data-consent-active')
      },
    ],
    [
      '企业信息 → 刷新 fills in the register profile: region, industry and scale, with its source and date',
      async () => {
        await page.locator('[data-testid=open-enterprise-profile]').click()
        await page.locator('[data-testid=refresh-government-data]').first().click()
        await page.locator('[data-testid=refresh-report][data-tone=success]', { hasText: '已刷新' }).waitFor({ timeout: 20_000 })
        await page.locator('[data-testid=refresh-report]', { hasText: '市场主体登记信息：已更新' }).waitFor()
        await page.locator('[data-testid=register-profile]').waitFor()
        ;({ me: { activeEnterprise: { registerProfile: profile } } } = await graphql(baseUrl, PROFILE, {}, token))
        expectThat(profile?.regionCode && profile.industryCode && profile.scale, `the profile lacks region, industry or scale: ${JSON.stringify(profile)}`)
        expectThat((await rowValue(page, '注册地区')) === profile.regionName, `注册地区 shows ${await rowValue(page, '注册地区')}`)
        expectThat((await rowValue(page, '所属行业')) === (profile.industryName ?? industryName(profile.industryCode)), `所属行业 shows ${await rowValue(page, '所属行业')}`)
        expectThat((await rowValue(page, '企业规模')) === `${ENTERPRISE_SCALE_LABELS[profile.scale]}企业`, `企业规模 shows ${await rowValue(page, '企业规模')}`)
        expectThat((await rowValue(page, '法定代表人')).includes('*'), 'the legal representative is not masked')
        await page.locator('[data-testid=profile-provenance]', { hasText: '来源：市场主体登记信息 · 更新于' }).waitFor()
        await shot(page, 'data-consent-enterprise-profile')
      },
    ],
    [
      'the operator publishes a policy for that industry and scale, and 政策推送 lists it with the match reason',
      async () => {
        await publishPolicyFor(operatorPage, baseUrl, { title, industryCode: profile.industryCode, scale: profile.scale })
        await expectPolicyPushed(page, baseUrl, { title, scale: profile.scale })
        await shot(page, 'data-consent-policy-push')
      },
    ],
    [
      '撤销授权 asks first, saying what stops at once, then moves the consent to 已撤销',
      async () => {
        await openFromMine(page, baseUrl, 'consents')
        await page.locator('[data-testid=consent-item][data-status=ACTIVE] [data-testid=revoke-consent]').click()
        const modal = page.locator('.taro__modal')
        await modal.getByText('立即生效').waitFor()
        await shot(page, 'data-consent-revoke-confirm')
        await modal.locator('.taro-model__btn', { hasText: '撤销授权' }).click()
        await page.locator('[data-testid=consent-notice]', { hasText: '已撤销对融通平台的授权' }).waitFor()
        await page.getByText('暂无生效中的授权').waitFor()
        await page.locator('[data-testid=source-TAX]', { hasText: '未授权' }).waitFor()
        await page.locator('[data-testid=consent-tab-REVOKED]').click()
        await page.locator('[data-testid=consent-item][data-status=REVOKED]').first().waitFor()
        await page.locator('[data-testid=consent-item][data-status=REVOKED]').first().getByText('撤销时间').waitFor()
        await shot(page, 'data-consent-revoked')
      },
    ],
    [
      '企业信息 no longer shows the profile, and the next refresh is refused',
      async () => {
        await page.locator('[data-testid=open-enterprise-profile]').click()
        await page.locator('#profile-missing').waitFor()
        await page.locator('[data-testid=refresh-government-data]').click()
        await page.locator('[data-testid=refresh-report][data-tone=danger], [data-testid=refresh-error]').first().waitFor({ timeout: 20_000 })
        expectThat((await page.locator('[data-testid=register-profile]').count()) === 0, 'the profile is still shown')
        await shot(page, 'data-consent-refresh-refused')
      },
    ],
    [
      '数据使用记录 lists the grant, each fetch and the revocation',
      async () => {
        await page.goto(`${baseUrl}/packages/data-consent/records/index`)
        const { dataUseRecords } = await graphql(baseUrl, RECORDS, {}, token)
        const { myDataConsents } = await graphql(baseUrl, CONSENTS, { s: 'REVOKED' }, token)
        const reference = myDataConsents.edges.map((edge) => edge.node).find((consent) => consent.purpose === 'POLICY_MATCHING')?.reference
        const mine = dataUseRecords.edges.map((edge) => edge.node).filter((record) => record.consentReference === reference)
        for (const [kind, source] of [['GRANT', null], ['FETCH', 'MARKET_REGISTRATION'], ['FETCH', 'TAX'], ['REVOKE', null]]) {
          expectThat(mine.some((record) => record.kind === kind && (record.source ?? null) === source), `no ${kind} ${source ?? ''} record for ${reference}`)
        }
        await page.locator('.dc-list__summary', { hasText: `共 ${dataUseRecords.totalCount} 条记录` }).waitFor()
        const shown = page.locator('[data-testid=data-use-item]', { hasText: reference })
        await shown.filter({ hasText: '撤销授权' }).first().waitFor()
        await shown.filter({ hasText: '调取数据 · 市场主体登记信息' }).first().waitFor()
        await shown.filter({ hasText: '调取数据 · 纳税信息' }).first().waitFor()
        await shown.filter({ hasText: '授权' }).first().waitFor()
        await waitUntil(async () => (await shown.count()) >= mine.length || (await page.locator('[data-testid=data-use-item]').count()) >= 20, 'the records are not all listed')
        await shot(page, 'data-consent-data-use')
      },
    ],
  ])

  const wideContext = await browser.newContext(DESKTOP)
  const wide = await wideContext.newPage()
  await journey('数据授权 in the PC shell (1280 wide): the list beside the sources and the agent setting', wide, [
    [
      'a legal representative sees 数据授权 in two columns',
      async () => {
        await loginEnterprise(wide, baseUrl)
        await wide.goto(`${baseUrl}/packages/data-consent/consents/index`)
        await wide.locator('[data-testid=source-overview]').waitFor()
        await wide.locator('[data-testid=consent-tab-REVOKED]').click()
        await wide.locator('[data-testid=consent-item][data-status=REVOKED]').first().waitFor()
        const [main, side] = await Promise.all([wide.locator('.dc-columns__main').boundingBox(), wide.locator('.dc-columns__side').boundingBox()])
        expectThat(main && side && side.x >= main.x + main.width, 'the sources are not beside the list')
        await shot(wide, 'data-consent-desktop')
      },
    ],
    [
      'a loan application consent for an institution picked by name shows that institution, and is revoked again',
      async () => {
        await wide.locator('[data-testid=new-consent]').click()
        await wide.locator('[data-testid=purpose-LOAN_APPLICATION]').click()
        await wide.locator('[data-testid=grantee-INSTITUTION]').click()
        await wide.locator('[data-testid=institution-picker] input').fill('银行')
        const choice = wide.locator('[data-testid=institution-choice]').first()
        await choice.waitFor()
        const institution = (await choice.locator('.choice-item__title').textContent()).trim()
        await choice.click()
        await wide.locator('.dc-picker__chosen', { hasText: institution }).waitFor()
        await wide.locator('[data-testid=source-choice-TAX]').click()
        await wide.locator('[data-testid=months-6]').click()
        await wide.locator('[data-testid=to-agreement]').click()
        await wide.locator('[data-testid=grant-summary]', { hasText: institution }).waitFor()
        await wide.locator('[data-testid=grant-summary]', { hasText: '6 个月' }).waitFor()
        await shot(wide, 'data-consent-desktop-agreement')
        await wide.locator('[data-testid=agree-and-grant]').click()
        await wide.locator('[data-testid=consent-notice]', { hasText: `已授权${institution}为「贷款申请」调取纳税信息` }).waitFor()
        const card = wide.locator('[data-testid=consent-item][data-status=ACTIVE]', { hasText: institution })
        await card.waitFor()
        await wide.locator('[data-testid=source-TAX]', { hasText: `${institution} · 贷款申请` }).waitFor()
        await card.locator('[data-testid=revoke-consent]').click()
        await wide.locator('.taro__modal').getByText(`${institution}不能再查看已获取的这些数据`).waitFor()
        await wide.locator('.taro__modal .taro-model__btn', { hasText: '撤销授权' }).click()
        await wide.locator('[data-testid=consent-notice]', { hasText: `已撤销对${institution}的授权` }).waitFor()
        await wide.locator('[data-testid=open-data-use]').click()
        await wide.locator('[data-testid=data-use-item]', { hasText: institution }).first().waitFor()
        await shot(wide, 'data-consent-desktop-data-use')
      },
    ],
  ])
  await wideContext.close()

  const agentContext = await browser.newContext(PHONE)
  const agentPage = await agentContext.newPage()
  await journey('数据授权 for an agent on a 375-wide phone: what the legal representative did not allow is shown with the reason', agentPage, [
    [
      'an agent logs in and opens 新增授权: policy matching and credit assessment are not available, and why',
      async () => {
        await loginEnterprise(agentPage, baseUrl, '经办人')
        await openFromMine(agentPage, baseUrl, 'consents')
        await agentPage.locator('[data-testid=agent-denied-POLICY_MATCHING]', { hasText: '法定代表人未允许经办人' }).waitFor()
        await agentPage.locator('[data-testid=new-consent]').click()
        await agentPage.locator('[data-testid=purpose-POLICY_MATCHING][aria-disabled=true]', { hasText: '法定代表人未允许经办人为「政策匹配」授权' }).waitFor()
        await agentPage.locator('[data-testid=purpose-CREDIT_ASSESSMENT][aria-disabled=true]').waitFor()
        await agentPage.locator('[data-testid=purpose-LOAN_APPLICATION][aria-disabled=false]').waitFor()
        await shot(agentPage, 'data-consent-agent')
      },
    ],
    [
      'the legal representative lets agents grant credit assessments too; the agent may then choose it; the setting is put back',
      async () => {
        const setAgentPurposes = async (tick) => {
          await openFromMine(page, baseUrl, 'consents')
          await page.locator(`[data-testid=agent-purpose-CREDIT_ASSESSMENT][aria-checked=${!tick}]`).click()
          await page.locator('[data-testid=save-agent-purposes]').click()
          await page.locator('[data-testid=agent-setting-notice]', { hasText: '已保存' }).waitFor()
        }
        await setAgentPurposes(true)
        await page.locator('[data-testid=agent-setting-notice]', { hasText: '「贷款申请」「信用评估」' }).waitFor()
        await shot(page, 'data-consent-agent-setting')
        await agentPage.reload()
        await agentPage.locator('[data-testid=purpose-CREDIT_ASSESSMENT][aria-disabled=false]').waitFor()
        await agentPage.locator('[data-testid=purpose-POLICY_MATCHING][aria-disabled=true]').waitFor()
        await setAgentPurposes(false)
        const { agentConsentPurposes } = await graphql(baseUrl, 'query { agentConsentPurposes }', {}, token)
        expectThat(agentConsentPurposes.join() === 'LOAN_APPLICATION', `agents may now grant ${agentConsentPurposes.join()}`)
      },
    ],
  ])
  await agentContext.close()
  await phone.close()
  await desktop.close()
}
