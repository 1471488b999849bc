import type { ReactNode } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import {
  ENTERPRISE_SCALE_LABELS,
  ENTERPRISE_SCALES,
  GUARANTEE_METHOD_LABELS,
  GUARANTEE_METHODS,
  industryName,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  REPAYMENT_METHOD_LABELS,
  REPAYMENT_METHODS,
} from '@rongtong/shared'
import { FormField } from '@/components/form-field/form-field'
import { Input } from '@/components/nutui'
import { ChoiceChips } from '../components/choice-chips'
import { toggleIn, type ProductFieldErrors, type ProductFormValues } from '../product-form'
import type { ProductField } from '../product-fields'
import { creditGradeLabel, CREDIT_GRADE_OPTIONS, industryOptions, regionLabel, REGION_OPTIONS } from './form-options'

interface FieldsProps {
  values: ProductFormValues
  errors: ProductFieldErrors
  update(patch: Partial<ProductFormValues>): void
}

type TextKey = {
  [K in keyof ProductFormValues]: ProductFormValues[K] extends string ? K : never
}[keyof ProductFormValues]

interface TextSpec {
  key: TextKey
  field: ProductField
  label: string
  hint?: string
  type?: 'text' | 'digit' | 'number'
  maxLength: number
  placeholder: string
}

function TextInput({ spec, values, errors, update }: FieldsProps & { spec: TextSpec }) {
  return (
    <FormField name={spec.field} label={spec.label} hint={spec.hint} error={errors[spec.field]}>
      <Input
        type={spec.type ?? 'text'}
        value={values[spec.key]}
        placeholder={spec.placeholder}
        maxLength={spec.maxLength}
        onChange={(text) => update({ [spec.key]: text })} />
    </FormField>
  )
}

function Pair({ children }: { children: ReactNode }) {
  return <View className='pc-pair'>{children}</View>
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='pc-section'>
      <Text className='pc-section__title'>{title}</Text>
      {children}
    </View>
  )
}

export function BasicFields(props: FieldsProps) {
  const { values, errors, update } = props
  return (
    <Section title='基本信息'>
      <TextInput {...props} spec={{ key: 'name', field: 'name', label: '产品名称', hint: '2～64 个字', placeholder: '如：科创信用贷', maxLength: 64 }} />
      <FormField name='category' label='产品类别' error={errors.category}>
        <ChoiceChips name='category' options={PRODUCT_CATEGORIES} labels={PRODUCT_CATEGORY_LABELS} isChosen={(value) => values.category === value} onToggle={(category) => update({ category })} />
      </FormField>
      <TextInput {...props} spec={{ key: 'summary', field: 'summary', label: '产品简介', hint: '显示在产品卡片上（200 字以内）', placeholder: '一句话介绍产品特点', maxLength: 200 }} />
    </Section>
  )
}

export function TermsFields(props: FieldsProps) {
  return (
    <Section title='额度、期限与利率'>
      <Pair>
        <TextInput {...props} spec={{ key: 'minAmountWan', field: 'minAmountFen', label: '最低额度（万元）', type: 'digit', placeholder: '如 10', maxLength: 16 }} />
        <TextInput {...props} spec={{ key: 'maxAmountWan', field: 'maxAmountFen', label: '最高额度（万元）', type: 'digit', placeholder: '如 300', maxLength: 16 }} />
      </Pair>
      <Pair>
        <TextInput {...props} spec={{ key: 'minTermMonths', field: 'minTermMonths', label: '最短期限（月）', type: 'number', placeholder: '如 6', maxLength: 3 }} />
        <TextInput {...props} spec={{ key: 'maxTermMonths', field: 'maxTermMonths', label: '最长期限（月）', type: 'number', placeholder: '如 36', maxLength: 3 }} />
      </Pair>
      <Pair>
        <TextInput {...props} spec={{ key: 'minRatePercent', field: 'minRateBp', label: '最低年利率（%）', type: 'digit', placeholder: '如 3.45', maxLength: 5 }} />
        <TextInput
          {...props}
          spec={{ key: 'maxRatePercent', field: 'maxRateBp', label: '最高年利率（%）', hint: '法定上限 24%，最多两位小数', type: 'digit', placeholder: '如 6', maxLength: 5 }}
        />
      </Pair>
    </Section>
  )
}

