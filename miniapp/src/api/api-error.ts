import { ERROR_MESSAGES, ErrorCode, isErrorCode, type FieldError } from '@rongtong/shared'

export interface ApiErrorInit {
  code: ErrorCode
  message?: string
  fields?: readonly FieldError[]
  correlationId?: string
  /** ACCOUNT_LOCKED: when the account unlocks (UTC ISO string from `extensions.lockedUntil`). */
  lockedUntil?: string
}

/** A failed API call, with the server's error code so screens branch on codes, never on text. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly fields: readonly FieldError[]
  readonly correlationId?: string
  readonly lockedUntil?: string

  constructor(init: ApiErrorInit) {
    super(init.message || ERROR_MESSAGES[init.code])
    // Keeps `instanceof` working when the class is compiled down to ES5.
    Object.setPrototypeOf(this, ApiError.prototype)
    this.name = 'ApiError'
    this.code = init.code
    this.fields = init.fields ?? []
    this.correlationId = init.correlationId
    this.lockedUntil = init.lockedUntil
  }

  /** The message for one input field, when the server rejected that field. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((candidate) => candidate.field === field)?.message
  }

  /** Whether trying again later may succeed (network trouble, overload, rate limits). */
  get retryable(): boolean {
    return this.code === ErrorCode.SERVICE_UNAVAILABLE || this.code === ErrorCode.RATE_LIMITED
  }
}

/** A code the app does not know (e.g. a framework's own) is treated as an internal error. */
export function toErrorCode(value: unknown): ErrorCode {
  return isErrorCode(value) ? value : ErrorCode.INTERNAL_SERVER_ERROR
}
