import { ErrorCode } from '@rongtong/shared'
import type { ApiError } from '@/api'
import type { AttachmentItem } from '../upload/attachments-field'

/** A stored item and the version it was loaded at, which its update sends back as `expectedVersion`. */
export interface StoredItem {
  id: string
  version: number
}

/** What a policy or news editor holds: a new item (`stored` null), or an existing one being edited. */
export interface ContentDraft<V> {
  stored: StoredItem | null
  values: V
  attachments: AttachmentItem[]
}

/** The variables of updatePolicy / updateNews: the edit names the version it is based on. */
export function updateVariables<I>(stored: StoredItem, input: I): { id: string; expectedVersion: number; input: I } {
  return { id: stored.id, expectedVersion: stored.version, input }
}

/**
 * The draft after `moved` (an item published or withdrawn from the list) got a new version: an editor holding that
 * item follows it, so the operator's own action does not make their next save look like someone else's change.
 */
export function followStored<D extends { stored: StoredItem | null }>(draft: D, moved: StoredItem): D {
  return draft.stored?.id === moved.id ? { ...draft, stored: { id: moved.id, version: moved.version } } : draft
}

/** The item to load afresh after a refused save: the stored one when someone else changed it meanwhile, else null. */
export function itemToReload(error: ApiError, stored: StoredItem | null): StoredItem | null {
  return error.code === ErrorCode.CONFLICT ? stored : null
}
