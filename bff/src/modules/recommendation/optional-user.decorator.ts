import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../../infra/auth/auth-user';
import { requestOf } from '../../infra/auth/request-context';

/** The signed-in caller of a @Public() operation, or null for an anonymous one. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => requestOf(context)?.authUser ?? null,
);
