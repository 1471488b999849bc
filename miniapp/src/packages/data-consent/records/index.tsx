import { Text, View } from '@tarojs/components'
import { apiClient, useQuery } from '@/api'
import { PageShell } from '@/components/page-shell/page-shell'
import { PagedResults } from '@/components/paged-list/paged-results'
import type { DataUseRecordsQuery as RecordsData } from '@/gql/graphql'
import { usePagedList } from '@/hooks/use-paged-list'
import { Rows, Tag } from '../consent-card'
import { DataUseRecordsQuery } from '../data-consent.graphql'
import { dataUseOutcome, dataUseRows, dataUseTitle, type DataUseView } from '../data-use-model'
import { EnterpriseGate, type ActingFor } from '../enterprise-gate'
import { useOnReturn } from '../flash'
import '../data-consent.scss'

const PAGE_SIZE = 20

function appendRecords(previous: RecordsData, next: RecordsData): RecordsData {
  return { dataUseRecords: { ...next.dataUseRecords, edges: [...previous.dataUseRecords.edges, ...next.dataUseRecords.edges] } }
}

function RecordCard({ record }: { record: DataUseView }) {
  const outcome = dataUseOutcome(record)
  return (
    <View className='dc-card' data-testid='data-use-item' data-kind={record.kind} data-source={record.source ?? ''} data-outcome={record.outcome}>
      <View className='dc-card__head'>
        <Text className='dc-card__title'>{dataUseTitle(record)}</Text>
        <Tag tone={outcome.tone}>{outcome.label}</Tag>
      </View>
      <Rows rows={dataUseRows(record)} />
    </View>
  )
}

function DataUseLog({ acting }: { acting: ActingFor }) {
  const query = useQuery(DataUseRecordsQuery, { first: PAGE_SIZE, after: null as string | null }, { client: apiClient })
  const list = usePagedList(query, query.data?.dataUseRecords, appendRecords, null)
  useOnReturn(() => void query.refetch())
  return (
    <View className='dc-page dc-records'>
      <View className='dc-header'>
        <Text className='dc-header__title'>数据使用记录</Text>
        <Text className='dc-header__subtitle'>
          {acting.enterprise.name}的政务数据每一次被调取、被金融机构查看，以及每一次授权和撤销，都记录在这里：谁、为什么、依据哪项授权、在什么时间、结果如何。如对记录有疑问，可联系平台客服提出异议。
        </Text>
      </View>
      <PagedResults
        block='dc-list'
        query={query}
        list={list}
        summary={(count) => `共 ${count} 条记录，最新的在前`}
        empty={{ title: '暂无数据使用记录', description: '您授权后，平台或金融机构每次调取、查看您的数据都会记录在这里。' }}
        renderItem={(record) => <RecordCard key={record.id} record={record} />}
      />
    </View>
  )
}

/** 数据使用记录: who used the enterprise's data, for what and when, newest first, with paging. */
export default function DataUseRecordsPage() {
  return (
    <PageShell nav='mine' className='data-consent'>
      <EnterpriseGate what='数据使用记录'>{(acting) => <DataUseLog acting={acting} />}</EnterpriseGate>
    </PageShell>
  )
}
