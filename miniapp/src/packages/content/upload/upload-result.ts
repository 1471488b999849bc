/** An uploaded file as the BFF describes it (POST /api/files). */
export interface UploadedFile {
  id: string
  name: string
  mimeType: string
  size: number
  url: string
}

export type UploadOutcome = { ok: true; file: UploadedFile } | { ok: false; message: string; sessionRejected: boolean }

function parse(data: unknown): Record<string, unknown> {
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data)
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
    } catch {
      return {}
    }
  }
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
}

function isUploadedFile(body: Record<string, unknown>): boolean {
  return ['id', 'name', 'mimeType', 'url'].every((key) => typeof body[key] === 'string') && typeof body.size === 'number'
}

interface ErrorEntry {
  message?: unknown
  extensions?: { fields?: Array<{ message?: unknown }> }
}

/**
 * The answer of an upload (uploadFile gives the body as text): the file, or the message to show. Refusals come in
 * the shape of GraphQL errors, `{ errors: [{ message, extensions: { code, fields } }] }`.
 */
export function readUploadResult(statusCode: number, data: unknown): UploadOutcome {
  const body = parse(data)
  if (statusCode === 201 && isUploadedFile(body)) return { ok: true, file: body as unknown as UploadedFile }
  const error: ErrorEntry = Array.isArray(body.errors) && typeof body.errors[0] === 'object' && body.errors[0] !== null ? body.errors[0] : {}
  const fields = Array.isArray(error.extensions?.fields) ? error.extensions.fields : []
  const fieldMessage = typeof fields[0]?.message === 'string' ? fields[0].message : undefined
  const message = fieldMessage ?? (typeof error.message === 'string' ? error.message : `上传失败（${statusCode}），请稍后重试`)
  return { ok: false, message, sessionRejected: statusCode === 401 }
}

/** 2.3 MB, 15 KB, 800 B. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

/** The list after removing one attachment, or moving it one place up (-1) or down (+1). */
export function withoutAttachment<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id)
}

export function moveItem<T extends { id: string }>(list: readonly T[], id: string, step: -1 | 1): T[] {
  const index = list.findIndex((item) => item.id === id)
  const target = index + step
  if (index < 0 || target < 0 || target >= list.length) return [...list]
  const next = [...list]
  ;[next[index], next[target]] = [next[target], next[index]]
  return next
}
