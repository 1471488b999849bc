import { apiClient, useQuery } from '@/api'
import { ContentConsole, ContentRow } from '../console/content-console'
import { followStored, updateVariables, type ContentDraft, type StoredItem } from '../console/content-draft'
import { attachmentItems, ContentEditor } from '../console/content-editor'
import { confirmWithdraw, RELOADED_NOTICE, today } from '../console/console-shared'
import { useContentConsole, useIsOperator, type EditorBinding } from '../console/use-content-console'
import { LEVEL_LABELS } from '../level-tabs'
import {
  CreateNewsMutation,
  ManagedNewsListQuery,
  ManagedNewsQuery,
  PublishNewsMutation,
  UpdateNewsMutation,
  WithdrawNewsMutation,
} from './news-console.graphql'
import { emptyNewsForm, newsFormFrom, toNewsInput, type NewsFormValues, type NewsTextField } from './news-form'

const TEXT_LABELS: Readonly<Record<NewsTextField, string>> = {
  title: '标题',
  source: '来源',
  publishedOn: '发布日期（YYYY-MM-DD）',
  summary: '摘要',
}

type Draft = ContentDraft<NewsFormValues>

const newDraft = (publishedOn: string = today()): Draft => ({ stored: null, values: emptyNewsForm(publishedOn), attachments: [] })

async function persistNews({ stored, values, attachments }: Draft) {
  const input = toNewsInput(values, attachments.map((attachment) => attachment.id))
  if (stored) await apiClient.execute(UpdateNewsMutation, updateVariables(stored, input))
  else await apiClient.execute(CreateNewsMutation, { input })
}

/** The stored news item as the editor holds it, with the version it was loaded at. */
async function fetchNews(id: string): Promise<Draft> {
  const { managedNews } = await apiClient.execute(ManagedNewsQuery, { id })
  return { stored: { id, version: managedNews.version }, values: newsFormFrom(managedNews), attachments: attachmentItems(managedNews.attachments) }
}

function NewsEditor(binding: EditorBinding<Draft> & { reload(id: string): void }) {
  return <ContentEditor {...binding} noun='资讯' kind='news' fieldPrefix='news' labels={TEXT_LABELS} persist={persistNews} />
}

export default function NewsConsolePage() {
  const isOperator = useIsOperator()
  const { data, error, refetch } = useQuery(ManagedNewsListQuery, { first: 50 }, { client: apiClient, skip: !isOperator })
  const { notice, editorKey, editor, load, run, updateDraft } = useContentConsole(newDraft, refetch, (saved) => newDraft(saved.values.publishedOn))
  const follow = (moved: StoredItem) => updateDraft((current) => followStored(current, moved))

  const edit = (id: string, loadedNotice?: string) => load(() => fetchNews(id), loadedNotice)
  const publish = (id: string) => run(async () => follow((await apiClient.execute(PublishNewsMutation, { id })).publishNews), '已发布，已在新闻动态展示')
  async function withdraw(id: string, title: string) {
    if (!(await confirmWithdraw('资讯', title))) return
    await run(async () => follow((await apiClient.execute(WithdrawNewsMutation, { id })).withdrawNews), '已撤回')
  }

  const items = data?.managedNewsList.edges.map(({ node }) => node) ?? []
  return (
    <ContentConsole
      noun='资讯'
      isOperator={isOperator}
      notice={notice}
      editor={<NewsEditor key={editorKey} {...editor} reload={(id) => void edit(id, RELOADED_NOTICE)} />}
      error={error}
      onRetry={() => void refetch()}
      empty={data && items.length === 0 ? { title: '还没有资讯', description: '在上方填写并保存第一条资讯。' } : null}
    >
      {items.map((node) => (
        <ContentRow
          key={node.id}
          kind='news'
          item={node}
          meta={[LEVEL_LABELS[node.level], node.source, node.publishedOn]}
          onEdit={() => void edit(node.id)}
          onPublish={() => void publish(node.id)}
          onWithdraw={() => void withdraw(node.id, node.title)}
        />
      ))}
    </ContentConsole>
  )
}
