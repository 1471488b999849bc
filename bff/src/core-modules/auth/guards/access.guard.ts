import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@rongtong/shared';
import type { Logger } from 'pino';
import { DomainException } from '../../../infra/errors/domain.exception';
import { bearerToken, operationOf, requestMetaOf, requestOf } from '../../../infra/http/request-context';
import { LOGGER } from '../../../infra/logging/logging.module';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { AuthRequest } from '../auth-user';
import { ACCESS_RULE_METADATA } from '../decorators';
import { SessionsService } from '../sessions/sessions.service';
import { decideAccess, type AccessRule } from './access-rule';

/**
 * The one global guard (APP_GUARD) for GraphQL operations and REST handlers. Denies by default: an
 * operation without an access declaration is refused for everyone. Otherwise it resolves the bearer token
 * to an AuthUser, attaches it to the request and applies the declared rule; a signed-in caller refused by
 * role is audited as ACCESS_DENIED.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const operation = operationOf(context);
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error({ operation }, 'operation has no access declaration (@Public, @Authenticated, @Roles, @RequirePermissions): refused');
      throw new DomainException(ErrorCode.FORBIDDEN);
    }
    const request = requestOf<AuthRequest>(context);
    const meta = requestMetaOf(request);
    const token = bearerToken(request);
    if (rule.kind === 'public') {
      if (token && request) request.authUser = (await this.sessions.resolveOptional(token, meta)) ?? undefined;
      return true;
    }
    if (!token) throw new DomainException(ErrorCode.UNAUTHENTICATED);
    const user = await this.sessions.resolve(token, meta);
    if (request) request.authUser = user;
    if (decideAccess(rule, user) === 'ALLOW') return true;
    await this.audit.record({
      actorId: user.userId,
      actorRole: user.role,
      action: AuditAction.ACCESS_DENIED,
      result: 'DENIED',
      targetType: 'OPERATION',
      targetId: operation,
      meta,
    });
    throw new DomainException(ErrorCode.FORBIDDEN);
  }
}
