import { ERROR_MESSAGES, ErrorCode, type FieldError } from '@rongtong/shared';

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
