import { formatFileSize, moveItem, readUploadResult, withoutAttachment } from './upload-result'

const FILE = { id: 'f1', name: '申报指南.pdf', mimeType: 'application/pdf', size: 2048, url: '/api/files/f1', sm3: 'ab' }

describe('readUploadResult', () => {
  it('reads the stored file from the JSON text uploadFile returns', () => {
    expect(readUploadResult(201, JSON.stringify(FILE))).toEqual({ ok: true, file: FILE })
  })

  it('shows the field error, else the message, else a generic one', () => {
    const refused = { errors: [{ message: '参数错误', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: '文件不能超过 10 MB' }] } }] }
    expect(readUploadResult(400, JSON.stringify(refused))).toEqual({ ok: false, message: '文件不能超过 10 MB', sessionRejected: false })
    const forbidden = { errors: [{ message: '无权操作', extensions: { code: 'FORBIDDEN' } }] }
    expect(readUploadResult(403, forbidden)).toEqual({ ok: false, message: '无权操作', sessionRejected: false })
    expect(readUploadResult(413, { errors: [null] })).toEqual({ ok: false, message: '上传失败（413），请稍后重试', sessionRejected: false })
    expect(readUploadResult(502, '<html>bad gateway</html>')).toEqual({ ok: false, message: '上传失败（502），请稍后重试', sessionRejected: false })
  })

  it('flags a rejected session so the caller can renew it and retry', () => {
    const unauthenticated = '{"errors":[{"message":"请先登录","extensions":{"code":"UNAUTHENTICATED"}}]}'
    expect(readUploadResult(401, unauthenticated)).toEqual({ ok: false, message: '请先登录', sessionRejected: true })
  })
})

describe('formatFileSize', () => {
  it('uses MB, KB or bytes', () => {
    expect(formatFileSize(2.25 * 1024 * 1024)).toBe('2.3 MB')
    expect(formatFileSize(15 * 1024 + 100)).toBe('15 KB')
    expect(formatFileSize(800)).toBe('800 B')
  })
})

describe('attachment list edits', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]

  it('removes one', () => {
    expect(withoutAttachment(list, 'b')).toEqual([{ id: 'a' }, { id: 'c' }])
  })

  it('moves one up or down, and leaves the ends alone', () => {
    expect(moveItem(list, 'c', -1).map((item) => item.id)).toEqual(['a', 'c', 'b'])
    expect(moveItem(list, 'a', 1).map((item) => item.id)).toEqual(['b', 'a', 'c'])
    expect(moveItem(list, 'a', -1).map((item) => item.id)).toEqual(['a', 'b', 'c'])
    expect(moveItem(list, 'x', 1).map((item) => item.id)).toEqual(['a', 'b', 'c'])
  })
})
