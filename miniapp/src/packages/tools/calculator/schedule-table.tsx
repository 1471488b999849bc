import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nutui'
import { pageOfRows, type ScheduleRow } from './calculator-model'

const COLUMNS: ReadonlyArray<{ key: keyof ScheduleRow; title: string }> = [
  { key: 'period', title: '期数' },
  { key: 'payment', title: '月供' },
  { key: 'principal', title: '本金' },
  { key: 'interest', title: '利息' },
  { key: 'remaining', title: '剩余本金' },
]

/** The repayment schedule, a year per page so long terms stay light to render. */
export function ScheduleTable({ rows }: { rows: ScheduleRow[] }) {
  const [page, setPage] = useState(1)
  const view = pageOfRows(rows, page)
  return (
    <View className='schedule'>
      <View className='schedule__row schedule__row--head'>
        {COLUMNS.map((column) => (
          <Text key={column.key} className={`schedule__cell schedule__cell--${column.key}`}>
            {column.title}
          </Text>
        ))}
      </View>
      {view.rows.map((row) => (
        <View key={row.period} className='schedule__row'>
          {COLUMNS.map((column) => (
            <Text key={column.key} className={`schedule__cell schedule__cell--${column.key}`}>
              {row[column.key]}
            </Text>
          ))}
        </View>
      ))}
      {view.pageCount > 1 ? (
        <View className='schedule__pager'>
          <Button size='small' disabled={view.page <= 1} onClick={() => setPage(view.page - 1)}>
            上一年
          </Button>
          <Text className='schedule__pager-label'>{view.label}</Text>
          <Button size='small' disabled={view.page >= view.pageCount} onClick={() => setPage(view.page + 1)}>
            下一年
          </Button>
        </View>
      ) : null}
    </View>
  )
}
