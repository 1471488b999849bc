import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ErrorCode, ProductStatus } from '@rongtong/shared'
import { apiClient, ApiError, useQuery } from '@/api'
import { NoticeBanner } from '@/components/notice-banner/notice-banner'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import type { ProductEditorQuery as EditorData } from '@/gql/graphql'
import { ROUTES } from '@/utils/routes'
import { ConsoleGate, isProductManager } from '@/components/console-gate/console-gate'
import { HistoryPanel } from '../components/history-panel'
import { StatusChip } from '../components/status-chip'
import { editorPath, type EditorNotice } from '../console-routes'
import {
  CreateProductDraftMutation,
  ProductEditorQuery,
  ProposeProductChangeMutation,
  SubmitProductForReviewMutation,
  UpdateProductDraftMutation,
} from '../product-console.graphql'
import { describeProduct } from '../product-display'
import { emptyProductForm, parseProductForm, productToForm, serverFieldErrors, type ProductFieldErrors } from '../product-form'
import type { ProductInput } from '../product-fields'
import { editorMode, type EditorMode } from '../product-status'
import { ApplyFields, BasicFields, SecurityFields, TargetFields, TermsFields } from './product-form-fields'
import '../product-console.scss'

type EditorProduct = EditorData['productDraft']
type Notice = { tone: 'success' | 'danger' | 'info'; text: string }

const NOTICES: Record<EditorNotice, Notice> = {
  draft: { tone: 'success', text: '已保存为草稿。填写完整后可提交平台审核。' },
  submitted: { tone: 'success', text: '已提交平台审核，审核结论会显示在审核记录中。' },
  'submit-failed': { tone: 'danger', text: '已保存为草稿，但提交审核没有成功，请稍后再点「保存并提交审核」。' },
}

function noticeKind(notice: Notice): EditorNotice {
  const found = (Object.keys(NOTICES) as EditorNotice[]).find((kind) => NOTICES[kind] === notice)
  return found ?? 'draft'
}

/** Saves the form the way its mode asks; returns the product id and what to tell the user. */
async function persist(mode: EditorMode, productId: string | null, input: ProductInput, submit: boolean): Promise<{ id: string; notice: Notice }> {
  if (mode.kind === 'change' && productId) {
    await apiClient.execute(ProposeProductChangeMutation, { id: productId, input })
    return { id: productId, notice: { tone: 'success', text: '变更已提交审核。审核通过前，金融超市仍展示当前版本。' } }
  }
  let id = productId
  if (id) await apiClient.execute(UpdateProductDraftMutation, { id, input })
  else id = (await apiClient.execute(CreateProductDraftMutation, { input })).createProductDraft.id
  if (!submit) return { id, notice: NOTICES.draft }
  try {
    await apiClient.execute(SubmitProductForReviewMutation, { id })
  } catch (caught) {
    // The draft is saved: keep its id so a retry does not create a second product.
    if (caught instanceof ApiError) return { id, notice: NOTICES['submit-failed'] }
    throw caught
  }
  return { id, notice: NOTICES.submitted }
}

/** Brings the first field marked invalid into view once it has rendered. */
function scrollToFirstError(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.product-console .form-field--invalid', offsetTop: -80, duration: 200 }).catch(() => undefined)
  }, 50)
}

function ModeBanner({ mode, rejection }: { mode: EditorMode; rejection: string | null }) {
  if (mode.kind === 'draft' && rejection) {
    return (
      <Text className='pc-notice pc-notice--danger' data-testid='rejection-banner'>
        平台驳回了上次提交：{rejection}。请按意见修改后重新提交审核。
      </Text>
    )
  }
  if (mode.kind === 'change') {
    return (
      <Text className='pc-notice pc-notice--info' data-testid='change-banner'>
        该产品已在金融超市发布。修改后点击「提交变更」，变更经平台审核通过后才会生效；审核期间金融超市仍展示当前版本。
      </Text>
    )
  }
  if (mode.kind === 'locked') {
    return (
      <Text className='pc-notice pc-notice--info' data-testid='locked-banner'>
        {mode.reason}
      </Text>
    )
  }
  return null
}

interface EditorProps {
  product: EditorProduct | null
  mode: EditorMode
  onSaved(id: string, notice: Notice): void
}

