import { ErrorCode, type FieldError } from '@rongtong/shared';
import type { ValidationError } from 'class-validator';
import { DomainException } from './domain.exception';

const FALLBACK_MESSAGE = '取值不合法';

/** Flattens class-validator's error tree into `{ field: 'filter.amountFen', message }`, one per invalid field. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const own: FieldError[] = messages.length > 0 ? [{ field, message: messages[0] ?? FALLBACK_MESSAGE }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The ValidationPipe's exceptionFactory: every failed constraint becomes a BAD_USER_INPUT field error. */
export function validationExceptionFactory(errors: ValidationError[]): DomainException {
  const fields = flattenValidationErrors(errors);
  const message = fields.length === 1 ? (fields[0]?.message ?? FALLBACK_MESSAGE) : `有 ${fields.length} 项输入不符合要求`;
  return new DomainException(ErrorCode.BAD_USER_INPUT, message, fields);
}
