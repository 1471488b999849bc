import { ERROR_MESSAGES, ErrorCode, type ErrorExtensions, type FieldError } from '@rongtong/shared';

/** Extra `extensions` a code may carry (e.g. ACCOUNT_LOCKED's lockedUntil); code, fields and correlation id are set by the formatter. */
export type ExtraErrorExtensions = Omit<ErrorExtensions, 'code' | 'fields' | 'correlationId'>;

/**
 * An expected failure with a code the client can branch on. Each domain subclasses it with its own code
 * enum (see products/product.exception.ts); the GraphQL error formatter turns it into
 * `{ message, extensions: { code, fields? } }`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly fields?: readonly FieldError[],
    readonly extensions?: ExtraErrorExtensions,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A single invalid input field. */
export function badUserInput(field: string, message: string): DomainException {
  return new DomainException(ErrorCode.BAD_USER_INPUT, message, [{ field, message }]);
}

export function notFound(message: string = ERROR_MESSAGES[ErrorCode.NOT_FOUND]): DomainException {
  return new DomainException(ErrorCode.NOT_FOUND, message);
}