export function SecurityFields({ values, errors, update }: FieldsProps) {
  return (
    <Section title='担保与还款'>
      <FormField name='guaranteeMethods' label='担保方式（可多选）' error={errors.guaranteeMethods}>
        <ChoiceChips
          name='guarantee'
          options={GUARANTEE_METHODS}
          labels={GUARANTEE_METHOD_LABELS}
          isChosen={(value) => values.guaranteeMethods.includes(value)}
          onToggle={(value) => update({ guaranteeMethods: toggleIn(values.guaranteeMethods, value, GUARANTEE_METHODS) })}
        />
      </FormField>
      <FormField name='repaymentMethods' label='还款方式（可多选）' error={errors.repaymentMethods}>
        <ChoiceChips
          name='repayment'
          options={REPAYMENT_METHODS}
          labels={REPAYMENT_METHOD_LABELS}
          isChosen={(value) => values.repaymentMethods.includes(value)}
          onToggle={(value) => update({ repaymentMethods: toggleIn(values.repaymentMethods, value, REPAYMENT_METHODS) })}
        />
      </FormField>
    </Section>
  )
}

export function TargetFields(props: FieldsProps) {
  const { values, errors, update } = props
  const industries = industryOptions(values.targetIndustryCodes)
  return (
    <Section title='准入条件'>
      <FormField name='targetRegionCodes' label='适用地区' hint='不选为不限地区' error={errors.targetRegionCodes}>
        <ChoiceChips
          name='region'
          options={REGION_OPTIONS}
          labels={regionLabel}
          isChosen={(code) => values.targetRegionCodes.includes(code)}
          onToggle={(code) => update({ targetRegionCodes: toggleIn(values.targetRegionCodes, code, REGION_OPTIONS) })}
        />
      </FormField>
      <FormField name='targetIndustryCodes' label='适用行业（国民经济行业分类门类）' hint='不选为不限行业' error={errors.targetIndustryCodes}>
        <ChoiceChips
          name='industry'
          options={industries}
          labels={industryName}
          isChosen={(code) => values.targetIndustryCodes.includes(code)}
          onToggle={(code) => update({ targetIndustryCodes: toggleIn(values.targetIndustryCodes, code, industries) })}
        />
      </FormField>
      <FormField name='targetScales' label='企业规模' hint='不选为不限规模' error={errors.targetScales}>
        <ChoiceChips
          name='scale'
          options={ENTERPRISE_SCALES}
          labels={(scale) => `${ENTERPRISE_SCALE_LABELS[scale]}企业`}
          isChosen={(scale) => values.targetScales.includes(scale)}
          onToggle={(scale) => update({ targetScales: toggleIn(values.targetScales, scale, ENTERPRISE_SCALES) })}
        />
      </FormField>
      <Pair>
        <TextInput {...props} spec={{ key: 'minYearsInBusiness', field: 'minYearsInBusiness', label: '最低成立年限（年）', hint: '0 为不限', type: 'number', placeholder: '0', maxLength: 2 }} />
        <View className='pc-pair__spacer' />
      </Pair>
      <FormField name='minCreditGrade' label='最低信用等级' error={errors.minCreditGrade}>
        <ChoiceChips
          name='grade'
          options={CREDIT_GRADE_OPTIONS}
          labels={creditGradeLabel}
          isChosen={(grade) => values.minCreditGrade === grade}
          onToggle={(minCreditGrade) => update({ minCreditGrade })}
        />
      </FormField>
    </Section>
  )
}

export function ApplyFields({ values, errors, update }: FieldsProps) {
  return (
    <Section title='申请与详情'>
      <FormField name='onlineApply' label='线上申请' error={errors.onlineApply}>
        <ChoiceChips
          name='online'
          options={['YES', 'NO'] as const}
          labels={{ YES: '支持线上申请', NO: '仅线下办理' }}
          isChosen={(choice) => values.onlineApply === (choice === 'YES')}
          onToggle={(choice) => update({ onlineApply: choice === 'YES' })}
        />
      </FormField>
      <FormField name='requiredMaterials' label='申请材料' hint='每行一项，最多 30 项，每项 64 字以内' error={errors.requiredMaterials}>
        <Textarea
          className='pc-textarea'
          value={values.requiredMaterials}
          maxlength={2000}
          onInput={(event) => update({ requiredMaterials: event.detail.value })}
        />
      </FormField>
      <FormField name='description' label='产品详情' hint='产品特点、办理流程、利率说明等（5000 字以内）' error={errors.description}>
        <Textarea
          className='pc-textarea pc-textarea--tall'
          value={values.description}
          maxlength={5000}
          onInput={(event) => update({ description: event.detail.value })}
        />
      </FormField>
    </Section>
  )
}
