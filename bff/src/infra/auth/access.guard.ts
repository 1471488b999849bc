import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@rongtong/shared';
import type { Logger } from 'pino';
import { AuditAction, AuditService } from '../../modules/audit/audit.service';
import { SessionsService } from '../../modules/sessions/sessions.service';
import { DomainException } from '../errors/domain.exception';
import { LOGGER } from '../logging/logging.module';
import { decideAccess, type AccessRule } from './access-rule';
import { ACCESS_RULE_METADATA } from './decorators';
import { bearerToken, operationOf, requestMetaOf, requestOf } from './request-context';

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
    const request = requestOf(context);
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
