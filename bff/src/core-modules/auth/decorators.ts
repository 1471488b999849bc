import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ErrorCode, type Role } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { requestMetaOf, requestOf, type RequestMeta } from '../../infra/http/request-context';
import type { AuthRequest, AuthUser, InstitutionPermission } from './auth-user';
import type { AccessRule } from './guards/access-rule';

export type { InstitutionPermission } from './auth-user';

/** Reflect-metadata key of an operation's (or a resolver class's) AccessRule. */
export const ACCESS_RULE_METADATA = 'rongtong:access-rule';

type Declaration = MethodDecorator & ClassDecorator;

function merge(existing: AccessRule | undefined, added: AccessRule, where: string): AccessRule {
  if (!existing) return added;
  if (existing.kind === 'restricted' && added.kind === 'restricted') {
    return {
      kind: 'restricted',
      roles: [...new Set([...existing.roles, ...added.roles])],
      permissions: [...new Set([...existing.permissions, ...added.permissions])],
    };
  }
  throw new Error(`${where}: @Public() and @Authenticated() cannot be combined with another access declaration`);
}

function declare(added: AccessRule): Declaration {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor?.value ?? target;
    const where = key === undefined ? String((target as { name?: string }).name) : `${target.constructor.name}.${String(key)}`;
    const existing = Reflect.getMetadata(ACCESS_RULE_METADATA, holder) as AccessRule | undefined;
    Reflect.defineMetadata(ACCESS_RULE_METADATA, merge(existing, added, where), holder);
  };
}

/** Anyone, signed in or not (the catalogue, login). A valid bearer token is still resolved and attached. */
export function Public(): Declaration {
  return declare({ kind: 'public' });
}

/** Any of the listed roles may call. */
export function Roles(...roles: Role[]): Declaration {
  if (roles.length === 0) throw new Error('@Roles() needs at least one role');
  return declare({ kind: 'restricted', roles, permissions: [] });
}

/** Any signed-in user. */
export function Authenticated(): Declaration {
  return declare({ kind: 'authenticated' });
}

/** INSTITUTION_STAFF holding one of the permissions (combined with @Roles, either suffices). */
export function RequirePermissions(...permissions: InstitutionPermission[]): Declaration {
  if (permissions.length === 0) throw new Error('@RequirePermissions() needs at least one permission');
  return declare({ kind: 'restricted', roles: [], permissions });
}

/** The signed-in caller; UNAUTHENTICATED when there is none (e.g. on a @Public() operation). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf<AuthRequest>(context)?.authUser;
  if (!user) throw new DomainException(ErrorCode.UNAUTHENTICATED);
  return user;
});

/** The signed-in caller of a @Public() operation, or null for an anonymous one. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => requestOf<AuthRequest>(context)?.authUser ?? null,
);

/** Where the request came from: client IP and user agent. */
export const CurrentRequestMeta = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestMeta => requestMetaOf(requestOf(context)),
);
