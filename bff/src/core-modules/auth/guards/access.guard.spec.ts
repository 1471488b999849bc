import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@rongtong/shared';
import pino from 'pino';
import type { AuditEntry, AuditService } from '../../../modules/audit/audit.service';
import type { AuthUser, AuthRequest } from '../auth-user';
import { Authenticated, Public, Roles } from '../decorators';
import { SessionException } from '../sessions/session.exception';
import type { SessionsService } from '../sessions/sessions.service';
import { AccessGuard } from './access.guard';

class Operations {
  undeclared(): void {}

  @Public()
  open(): void {}

  @Authenticated()
  signedIn(): void {}

  @Roles(Role.AUDIT_ADMIN)
  auditorsOnly(): void {}
}

const OPERATOR: AuthUser = { userId: 'u1', role: Role.OPERATOR, permissions: [], institutionId: null, activeEnterpriseId: null, sessionId: 's1' };

function setup() {
  const audited: AuditEntry[] = [];
  const sessions = {
    resolve: jest.fn(async (token: string) => {
      if (token === 'good') return OPERATOR;
      throw SessionException.accessTokenInvalid();
    }),
    resolveOptional: jest.fn(async (token: string) => (token === 'good' ? OPERATOR : null)),
  };
  const audit = { record: jest.fn(async (entry: AuditEntry) => void audited.push(entry)) };
  const guard = new AccessGuard(
    new Reflector(),
    sessions as unknown as SessionsService,
    audit as unknown as AuditService,
    pino({ level: 'silent' }),
  );
  return { guard, sessions, audited };
}

function context(method: keyof Operations, authorization?: string): { context: ExecutionContext; request: AuthRequest } {
  const request: AuthRequest = { headers: authorization ? { authorization } : {}, ip: '10.0.0.9' };
  const handler = Operations.prototype[method];
  const fake = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Operations,
    switchToHttp: () => ({ getRequest: () => request }),
  };
  return { context: fake as unknown as ExecutionContext, request };
}

describe('AccessGuard', () => {
  it('denies an operation without a declaration, even to a signed-in caller', async () => {
    const { guard, sessions } = setup();
    await expect(guard.canActivate(context('undeclared', 'Bearer good').context)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(guard.canActivate(context('undeclared').context)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(sessions.resolve).not.toHaveBeenCalled();
  });

  it('lets anyone call a public operation and attaches a valid caller', async () => {
    const { guard } = setup();
    const anonymous = context('open');
    await expect(guard.canActivate(anonymous.context)).resolves.toBe(true);
    expect(anonymous.request.authUser).toBeUndefined();
    const stale = context('open', 'Bearer stale');
    await expect(guard.canActivate(stale.context)).resolves.toBe(true);
    expect(stale.request.authUser).toBeUndefined();
    const signedIn = context('open', 'Bearer good');
    await expect(guard.canActivate(signedIn.context)).resolves.toBe(true);
    expect(signedIn.request.authUser).toBe(OPERATOR);
  });

  it('answers UNAUTHENTICATED for a missing or bad token on a protected operation', async () => {
    const { guard } = setup();
    await expect(guard.canActivate(context('signedIn').context)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(guard.canActivate(context('signedIn', 'Bearer bad').context)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const ok = context('signedIn', 'Bearer good');
    await expect(guard.canActivate(ok.context)).resolves.toBe(true);
    expect(ok.request.authUser).toBe(OPERATOR);
  });

  it('answers FORBIDDEN for the wrong role and audits the refusal', async () => {
    const { guard, audited } = setup();
    await expect(guard.canActivate(context('auditorsOnly', 'Bearer good').context)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(audited).toEqual([
      expect.objectContaining({
        actorId: 'u1',
        actorRole: Role.OPERATOR,
        action: 'ACCESS_DENIED',
        result: 'DENIED',
        targetType: 'OPERATION',
        targetId: 'Operations.auditorsOnly',
        meta: { ip: '10.0.0.9', userAgent: null },
      }),
    ]);
    await expect(guard.canActivate(context('auditorsOnly').context)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(audited).toHaveLength(1);
  });
});
