import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { INSTITUTION_TYPE_LABELS } from '@rongtong/shared'
import { anonymousClient, useQuery } from '@/api'
import { Input } from '@/components/nutui'
import { useDebouncedValue } from '@/hooks/use-debounced-value'
import { ChoiceItem, choiceGroup } from './choice-item'
import { GrantInstitutionsQuery } from './data-consent.graphql'
import type { InstitutionChoice } from './grant-form'

const SHOWN = 8

/** Picks the institution that is to receive the data: a name search over the institution directory. */
export function InstitutionPicker({ value, onChange }: { value: InstitutionChoice | null; onChange(institution: InstitutionChoice): void }) {
  const [keyword, setKeyword] = useState('')
  const settled = useDebouncedValue(keyword.trim(), 300)
  const query = useQuery(GrantInstitutionsQuery, { filter: settled ? { keyword: settled } : null, first: SHOWN }, { client: anonymousClient })
  const institutions = query.data?.institutions.edges.map((edge) => edge.node) ?? []
  const total = query.data?.institutions.totalCount ?? 0
  return (
    <View className='dc-picker' data-testid='institution-picker'>
      {value ? <Text className='dc-picker__chosen'>已选择：{value.name}</Text> : null}
      <Input className='dc-picker__search' value={keyword} placeholder='输入金融机构名称搜索' maxLength={40} onChange={setKeyword} aria-label='搜索金融机构' />
      {query.error ? <Text className='dc-field-error'>{query.error.message}</Text> : null}
      {query.loading && !query.data ? <Text className='dc-section__hint'>正在加载金融机构…</Text> : null}
      {query.data && institutions.length === 0 ? <Text className='dc-section__hint'>没有找到名称包含“{settled}”的金融机构</Text> : null}
      <View className='dc-choices' {...choiceGroup('接收数据的金融机构')}>
        {institutions.map((institution) => (
          <ChoiceItem
            key={institution.id}
            kind='radio'
            checked={value?.id === institution.id}
            title={institution.name}
            description={INSTITUTION_TYPE_LABELS[institution.type]}
            testId='institution-choice'
            onChange={() => onChange({ id: institution.id, name: institution.name })}
          />
        ))}
      </View>
      {total > institutions.length ? <Text className='dc-section__hint'>共 {total} 家，仅显示前 {institutions.length} 家，请输入名称缩小范围</Text> : null}
    </View>
  )
}
