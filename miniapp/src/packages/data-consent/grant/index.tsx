import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import {
  CONSENT_GRANTEE_KIND_LABELS,
  CONSENT_PURPOSE_LABELS,
  ConsentGranteeKind,
  DATA_SOURCE_CONTENTS,
  DATA_SOURCE_LABELS,
  DATA_SOURCES,
  PLATFORM_DISPLAY_NAME,
} from '@rongtong/shared'
import { apiClient, ApiError, useQuery } from '@/api'
import { FormField } from '@/components/form-field/form-field'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { formatBeijingDate } from '@/utils/beijing-time'
import { newIdempotencyKey } from '@/utils/request-id'
import { ROUTES } from '@/utils/routes'
import { ChoiceItem, choiceGroup } from '../choice-item'
import { Rows } from '../consent-card'
import { purposePermissions, toggle, type PurposePermission } from '../consent-model'
import { AgentConsentPurposesQuery, ConsentAgreementQuery, GrantDataConsentMutation } from '../data-consent.graphql'
import { EnterpriseGate, type ActingFor } from '../enterprise-gate'
import { goBackOr, leaveNotice } from '../flash'
import {
  choosePurpose,
  durationChoices,
  expiryOf,
  formFromParams,
  grantedNotice,
  grantFailure,
  grantInput,
  granteeKindsFor,
  grantSummary,
  PURPOSE_DESCRIPTIONS,
  validateGrantForm,
  type GrantErrors,
  type GrantForm,
  type ValidGrant,
} from '../grant-form'
import { InstitutionPicker } from '../institution-picker'
import '../data-consent.scss'

interface FormProps {
  form: GrantForm
  errors: GrantErrors
  permissions: readonly PurposePermission[]
  update(next: GrantForm): void
}

function PurposeField({ form, errors, permissions, update }: FormProps) {
  return (
    <FormField name='purpose' label='授权用途' error={errors.purpose}>
      <View className='dc-choices' {...choiceGroup('授权用途')}>
        {permissions.map((permission) => (
          <ChoiceItem
            key={permission.purpose}
            kind='radio'
            checked={form.purpose === permission.purpose}
            disabled={!permission.allowed}
            title={CONSENT_PURPOSE_LABELS[permission.purpose]}
            description={PURPOSE_DESCRIPTIONS[permission.purpose]}
            note={permission.reason}
            testId={`purpose-${permission.purpose}`}
            onChange={() => update(choosePurpose(form, permission.purpose))}
          />
        ))}
      </View>
    </FormField>
  )
}

function GranteeField({ form, errors, update }: Omit<FormProps, 'permissions'>) {
  const kinds = granteeKindsFor(form.purpose)
  const platformOnly = !kinds.includes(ConsentGranteeKind.INSTITUTION)
  return (
    <FormField name='grantee' label='数据接收方' error={errors.grantee}>
      <View className='dc-choices' {...choiceGroup('数据接收方')}>
        <ChoiceItem
          kind='radio'
          checked={form.granteeKind === ConsentGranteeKind.PLATFORM}
          title={PLATFORM_DISPLAY_NAME}
          description='由平台调取并使用，不提供给任何金融机构'
          testId='grantee-PLATFORM'
          onChange={() => update({ ...form, granteeKind: ConsentGranteeKind.PLATFORM, institution: null })}
        />
        <ChoiceItem
          kind='radio'
          checked={form.granteeKind === ConsentGranteeKind.INSTITUTION}
          disabled={platformOnly}
          title={CONSENT_GRANTEE_KIND_LABELS[ConsentGranteeKind.INSTITUTION]}
          description='仅您选择的一家金融机构可以查看，用于所选用途'
          note={platformOnly && form.purpose ? `「${CONSENT_PURPOSE_LABELS[form.purpose]}」的数据只由平台使用` : null}
          testId='grantee-INSTITUTION'
          onChange={() => update({ ...form, granteeKind: ConsentGranteeKind.INSTITUTION })}
        />
      </View>
      {form.granteeKind === ConsentGranteeKind.INSTITUTION ? <InstitutionPicker value={form.institution} onChange={(institution) => update({ ...form, institution })} /> : null}
    </FormField>
  )
}

function SourcesField({ form, errors, update }: Omit<FormProps, 'permissions'>) {
  const all = form.sources.length === DATA_SOURCES.length
  return (
    <FormField name='sources' label={`授权的数据（已选 ${form.sources.length} 项）`} error={errors.sources}>
      <Text className='dc-link dc-link--block' data-testid='select-all-sources' onClick={() => update({ ...form, sources: all ? [] : [...DATA_SOURCES] })}>
        {all ? '全部取消' : '全选'}
      </Text>
      <View className='dc-choices' {...choiceGroup('授权的数据')}>
        {DATA_SOURCES.map((source) => (
          <ChoiceItem
            key={source}
            kind='checkbox'
            checked={form.sources.includes(source)}
            title={DATA_SOURCE_LABELS[source]}
            description={DATA_SOURCE_CONTENTS[source]}
            testId={`source-choice-${source}`}
            onChange={() => update({ ...form, sources: toggle(form.sources, source) })}
          />
        ))}
      </View>
    </FormField>
  )
}

function DurationField({ form, errors, update, now }: Omit<FormProps, 'permissions'> & { now: Date }) {
  return (
    <FormField
      name='months'
      label='授权期限'
      error={errors.months}
      hint={`到期时间：${formatBeijingDate(expiryOf(form, now).toISOString())}。到期后自动失效，也可随时撤销。`}
    >
      <View className='dc-durations' {...choiceGroup('授权期限')}>
        {durationChoices(form.purpose).map((months) => (
          <ChoiceItem key={months} kind='radio' checked={form.months === months} title={`${months} 个月`} testId={`months-${months}`} onChange={() => update({ ...form, months })} />
        ))}
      </View>
    </FormField>
  )
}

