import type { ReactNode } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { PolicyLevel } from '@rongtong/shared'
import type { ApiError } from '@/api'
import { NoticeBanner } from '@/components/notice-banner/notice-banner'
import { Button } from '@/components/nutui'
import { LEVEL_LABELS } from '../level-tabs'
import { AttachmentsField, type AttachmentItem } from '../upload/attachments-field'
import { itemToReload, type ContentDraft, type StoredItem } from './content-draft'
import type { EditorBinding } from './use-content-console'
import { useEditorSave } from './use-editor-save'

const LEVELS = [PolicyLevel.NATIONAL, PolicyLevel.PROVINCE, PolicyLevel.CITY]

/** The attachment list of a stored item, as the editor holds it. */
export function attachmentItems(stored: readonly AttachmentItem[]): AttachmentItem[] {
  return stored.map(({ id, name, size }) => ({ id, name, size }))
}

/** The form values every policy and news item has. */
export interface ContentValues {
  title: string
  level: PolicyLevel
  bodyHtml: string
}

interface ContentEditorProps<V extends ContentValues & Record<F, string>, F extends string> extends EditorBinding<ContentDraft<V>> {
  /** 政策 or 资讯, for the heading. */
  noun: string
  /** `policy` or `news`: the card is `<kind>-editor`, the save button `save-<kind>`. */
  kind: string
  /** Test ids of the inputs are `<fieldPrefix>-<field>`. */
  fieldPrefix: string
  /** The single-line fields in order, with their labels. */
  labels: Readonly<Record<F, string>>
  /** Creates or updates the item on the server. */
  persist(draft: ContentDraft<V>): Promise<unknown>
  /** Loads the stored item afresh into the editor (offered after someone else changed it). */
  reload(id: string): void
  /** Fields shown after 级别 (the policy's enterprise scales). */
  children?: ReactNode
}

/** Why the save failed, above the buttons; after a conflict (edited meanwhile by someone else) it offers 刷新. */
function SaveProblem({ error, stored, reload }: { error: ApiError; stored: StoredItem | null; reload(id: string): void }) {
  const stale = itemToReload(error, stored)
  const action = stale ? { label: '刷新', onClick: () => reload(stale.id) } : undefined
  return <NoticeBanner tone='error' text={error.message} action={action} testId='form-problem' />
}

/** The policy / news editor: text fields, 级别, extra fields, HTML body, attachments, save and cancel. */
export function ContentEditor<V extends ContentValues & Record<F, string>, F extends string>(props: ContentEditorProps<V, F>) {
  const { draft, onChange, onSaved, onCancel, noun, kind, fieldPrefix, labels, persist, reload, children } = props
  const { error, saving, save } = useEditorSave(onSaved)
  const { values } = draft
  const setValue = (field: F | 'bodyHtml', value: string) => onChange({ ...draft, values: { ...values, [field]: value } })
  const fieldError = (field: string) => (error?.fieldMessage(field) ? <Text className='content__error'>{error.fieldMessage(field)}</Text> : null)
  const attachmentError = error?.fields.find((field) => field.field.startsWith('attachmentIds'))?.message

  const submit = () =>
    save(async () => {
      await persist(draft)
      return draft.stored ? '已保存修改' : '已保存为草稿'
    })

  return (
    <View className='content__card' data-testid={`${kind}-editor`}>
      <Text className='content__title'>{draft.stored ? `编辑${noun}：${values.title}` : `新建${noun}`}</Text>
      {(Object.keys(labels) as F[]).map((field) => (
        <View key={field} className='content__field'>
          <Text className='content__label'>{labels[field]}</Text>
          <Input className='content__input' data-testid={`${fieldPrefix}-${field}`} value={values[field]} onInput={(event) => setValue(field, event.detail.value)} />
          {fieldError(field)}
        </View>
      ))}
      <View className='content__field'>
        <Text className='content__label'>级别</Text>
        <View className='content__actions'>
          {LEVELS.map((level) => (
            <Button key={level} size='small' type={values.level === level ? 'primary' : 'default'} onClick={() => onChange({ ...draft, values: { ...values, level } })}>
              {LEVEL_LABELS[level]}
            </Button>
          ))}
        </View>
      </View>
      {children}
      <View className='content__field'>
        <Text className='content__label'>正文（富文本 HTML，保存时自动清理不安全内容）</Text>
        <Textarea className='content__textarea' data-testid={`${fieldPrefix}-bodyHtml`} maxlength={-1} value={values.bodyHtml} onInput={(event) => setValue('bodyHtml', event.detail.value)} />
        {fieldError('bodyHtml')}
      </View>
      <AttachmentsField items={draft.attachments} onChange={(attachments) => onChange({ ...draft, attachments })} error={attachmentError} />
      {error && error.fields.length === 0 ? <SaveProblem error={error} stored={draft.stored} reload={reload} /> : null}
      <View className='content__actions'>
        <Button type='primary' data-testid={`save-${kind}`} loading={saving} onClick={() => void submit()}>
          {draft.stored ? '保存修改' : '保存草稿'}
        </Button>
        {draft.stored ? (
          <Button data-testid='cancel-edit' onClick={onCancel}>
            取消编辑
          </Button>
        ) : null}
      </View>
    </View>
  )
}
