import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { REPAYMENT_METHOD_LABELS, type RepaymentMethod } from '@rongtong/shared'
import { FormField } from '@/components/form-field/form-field'
import { Button, Input } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import {
  calculate,
  DEFAULT_FORM,
  METHODS,
  parseCalculatorForm,
  ROUNDING_NOTE,
  UNIT_LABELS,
  type AmountUnit,
  type CalculatorErrors,
  type CalculatorForm,
  type CalculatorInput,
} from './calculator-model'
import { ScheduleTable } from './schedule-table'
import './index.scss'

interface ChoiceProps<T extends string> {
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: T
  onChange(value: T): void
}

function Choices<T extends string>({ name, options, labels, value, onChange }: ChoiceProps<T>) {
  return (
    <View className={`choices choices--${name}`}>
      {options.map((option) => (
        <Text
          key={option}
          className={`choices__item ${option === value ? 'choices__item--active' : ''}`}
          onClick={() => onChange(option)}
        >
          {labels[option]}
        </Text>
      ))}
    </View>
  )
}

const UNITS: readonly AmountUnit[] = ['WAN', 'YUAN']

function Results({ input }: { input: CalculatorInput }) {
  const result = useMemo(() => calculate(input), [input])
  return (
    <View className='calculator__results'>
      <View className='calculator__summary'>
        <Text className='calculator__summary-label'>
          {result.methodLabel} · {result.paymentLabel}
        </Text>
        <Text className='calculator__payment'>{result.payment}</Text>
        {result.paymentDetail ? <Text className='calculator__payment-detail'>{result.paymentDetail}</Text> : null}
        <View className='calculator__figures'>
          <View className='calculator__figure'>
            <Text className='calculator__figure-value'>{result.totalInterest}</Text>
            <Text className='calculator__figure-label'>利息总额</Text>
          </View>
          <View className='calculator__figure'>
            <Text className='calculator__figure-value'>{result.totalPayment}</Text>
            <Text className='calculator__figure-label'>还款总额</Text>
          </View>
          <View className='calculator__figure'>
            <Text className='calculator__figure-value calculator__apr'>{result.apr}</Text>
            <Text className='calculator__figure-label'>年化利率（APR）</Text>
          </View>
        </View>
      </View>
      <View className='calculator__section'>
        <Text className='calculator__section-title'>还款计划（贷款本金 {result.principal}）</Text>
        <ScheduleTable key={`${input.principalFen}-${input.annualRateBp}-${input.termMonths}-${input.method}`} rows={result.rows} />
        <Text className='calculator__note'>{ROUNDING_NOTE}</Text>
      </View>
    </View>
  )
}

/** 贷款计算器: every figure comes from the shared money library, in whole fen. */
export default function CalculatorPage() {
  const [form, setForm] = useState<CalculatorForm>(DEFAULT_FORM)
  const [errors, setErrors] = useState<CalculatorErrors>({})
  const [input, setInput] = useState<CalculatorInput | null>(null)
  const update = (patch: Partial<CalculatorForm>) => setForm((current) => ({ ...current, ...patch }))

  const submit = () => {
    const parsed = parseCalculatorForm(form)
    setErrors(parsed.ok ? {} : parsed.errors)
    setInput(parsed.ok ? parsed.input : null)
  }

  return (
    <PageShell nav='none' className='calculator'>
      <View className='calculator__layout'>
        <View className='calculator__form'>
          <Text className='calculator__title'>贷款计算器</Text>
          <Text className='calculator__subtitle'>按等额本息、等额本金、先息后本测算每期还款金额和利息总额</Text>
          <FormField name='amount' label='贷款金额' error={errors.amount}>
            <Input type='digit' value={form.amount} placeholder='请输入贷款金额' maxLength={16} onChange={(amount) => update({ amount })} />
            <Choices name='unit' options={UNITS} labels={UNIT_LABELS} value={form.unit} onChange={(unit) => update({ unit })} />
          </FormField>
          <FormField name='rate' label='年利率（%）' error={errors.rate} hint='如 4.35 表示年利率 4.35%'>
            <Input type='digit' value={form.rate} placeholder='请输入年利率' maxLength={6} onChange={(rate) => update({ rate })} />
          </FormField>
          <FormField name='term' label='贷款期限（月）' error={errors.term} hint='1～360 个月'>
            <Input type='number' value={form.term} placeholder='请输入贷款期限' maxLength={3} onChange={(term) => update({ term })} />
          </FormField>
          <FormField name='method' label='还款方式' error={errors.method}>
            <Choices<RepaymentMethod>
              name='method'
              options={METHODS}
              labels={REPAYMENT_METHOD_LABELS}
              value={form.method}
              onChange={(method) => update({ method })}
            />
          </FormField>
          <Button className='calculator__submit' type='primary' block onClick={submit}>
            开始计算
          </Button>
        </View>
        {input ? (
          <Results input={input} />
        ) : (
          <View className='calculator__placeholder'>
            <Text>填写贷款金额、年利率、期限和还款方式后点击「开始计算」，即可查看每期还款和利息总额。</Text>
          </View>
        )}
      </View>
    </PageShell>
  )
}
