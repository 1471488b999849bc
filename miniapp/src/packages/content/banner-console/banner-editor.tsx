import { useState } from 'react'
import { Image, Input, Text, View } from '@tarojs/components'
import { bffUrl } from '@/api/file-url'
import { apiClient, type ApiError } from '@/api'
import { Button } from '@/components/nutui'
import { BannerStatus } from '@/gql/graphql'
import type { EditorBinding } from '../console/use-content-console'
import { useEditorSave } from '../console/use-editor-save'
import { pickFile, uploadFile } from '../upload/upload-file'
import { CreateBannerMutation, UpdateBannerMutation } from './banner-console.graphql'
import { LINK_CHOICES, toBannerInput, type BannerFormValues } from './banner-form'

export interface BannerDraft {
  id: string | null
  values: BannerFormValues
}

type TextField = 'title' | 'subtitle' | 'imageUrl' | 'linkPath' | 'startsAt' | 'endsAt'

const TEXT_FIELDS: ReadonlyArray<{ field: TextField; label: string; placeholder?: string }> = [
  { field: 'title', label: '标题（最多 64 字）' },
  { field: 'subtitle', label: '副标题（选填）' },
  { field: 'startsAt', label: '开始展示（北京时间，留空为立即）', placeholder: '2026-12-01 08:00' },
  { field: 'endsAt', label: '结束展示（北京时间，留空为长期）', placeholder: '2026-12-31 23:59' },
]

/** Server field names are `input.title` etc.; the form's are bare. */
function serverMessage(error: ApiError | null, field: string): string | undefined {
  return error?.fieldMessage(`input.${field}`) ?? error?.fieldMessage(field) ?? undefined
}

export function BannerEditor({ draft, onChange, onSaved, onCancel }: EditorBinding<BannerDraft>) {
  const { error, saving, save: persist } = useEditorSave(onSaved)
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const { values } = draft
  const set = (patch: Partial<BannerFormValues>) => onChange({ ...draft, values: { ...values, ...patch } })
  const messageFor = (field: string) => (localError?.field === field ? localError.message : serverMessage(error, field))

  async function uploadImage() {
    const picked = await pickFile('BANNER_IMAGE').catch(() => null)
    if (!picked) return
    setLocalError(null)
    setProgress(0)
    try {
      const file = await uploadFile(picked, 'BANNER_IMAGE', setProgress)
      set({ imageUrl: file.url })
    } catch (caught) {
      setLocalError({ field: 'imageUrl', message: caught instanceof Error ? caught.message : '上传失败，请稍后重试' })
    } finally {
      setProgress(null)
    }
  }

  async function save() {
    const result = toBannerInput(values)
    if (!result.ok) {
      setLocalError({ field: result.field, message: result.message })
      return
    }
    setLocalError(null)
    await persist(async () => {
      if (draft.id) await apiClient.execute(UpdateBannerMutation, { id: draft.id, input: result.input })
      else await apiClient.execute(CreateBannerMutation, { input: result.input })
      return draft.id ? '已保存修改' : '已新建轮播图'
    })
  }

  const field = (name: TextField, label: string, placeholder?: string) => (
    <View key={name} className='content__field'>
      <Text className='content__label'>{label}</Text>
      <Input className='content__input' data-testid={`banner-${name}`} placeholder={placeholder} value={values[name]} onInput={(event) => set({ [name]: event.detail.value })} />
      {messageFor(name) ? <Text className='content__error'>{messageFor(name)}</Text> : null}
    </View>
  )

  return (
    <View className='content__card' data-testid='banner-editor'>
      <Text className='content__title'>{draft.id ? `编辑轮播图：${values.title}` : '新建轮播图'}</Text>
      {field('title', TEXT_FIELDS[0].label)}
      {field('subtitle', TEXT_FIELDS[1].label)}
      <View className='content__field'>
        <Text className='content__label'>图片（png、jpg、webp，不超过 2 MB，建议 750×300）</Text>
        {values.imageUrl ? <Image className='content__banner-preview' data-testid='banner-preview' src={bffUrl(values.imageUrl)} mode='aspectFill' /> : null}
        {progress !== null ? (
          <View className='content__progress'>
            <View className='content__progress-bar' style={{ width: `${progress}%` }} />
            <Text className='content__progress-text'>上传中 {progress}%</Text>
          </View>
        ) : null}
        <View className='content__actions'>
          <Button size='small' data-testid='upload-banner-image' disabled={progress !== null} onClick={() => void uploadImage()}>
            {values.imageUrl ? '更换图片' : '上传图片'}
          </Button>
        </View>
        <Input className='content__input content__input--spaced' data-testid='banner-imageUrl' placeholder='或填写平台内图片地址，如 /assets/banners/supermarket.svg' value={values.imageUrl} onInput={(event) => set({ imageUrl: event.detail.value })} />
        {messageFor('imageUrl') ? <Text className='content__error'>{messageFor('imageUrl')}</Text> : null}
      </View>
      <View className='content__field'>
        <Text className='content__label'>点击后打开</Text>
        <View className='content__actions'>
          {LINK_CHOICES.map((choice) => (
            <Button key={choice.label} size='small' type={values.linkPath === choice.path ? 'primary' : 'default'} onClick={() => set({ linkPath: choice.path })}>
              {choice.label}
            </Button>
          ))}
        </View>
        <Input className='content__input content__input--spaced' data-testid='banner-linkPath' placeholder='应用内页面路径，如 /pages/market/index' value={values.linkPath} onInput={(event) => set({ linkPath: event.detail.value })} />
        {messageFor('linkPath') ? <Text className='content__error'>{messageFor('linkPath')}</Text> : null}
      </View>
      {field('startsAt', TEXT_FIELDS[2].label, TEXT_FIELDS[2].placeholder)}
      {field('endsAt', TEXT_FIELDS[3].label, TEXT_FIELDS[3].placeholder)}
      <View className='content__field'>
        <Text className='content__label'>状态</Text>
        <View className='content__actions'>
          <Button size='small' type={values.status === BannerStatus.ACTIVE ? 'primary' : 'default'} onClick={() => set({ status: BannerStatus.ACTIVE })}>
            启用
          </Button>
          <Button size='small' type={values.status === BannerStatus.INACTIVE ? 'primary' : 'default'} onClick={() => set({ status: BannerStatus.INACTIVE })}>
            停用
          </Button>
        </View>
      </View>
      {error && error.fields.length === 0 ? <Text className='content__error'>{error.message}</Text> : null}
      <View className='content__actions'>
        <Button type='primary' data-testid='save-banner' loading={saving} onClick={() => void save()}>
          {draft.id ? '保存修改' : '保存'}
        </Button>
        {draft.id ? <Button onClick={onCancel}>取消编辑</Button> : null}
      </View>
    </View>
  )
}
