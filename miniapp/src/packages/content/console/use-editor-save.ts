import { useState } from 'react'
import { ApiError } from '@/api'

/**
 * The save button's flow in a console editor: `persist` creates or updates and resolves with the notice to show;
 * a refused save keeps the server's error (field messages under the fields), anything else is rethrown.
 */
export function useEditorSave(onSaved: (message: string) => void) {
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)

  async function save(persist: () => Promise<string>) {
    setSaving(true)
    try {
      const message = await persist()
      setError(null)
      onSaved(message)
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught)
      else throw caught
    } finally {
      setSaving(false)
    }
  }
  return { error, saving, save }
}
