import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { readGraphQLResult } from './graphql-response'

function failure(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected an ApiError')
}

describe('readGraphQLResult', () => {
  it('returns the data of a successful response', () => {
    expect(readGraphQLResult({ statusCode: 200, data: { data: { product: { id: 'p1' } } } })).toEqual({
      product: { id: 'p1' },
    })
  })

  it('parses a body that arrives as a JSON string', () => {
    expect(readGraphQLResult({ statusCode: 200, data: '{"data":{"ok":true}}' })).toEqual({ ok: true })
  })

  it('keeps the code, field errors and message of a validation failure', () => {
    const error = failure(() =>
      readGraphQLResult({
        statusCode: 200,
        data: {
          data: null,
          errors: [
            {
              message: '输入有误',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'first', message: '每页数量须在 1 到 100 之间' }, { field: 3 }],
              },
            },
          ],
        },
      }),
    )
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT)
    expect(error.message).toBe('输入有误')
    expect(error.fields).toEqual([{ field: 'first', message: '每页数量须在 1 到 100 之间' }])
    expect(error.fieldMessage('first')).toBe('每页数量须在 1 到 100 之间')
  })

  it('keeps when a locked account unlocks', () => {
    const error = failure(() =>
      readGraphQLResult({
        statusCode: 200,
        data: { errors: [{ message: '账号已锁定', extensions: { code: 'ACCOUNT_LOCKED', lockedUntil: '2026-03-02T06:20:00.000Z' } }] },
      }),
    )
    expect(error.code).toBe(ErrorCode.ACCOUNT_LOCKED)
    expect(error.lockedUntil).toBe('2026-03-02T06:20:00.000Z')
  })

  it('shows the generic message for internal errors and keeps the correlation id', () => {
    const error = failure(() =>
      readGraphQLResult({
        statusCode: 200,
        data: { errors: [{ message: 'TypeError: x is undefined', extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'c-1' } }] },
      }),
    )
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR)
    expect(error.message).not.toContain('TypeError')
    expect(error.correlationId).toBe('c-1')
  })

  it('treats codes the app does not know as internal errors', () => {
    const error = failure(() =>
      readGraphQLResult({ statusCode: 400, data: { errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } }),
    )
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR)
    expect(error.message).not.toContain('Cannot query field')
  })

  it('maps bodies without GraphQL content by HTTP status', () => {
    expect(failure(() => readGraphQLResult({ statusCode: 429, data: 'Too Many Requests' })).code).toBe(ErrorCode.RATE_LIMITED)
    expect(failure(() => readGraphQLResult({ statusCode: 502, data: '<html>Bad Gateway</html>' })).code).toBe(
      ErrorCode.SERVICE_UNAVAILABLE,
    )
    expect(failure(() => readGraphQLResult({ statusCode: 200, data: { data: null } })).code).toBe(
      ErrorCode.INTERNAL_SERVER_ERROR,
    )
  })

  it('marks network trouble and rate limits as retryable, input errors not', () => {
    expect(new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE }).retryable).toBe(true)
    expect(new ApiError({ code: ErrorCode.BAD_USER_INPUT }).retryable).toBe(false)
  })
})
