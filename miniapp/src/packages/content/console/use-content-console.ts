import { useState } from 'react'
import { useSession } from '@/auth'
import { errorMessage, scrollToTop } from './console-shared'

/** Whether the signed-in staff member may use the content consoles. */
export function useIsOperator(): boolean {
  const { me } = useSession()
  return me?.role === 'OPERATOR'
}

/** What a console passes to its editor, besides the `key` that remounts it. */
export interface EditorBinding<D> {
  draft: D
  onChange(draft: D): void
  onSaved(message: string): void
  onCancel(): void
}

/**
 * The state a content console keeps around its list: the notice above the editor, the draft being edited (a
 * new key remounts the editor so its own errors clear), and the load / act flows that report into the notice and
 * reload the list.
 */
export function useContentConsole<D>(fresh: () => D, refetch: () => Promise<void>, afterSave: (saved: D) => D = fresh) {
  const [notice, setNotice] = useState('')
  const [draft, setDraft] = useState<D>(() => fresh())
  const [editorKey, setEditorKey] = useState(0)

  function openEditor(next: D) {
    setDraft(next)
    setEditorKey((key) => key + 1)
  }

  /** Opens a stored item in the editor, scrolled into view, with `loadedNotice` above it. */
  async function load(fetchDraft: () => Promise<D>, loadedNotice = '') {
    try {
      openEditor(await fetchDraft())
      setNotice(loadedNotice)
      scrollToTop()
    } catch (caught) {
      setNotice(errorMessage(caught, '加载失败，请稍后重试'))
    }
  }

  /** Runs an action on a listed item, says how it went, then reloads the list. */
  async function run<T>(action: () => Promise<T>, done: string | ((result: T) => string)) {
    try {
      const result = await action()
      setNotice(typeof done === 'string' ? done : done(result))
    } catch (caught) {
      setNotice(errorMessage(caught, '操作失败，请稍后重试'))
    }
    await refetch()
  }

  const editor: EditorBinding<D> = {
    draft,
    onChange: setDraft,
    onCancel: () => openEditor(fresh()),
    onSaved: (message) => {
      setNotice(message)
      openEditor(afterSave(draft))
      void refetch()
    },
  }
  /** Changes the open draft without remounting the editor. */
  const updateDraft = (update: (current: D) => D) => setDraft(update)
  return { notice, draft, editorKey, editor, openEditor, load, run, updateDraft }
}
