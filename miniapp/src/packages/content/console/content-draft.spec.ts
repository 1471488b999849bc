import { ErrorCode } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import { followStored, itemToReload, updateVariables } from './content-draft'

const STORED = { id: '6f1c2a4e-0d1b-4c55-9a57-3d0e8b1f2c11', version: 3 }

describe('updateVariables', () => {
  it('sends the version the editor loaded as expectedVersion', () => {
    expect(updateVariables(STORED, { title: '新标题' })).toEqual({ id: STORED.id, expectedVersion: 3, input: { title: '新标题' } })
  })
})

describe('itemToReload', () => {
  const conflict = new ApiError({ code: ErrorCode.CONFLICT, message: '该内容已被他人修改，请刷新后重试' })

  it('offers to reload the stored item when someone else changed it meanwhile', () => {
    expect(itemToReload(conflict, STORED)).toBe(STORED)
  })

  it('offers nothing for a new item or for other refusals', () => {
    expect(itemToReload(conflict, null)).toBeNull()
    expect(itemToReload(new ApiError({ code: ErrorCode.BAD_USER_INPUT, message: '标题不能为空' }), STORED)).toBeNull()
    expect(itemToReload(new ApiError({ code: ErrorCode.NOT_FOUND, message: '未找到该政策' }), STORED)).toBeNull()
  })
})

describe('followStored', () => {
  const draft = { stored: STORED, values: { title: '草稿标题' }, attachments: [] }

  it('moves an editor holding the published or withdrawn item to its new version, keeping what was typed', () => {
    expect(followStored(draft, { id: STORED.id, version: 4 })).toEqual({ ...draft, stored: { id: STORED.id, version: 4 } })
  })

  it('leaves a new item and other items alone', () => {
    expect(followStored(draft, { id: 'another-item', version: 9 })).toBe(draft)
    const fresh = { stored: null, values: { title: '' }, attachments: [] }
    expect(followStored(fresh, { id: STORED.id, version: 4 })).toBe(fresh)
  })
})
