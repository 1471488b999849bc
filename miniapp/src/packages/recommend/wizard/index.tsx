import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useQuery } from '@/api/use-query'
import { RecommendProductsQuery } from '@/api/recommend.graphql'
import { ProductSkeletonList } from '@/components/product-skeleton/product-skeleton'
import { FormField } from '@/components/form-field/form-field'
import { Button, Input } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState } from '@/components/state-view/state-view'
import { RecommendationPreference } from '@/gql/graphql'
import { useViewport } from '@/hooks/use-viewport'
import {
  DEFAULT_FORM,
  parseRecommendForm,
  parseStepOne,
  PREFERENCE_LABELS,
  PREFERENCES,
  togglePreference,
  type RecommendErrors,
  type RecommendForm,
  type RecommendInput,
} from './recommend-model'
import { RecommendResults } from './recommend-results'
import './index.scss'

type Step = 'needs' | 'preferences' | 'results'

interface FormProps {
  form: RecommendForm
  errors: RecommendErrors
  update(patch: Partial<RecommendForm>): void
}

function NeedsFields({ form, errors, update }: FormProps) {
  return (
    <>
      <FormField name='amount' label='融资金额（万元）' error={errors.amount} hint='如 100 表示 100 万元'>
        <Input type='digit' value={form.amount} placeholder='请输入融资金额' maxLength={9} onChange={(amount) => update({ amount })} />
      </FormField>
      <FormField name='term' label='融资期限（月）' error={errors.term} hint='1～360 个月'>
        <Input type='number' value={form.term} placeholder='请输入融资期限' maxLength={3} onChange={(term) => update({ term })} />
      </FormField>
    </>
  )
}

function PreferenceFields({ form, errors, update }: FormProps) {
  return (
    <>
      <FormField name='preferences' label='贷款偏好（可多选）'>
        <View className='recommend-chips'>
          {PREFERENCES.map((preference) => (
            <Text
              key={preference}
              className={`recommend-chip ${form.preferences.includes(preference) ? 'recommend-chip--active' : ''}`}
              onClick={() => update({ preferences: togglePreference(form.preferences, preference) })}
            >
              {PREFERENCE_LABELS[preference]}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField name='rate' label='期望年利率（%，选填）' error={errors.rate} hint='如 4.5 表示年利率不高于 4.5%'>
        <Input type='digit' value={form.rate} placeholder='不填则不限' maxLength={5} onChange={(rate) => update({ rate })} />
      </FormField>
    </>
  )
}

function toVariables(input: RecommendInput) {
  return {
    input: {
      amountFen: input.amountFen,
      termMonths: input.termMonths,
      preferences: input.preferences.map((preference) => RecommendationPreference[preference]),
      expectedRateBp: input.expectedRateBp,
    },
  }
}

const EMPTY_VARIABLES = toVariables({ amountFen: 1, termMonths: 1, preferences: [], expectedRateBp: null })

function Results({ input }: { input: RecommendInput | null }) {
  const query = useQuery(RecommendProductsQuery, input ? toVariables(input) : EMPTY_VARIABLES, { skip: !input })
  if (!input) {
    return (
      <View className='recommend__placeholder'>
        <Text>填写融资金额、期限和贷款偏好后点击「开始匹配」，系统将为您推荐合适的金融产品，并说明匹配的条件和暂不符合的原因。</Text>
      </View>
    )
  }
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (query.loading || !query.data) return <ProductSkeletonList count={3} />
  return <RecommendResults result={query.data.recommendProducts} />
}

const STEP_TITLES: Record<Step, string> = { needs: '第 1 步：融资需求', preferences: '第 2 步：贷款偏好', results: '推荐结果' }

/** 产品推荐: a two-step wizard on phones, form and results side by side on desktop. */
export default function RecommendPage() {
  const { isDesktop } = useViewport()
  const [form, setForm] = useState<RecommendForm>(DEFAULT_FORM)
  const [errors, setErrors] = useState<RecommendErrors>({})
  const [step, setStep] = useState<Step>('needs')
  const [input, setInput] = useState<RecommendInput | null>(null)
  const update = (patch: Partial<RecommendForm>) => setForm((current) => ({ ...current, ...patch }))
  const fieldProps = { form, errors, update }

  const next = () => {
    const parsed = parseStepOne(form)
    setErrors(parsed.ok ? {} : parsed.errors)
    if (parsed.ok) setStep('preferences')
  }
  const submit = () => {
    const parsed = parseRecommendForm(form)
    setErrors(parsed.ok ? {} : parsed.errors)
    if (!parsed.ok) {
      if (parsed.errors.amount || parsed.errors.term) setStep('needs')
      return
    }
    setInput(parsed.value)
    setStep('results')
  }

  if (isDesktop) {
    return (
      <PageShell nav='none' className='recommend'>
        <View className='recommend__layout'>
          <View className='recommend__form'>
            <Text className='recommend__title'>产品推荐</Text>
            <Text className='recommend__subtitle'>输入融资金额、融资期限、贷款偏好和期望利率，为企业匹配合适的金融产品</Text>
            <NeedsFields {...fieldProps} />
            <PreferenceFields {...fieldProps} />
            <Button className='recommend__submit' type='primary' block onClick={submit}>
              开始匹配
            </Button>
          </View>
          <View className='recommend__results'>
            <Results input={input} />
          </View>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell nav='none' className='recommend'>
      <View className='recommend__steps'>
        {(['needs', 'preferences', 'results'] as const).map((key) => (
          <Text key={key} className={`recommend__step ${key === step ? 'recommend__step--active' : ''}`}>
            {STEP_TITLES[key]}
          </Text>
        ))}
      </View>
      {step === 'results' ? (
        <View className='recommend__results'>
          <Results input={input} />
          <Button className='recommend__again' block onClick={() => setStep('needs')}>
            修改条件
          </Button>
        </View>
      ) : (
        <View className='recommend__form'>
          {step === 'needs' ? <NeedsFields {...fieldProps} /> : <PreferenceFields {...fieldProps} />}
          <View className='recommend__actions'>
            {step === 'preferences' ? (
              <Button className='recommend__back' onClick={() => setStep('needs')}>
                上一步
              </Button>
            ) : null}
            <Button
              className={step === 'needs' ? 'recommend__next' : 'recommend__submit'}
              type='primary'
              block
              onClick={step === 'needs' ? next : submit}
            >
              {step === 'needs' ? '下一步' : '开始匹配'}
            </Button>
          </View>
        </View>
      )}
    </PageShell>
  )
}
