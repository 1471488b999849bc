import { Text, View } from '@tarojs/components'
import { CONSENT_STATUS_LABELS, ConsentStatus } from '@rongtong/shared'
import { Button } from '@/components/nutui'
import { CONSENT_STATUS_TONES, consentRows, purposeText, remainingText, type ConsentView, type Row } from './consent-model'

/** Label–value rows of a card (consent, data use record, register profile). */
export function Rows({ rows, testId }: { rows: readonly Row[]; testId?: string }) {
  return (
    <View className='dc-rows' data-testid={testId}>
      {rows.map((row) => (
        <View key={row.label} className='dc-rows__row'>
          <Text className='dc-rows__label'>{row.label}</Text>
          <Text className='dc-rows__value'>{row.value}</Text>
        </View>
      ))}
    </View>
  )
}

export function Tag({ tone, children }: { tone: string; children: string }) {
  return <Text className={`dc-tag dc-tag--${tone}`}>{children}</Text>
}

/** One consent, titled by its purpose: who receives what, until when, and — while it is active — the way to revoke it. */
export function ConsentCard({ consent, now, busy, onRevoke }: { consent: ConsentView; now: Date; busy: boolean; onRevoke(): void }) {
  const remaining = remainingText(consent, now)
  return (
    <View className='dc-card' data-testid='consent-item' data-status={consent.status}>
      <View className='dc-card__head'>
        <Text className='dc-card__title'>{purposeText(consent)}</Text>
        <Tag tone={CONSENT_STATUS_TONES[consent.status]}>{CONSENT_STATUS_LABELS[consent.status]}</Tag>
      </View>
      <Rows rows={consentRows(consent)} />
      {consent.status === ConsentStatus.ACTIVE ? (
        <View className='dc-card__foot'>
          <Text className='dc-card__note'>{remaining ?? ''}</Text>
          <Button size='small' disabled={busy} data-testid='revoke-consent' onClick={onRevoke}>
            撤销授权
          </Button>
        </View>
      ) : null}
    </View>
  )
}
