import { Image, Text, View } from '@tarojs/components'
import { bffUrl } from '@/api/file-url'
import { apiClient, useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { BannerStatus, type ManagedBannersQuery as ManagedBannersResult } from '@/gql/graphql'
import { ContentConsole } from '../console/content-console'
import { confirmAction, scrollToTop } from '../console/console-shared'
import { useContentConsole, useIsOperator } from '../console/use-content-console'
import { moveItem } from '../upload/upload-result'
import { DeleteBannerMutation, ManagedBannersQuery, ReorderBannersMutation, UpdateBannerMutation } from './banner-console.graphql'
import { BannerEditor, type BannerDraft } from './banner-editor'
import { bannerFormFrom, bannerState, emptyBannerForm, LINK_CHOICES, toBannerInput, windowLabel } from './banner-form'

type Banner = ManagedBannersResult['banners'][number]

const newDraft = (): BannerDraft => ({ id: null, values: emptyBannerForm() })
const linkLabel = (path: string | null | undefined) => (path ? (LINK_CHOICES.find((choice) => choice.path === path)?.label ?? path) : '不跳转')

export default function BannerConsolePage() {
  const isOperator = useIsOperator()
  const { data, error, refetch } = useQuery(ManagedBannersQuery, {}, { client: apiClient, skip: !isOperator })
  const { notice, draft, editorKey, editor, openEditor, run } = useContentConsole(newDraft, refetch)
  const banners = data?.banners ?? []

  function move(banner: Banner, step: -1 | 1) {
    const ids = moveItem(banners, banner.id, step).map((item) => item.id)
    void run(() => apiClient.execute(ReorderBannersMutation, { ids }), '已调整顺序')
  }

  function toggle(banner: Banner) {
    const status = banner.status === BannerStatus.ACTIVE ? BannerStatus.INACTIVE : BannerStatus.ACTIVE
    const result = toBannerInput({ ...bannerFormFrom(banner), status })
    if (!result.ok) return
    void run(() => apiClient.execute(UpdateBannerMutation, { id: banner.id, input: result.input }), status === BannerStatus.ACTIVE ? '已启用' : '已停用')
  }

  async function remove(banner: Banner) {
    if (!(await confirmAction('删除轮播图', `删除后「${banner.title}」将从首页移除且无法恢复。确定删除？`, '删除'))) return
    if (draft.id === banner.id) openEditor(newDraft())
    await run(() => apiClient.execute(DeleteBannerMutation, { id: banner.id }), '已删除')
  }

  const now = new Date()
  return (
    <ContentConsole
      noun='轮播图'
      isOperator={isOperator}
      notice={notice}
      editor={<BannerEditor key={editorKey} {...editor} />}
      error={error}
      onRetry={() => void refetch()}
      empty={data && banners.length === 0 ? { title: '还没有轮播图', description: '首页将不显示轮播区域。' } : null}
    >
      {banners.map((banner, index) => (
        <View key={banner.id} className='content__card content__banner-row' data-testid='managed-banner'>
          <Image className='content__banner-thumb' src={bffUrl(banner.imageUrl)} mode='aspectFill' />
          <View className='content__row-main'>
            <Text className='content__title'>
              {index + 1}. {banner.title}
              <Text className={`content__status content__status--${banner.status === BannerStatus.ACTIVE ? 'published' : 'withdrawn'}`}>{bannerState(banner, now)}</Text>
            </Text>
            {banner.subtitle ? <Text className='content__summary'>{banner.subtitle}</Text> : null}
            <Text className='content__meta'>
              {windowLabel(banner)} · 打开：{linkLabel(banner.linkPath)}
            </Text>
            <View className='content__actions'>
              <Button size='small' disabled={index === 0} data-testid='banner-up' onClick={() => move(banner, -1)}>
                上移
              </Button>
              <Button size='small' disabled={index === banners.length - 1} data-testid='banner-down' onClick={() => move(banner, 1)}>
                下移
              </Button>
              <Button
                size='small'
                data-testid='edit-banner'
                onClick={() => {
                  openEditor({ id: banner.id, values: bannerFormFrom(banner) })
                  scrollToTop()
                }}
              >
                编辑
              </Button>
              <Button size='small' data-testid='toggle-banner' onClick={() => toggle(banner)}>
                {banner.status === BannerStatus.ACTIVE ? '停用' : '启用'}
              </Button>
              <Button size='small' type='danger' data-testid='delete-banner' onClick={() => void remove(banner)}>
                删除
              </Button>
            </View>
          </View>
        </View>
      ))}
    </ContentConsole>
  )
}