function ProductForm({ product, mode, onSaved }: EditorProps) {
  const [values, setValues] = useState(() => (product ? productToForm(product) : emptyProductForm()))
  const [errors, setErrors] = useState<ProductFieldErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const update = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }))

  async function save(submit: boolean) {
    const parsed = parseProductForm(values)
    if (!parsed.ok) {
      setErrors(parsed.errors)
      setProblem('有填写不符合要求的项目，请按标红的提示修改。')
      scrollToFirstError()
      return
    }
    setErrors({})
    setProblem(null)
    setBusy(true)
    try {
      const saved = await persist(mode, product?.id ?? null, parsed.input, submit)
      onSaved(saved.id, saved.notice)
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught
      const { byField, unplaced } = serverFieldErrors(caught.fields)
      setErrors(byField)
      if (Object.keys(byField).length > 0) scrollToFirstError()
      setProblem(caught.code === ErrorCode.BAD_USER_INPUT && unplaced.length === 0 ? '有填写不符合要求的项目，请按标红的提示修改。' : caught.message)
    } finally {
      setBusy(false)
    }
  }

  const fields = { values, errors, update }
  return (
    <View className='pc-card pc-form' data-testid='product-form'>
      <BasicFields {...fields} />
      <TermsFields {...fields} />
      <SecurityFields {...fields} />
      <TargetFields {...fields} />
      <ApplyFields {...fields} />
      {problem ? <NoticeBanner tone='error' text={problem} testId='form-problem' /> : null}
      <View className='pc-actions pc-actions--end'>
        {mode.kind === 'change' ? (
          <Button type='primary' loading={busy} data-testid='propose-change' onClick={() => void save(true)}>
            提交变更
          </Button>
        ) : (
          <>
            <Button loading={busy} data-testid='save-draft' onClick={() => void save(false)}>
              保存草稿
            </Button>
            <Button type='primary' loading={busy} data-testid='save-submit' onClick={() => void save(true)}>
              {mode.kind === 'draft' ? mode.submitLabel : '提交审核'}
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

function ProductSheet({ product }: { product: EditorProduct }) {
  return (
    <View className='pc-card' data-testid='product-sheet'>
      {describeProduct(product).map((row) => (
        <View key={row.key} className='pc-sheet__row'>
          <Text className='pc-sheet__label'>{row.label}</Text>
          <Text className='pc-sheet__value'>{row.value}</Text>
        </View>
      ))}
    </View>
  )
}

function EditorLayout({ data, notice, onSaved }: { data: EditorData | null; notice: Notice | null; onSaved: EditorProps['onSaved'] }) {
  const product = data?.productDraft ?? null
  const history = data?.productHistory ?? []
  const mode = editorMode(product?.status ?? null, history[0])
  const rejection = product?.status === ProductStatus.REJECTED && history[0]?.status === 'REJECTED' ? (history[0].reason ?? null) : null
  return (
    <View className='pc-page'>
      <View className='pc-header'>
        <View>
          <Text className='pc-title'>
            {product ? product.name : '新建产品'}
            {product ? <StatusChip status={product.status} /> : null}
          </Text>
          <Text className='pc-subtitle'>保存时按平台审核规则检查：额度、期限和利率的上下限不能颠倒，年利率不超过法定上限 24%。</Text>
        </View>
        <Button size='small' onClick={() => void Taro.redirectTo({ url: ROUTES.productConsole })}>
          返回产品列表
        </Button>
      </View>
      {notice ? (
        <Text className={`pc-notice pc-notice--${notice.tone}`} data-testid='editor-notice'>
          {notice.text}
        </Text>
      ) : null}
      <ModeBanner mode={mode} rejection={rejection} />
      <View className='pc-columns'>
        <View className='pc-columns__main'>
          {mode.kind === 'locked' && product ? <ProductSheet product={product} /> : <ProductForm product={product} mode={mode} onSaved={onSaved} />}
        </View>
        {product ? (
          <View className='pc-columns__side'>
            <HistoryPanel entries={history} />
          </View>
        ) : null}
      </View>
    </View>
  )
}

function ExistingProduct({ id, initialNotice }: { id: string; initialNotice: Notice | null }) {
  const query = useQuery(ProductEditorQuery, { id }, { client: apiClient })
  const [notice, setNotice] = useState<Notice | null>(initialNotice)
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (!query.data) return <StateView icon='building' title='正在加载产品…' />
  const { productDraft, productHistory } = query.data
  return (
    <EditorLayout
      key={`${productDraft.status}-${productHistory.length}-${productHistory[0]?.status ?? ''}`}
      data={query.data}
      notice={notice}
      onSaved={(_, next) => {
        setNotice(next)
        void query.refetch()
      }}
    />
  )
}

/** 新建 / 编辑产品: the form for every product field, the change proposal of a published product, and its review history. */
export default function ProductEditorPage() {
  const { id, notice } = useRouter().params
  const initialNotice = notice === 'draft' || notice === 'submitted' || notice === 'submit-failed' ? NOTICES[notice] : null
  return (
    <PageShell nav='staff' className='product-console'>
      <ConsoleGate allows={isProductManager} deniedTitle='仅产品经理可管理产品' deniedDescription='请使用具有产品管理权限的机构工作人员账号登录。'>
        {() =>
          id ? (
            <ExistingProduct id={id} initialNotice={initialNotice} />
          ) : (
            <EditorLayout
              data={null}
              notice={null}
              onSaved={(savedId, next) => void Taro.redirectTo({ url: editorPath(savedId, noticeKind(next)) })}
            />
          )
        }
      </ConsoleGate>
    </PageShell>
  )
}
