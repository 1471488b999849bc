import { SessionException } from '../../auth/sessions/session.exception';
import type { AuthUser } from '../../auth/auth-user';
import { CloseCode, LiveConnection, type SessionInspector } from './live-connection';

const USER: AuthUser = { userId: 'u1', role: 'ENTERPRISE' as AuthUser['role'], permissions: [], institutionId: null, activeEnterpriseId: 'e1', sessionId: 's1' };

function connection(inspect: SessionInspector['inspect'], expiresInMs = 900_000) {
  const closes: Array<[number, string]> = [];
  const failures: unknown[] = [];
  const live = new LiveConnection({
    id: 'c1',
    ip: '127.0.0.1',
    token: 't',
    user: USER,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs),
    inspector: { inspect },
    close: (code, reason) => closes.push([code, reason]),
    now: Date.now,
    recheckEveryMs: 60_000,
    onInspectFailure: (error) => failures.push(error),
  });
  return { live, closes, failures };
}

describe('LiveConnection', () => {
  afterEach(() => jest.useRealTimers());

  it('shares one look at the session among the events that arrive together, and takes the fresh identity', async () => {
    const inspect = jest.fn(async () => ({ user: { ...USER, activeEnterpriseId: 'e2' }, accessTokenExpiresAt: new Date() }));
    const { live } = connection(inspect);
    const [a, b] = await Promise.all([live.recheck(), live.recheck()]);
    expect(inspect).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(live.identity.activeEnterpriseId).toBe('e2');
    await live.recheck();
    expect(inspect).toHaveBeenCalledTimes(2);
    live.dispose();
  });

  it.each([
    ['an ended session', SessionException.ended(), CloseCode.SESSION_ENDED],
    ['an idle session', SessionException.idle(), CloseCode.SESSION_ENDED],
    ['an expired token', SessionException.accessTokenInvalid(), CloseCode.UNAUTHENTICATED],
  ])('closes the socket for %s and delivers nothing more', async (_name, error, code) => {
    const { live, closes } = connection(async () => {
      throw error;
    });
    expect(await live.recheck()).toBeNull();
    expect(closes.map(([closeCode]) => closeCode)).toEqual([code]);
    expect(await live.recheck()).toBeNull();
    expect(closes).toHaveLength(1);
  });

  it('fails closed when the session cannot be looked at', async () => {
    const { live, closes, failures } = connection(async () => {
      throw new Error('database away');
    });
    expect(await live.recheck()).toBeNull();
    expect(closes).toEqual([[CloseCode.INTERNAL_ERROR, '服务暂不可用，请稍后重新连接']]);
    expect(failures).toHaveLength(1);
  });

  it('closes the socket when the access token expires, so the app connects again with its next one', () => {
    jest.useFakeTimers();
    const { live, closes } = connection(async () => ({ user: USER, accessTokenExpiresAt: new Date() }), 1000);
    jest.advanceTimersByTime(999);
    expect(closes).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(closes).toEqual([[CloseCode.UNAUTHENTICATED, '登录凭证无效或已过期，请重新登录']]);
    expect(live.isClosed).toBe(true);
  });
});
