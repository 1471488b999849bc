import { Text, View } from '@tarojs/components'
import { DATA_SOURCE_CONTENTS, DATA_SOURCE_LABELS } from '@rongtong/shared'
import { sourceCoverage, type ConsentView } from './consent-model'

/** The seven sources, what each contains in plain words, and who may use each now. */
export function SourceOverview({ active }: { active: readonly ConsentView[] | null }) {
  return (
    <View className='dc-section' data-testid='source-overview'>
      <Text className='dc-section__title'>可授权的政务数据</Text>
      <Text className='dc-section__hint'>以下数据由政务数据共享交换平台提供。未经您授权，平台不会调取，也不会向任何机构展示。</Text>
      {sourceCoverage(active ?? []).map(({ source, grants }) => (
        <View key={source} className='dc-source' data-testid={`source-${source}`}>
          <View className='dc-source__head'>
            <Text className='dc-source__label'>{DATA_SOURCE_LABELS[source]}</Text>
            {active === null ? null : (
              <Text className={`dc-source__state ${grants.length > 0 ? 'dc-source__state--granted' : ''}`}>{grants.length > 0 ? '已授权' : '未授权'}</Text>
            )}
          </View>
          <Text className='dc-source__contents'>{DATA_SOURCE_CONTENTS[source]}</Text>
          {grants.map((grant) => (
            <Text key={grant} className='dc-source__grant'>
              {grant}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
