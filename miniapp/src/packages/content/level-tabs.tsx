import { Text, View } from '@tarojs/components'
import { PolicyLevel } from '@rongtong/shared'

export const LEVEL_LABELS: Record<PolicyLevel, string> = {
  [PolicyLevel.NATIONAL]: '全国',
  [PolicyLevel.PROVINCE]: '全省',
  [PolicyLevel.CITY]: '全市',
}

const LEVELS = [PolicyLevel.NATIONAL, PolicyLevel.PROVINCE, PolicyLevel.CITY]

export function LevelTabs({ value, onChange }: { value: PolicyLevel; onChange(level: PolicyLevel): void }) {
  return (
    <View className='content__tabs'>
      {LEVELS.map((level) => (
        <Text
          key={level}
          className={`content__tab ${level === value ? 'content__tab--active' : ''}`}
          data-testid={`level-${level}`}
          onClick={() => onChange(level)}
        >
          {LEVEL_LABELS[level]}
        </Text>
      ))}
    </View>
  )
}