/** The full agreement for the chosen purpose, what is being granted, and 同意并授权 under the text. */
function AgreementStep({ grant, onBack }: { grant: ValidGrant; onBack(): void }) {
  const agreement = useQuery(ConsentAgreementQuery, { purpose: grant.purpose }, { client: apiClient })
  const idempotencyKey = useMemo(() => newIdempotencyKey(), [])
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const now = new Date()
  const shown = agreement.data?.consentAgreement

  async function agree() {
    if (!shown) return
    setBusy(true)
    setFailure(null)
    try {
      await apiClient.execute(GrantDataConsentMutation, { input: grantInput(grant, { version: shown.version, text: shown.text }, idempotencyKey, new Date()) })
      leaveNotice(grantedNotice(grant))
      goBackOr(ROUTES.dataConsents)
    } catch (error) {
      const failed = error instanceof ApiError ? grantFailure(error) : { text: '授权失败，请稍后重试', reloadAgreement: false }
      setFailure(failed.text)
      if (failed.reloadAgreement) void agreement.refetch()
      setBusy(false)
    }
  }

  return (
    <View className='dc-page dc-page--narrow dc-agreement' data-testid='agreement-step'>
      <View className='dc-header'>
        <Text className='dc-header__title'>确认授权</Text>
        <Text className='dc-header__subtitle'>请完整阅读下方授权协议。点击「同意并授权」即表示您同意按以下内容授权。</Text>
      </View>
      <View className='dc-section'>
        <Text className='dc-section__title'>本次授权</Text>
        <Rows rows={grantSummary(grant, now)} testId='grant-summary' />
      </View>
      {agreement.error ? <ErrorState error={agreement.error} onRetry={() => void agreement.refetch()} /> : null}
      {agreement.loading && !shown ? <StateView icon='building' title='正在加载授权协议…' /> : null}
      {shown ? (
        <View className='dc-section' data-testid='agreement'>
          <Text className='dc-agreement__title'>{shown.title}</Text>
          <Text className='dc-agreement__version' data-testid='agreement-version'>
            协议版本：{shown.version} · 发布日期：{formatBeijingDate(shown.publishedAt)}
          </Text>
          <Text className='dc-agreement__text' data-testid='agreement-text' userSelect>
            {shown.text}
          </Text>
        </View>
      ) : null}
      {failure ? (
        <Text className='dc-notice dc-notice--danger' data-testid='grant-error'>
          {failure}
        </Text>
      ) : null}
      <View className='dc-actions'>
        <Button type='primary' block loading={busy} disabled={!shown || busy} data-testid='agree-and-grant' onClick={() => void agree()}>
          同意并授权
        </Button>
        <Button block disabled={busy} onClick={onBack}>
          返回修改
        </Button>
      </View>
    </View>
  )
}

function GrantFlow({ acting }: { acting: ActingFor }) {
  const params = useRouter().params
  const [form, setForm] = useState<GrantForm>(() => formFromParams(params))
  const [errors, setErrors] = useState<GrantErrors>({})
  const [grant, setGrant] = useState<ValidGrant | null>(null)
  const agentPurposes = useQuery(AgentConsentPurposesQuery, {}, { client: apiClient })
  const now = new Date()

  if (agentPurposes.error) return <ErrorState error={agentPurposes.error} onRetry={() => void agentPurposes.refetch()} />
  if (!agentPurposes.data) return <StateView icon='building' title='正在加载…' />
  const permissions = purposePermissions(acting.relation, agentPurposes.data.agentConsentPurposes)
  if (grant) return <AgreementStep grant={grant} onBack={() => setGrant(null)} />

  const update = (next: GrantForm) => {
    setForm(next)
    if (Object.keys(errors).length > 0) {
      const result = validateGrantForm(next, permissions)
      setErrors(result.ok ? {} : result.errors)
    }
  }
  const next = () => {
    const result = validateGrantForm(form, permissions)
    setErrors(result.ok ? {} : result.errors)
    if (result.ok) setGrant(result.grant)
  }
  const fieldProps = { form, errors, update }

  return (
    <View className='dc-page dc-page--narrow dc-grant' data-testid='grant-form'>
      <View className='dc-header'>
        <Text className='dc-header__title'>新增数据授权</Text>
        <Text className='dc-header__subtitle'>为{acting.enterprise.name}授权调取政务数据。请选择用途、数据接收方、数据项和期限，下一步阅读授权协议后确认。</Text>
      </View>
      <View className='dc-form'>
        <PurposeField {...fieldProps} permissions={permissions} />
        <GranteeField {...fieldProps} />
        <SourcesField {...fieldProps} />
        <DurationField {...fieldProps} now={now} />
      </View>
      <View className='dc-actions'>
        <Button type='primary' block data-testid='to-agreement' onClick={next}>
          下一步：阅读授权协议
        </Button>
      </View>
    </View>
  )
}

/** 新增授权: choose purpose, grantee, sources and length, read the full agreement, then 同意并授权. */
export default function GrantConsentPage() {
  return (
    <PageShell nav='mine' className='data-consent'>
      <EnterpriseGate what='数据授权'>{(acting) => <GrantFlow acting={acting} />}</EnterpriseGate>
    </PageShell>
  )
}
