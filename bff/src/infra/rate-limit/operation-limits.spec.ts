import { operationChecks } from './operation-limits';
import { accountSubject } from './rate-limit-keys';
import type { RootFieldCall } from './root-fields';

function call(name: string, args: Record<string, string> = {}): RootFieldCall {
  return { name, stringArgument: (argument) => args[argument] };
}

describe('operationChecks', () => {
  it('counts every operation against the general quota of its IP first', () => {
    expect(operationChecks('10.0.0.1', [])).toEqual([{ rule: 'graphql', scope: 'perIp', subject: '10.0.0.1' }]);
    expect(operationChecks('10.0.0.1', [call('createBanner'), call('logout')])).toHaveLength(1);
  });

  it('keys staffLogin by the username as the login reads it together with the IP', () => {
    const checks = operationChecks('10.0.0.1', [call('staffLogin', { username: '  Yinghuai-Admin ' })]);
    expect(checks).toEqual([
      { rule: 'graphql', scope: 'perIp', subject: '10.0.0.1' },
      { rule: 'staffLogin', scope: 'perIp', subject: '10.0.0.1' },
      { rule: 'staffLogin', scope: 'perAccount', subject: accountSubject('staffLogin', 'yinghuai-admin', '10.0.0.1') },
    ]);
    const elsewhere = operationChecks('10.0.0.2', [call('staffLogin', { username: 'yinghuai-admin' })]);
    expect(elsewhere[2]?.subject).not.toBe(checks[2]?.subject);
  });

  it('keys the challenge steps by their challenge and refreshSession by its token, never storing either', () => {
    for (const name of ['staffVerifyTotp', 'staffConfirmTotpEnrollment', 'staffChangeInitialPassword']) {
      const checks = operationChecks('10.0.0.1', [call(name, { challengeToken: 'challenge-secret' })]);
      expect(checks.slice(1)).toEqual([
        { rule: 'staffChallenge', scope: 'perIp', subject: '10.0.0.1' },
        { rule: 'staffChallenge', scope: 'perAccount', subject: accountSubject('challengeToken', 'challenge-secret') },
      ]);
    }
    const refresh = operationChecks('10.0.0.1', [call('refreshSession', { refreshToken: 'refresh-secret' })]);
    expect(refresh[2]).toEqual({ rule: 'refreshSession', scope: 'perAccount', subject: accountSubject('refreshToken', 'refresh-secret') });
    expect(JSON.stringify([...refresh])).not.toContain('secret');
  });

  it('keys refreshGovernmentData by the enterprise it names together with the IP', () => {
    const checks = operationChecks('10.0.0.1', [call('refreshGovernmentData', { enterpriseId: 'e-1' })]);
    expect(checks.slice(1)).toEqual([
      { rule: 'govDataRefresh', scope: 'perIp', subject: '10.0.0.1' },
      { rule: 'govDataRefresh', scope: 'perAccount', subject: accountSubject('govDataRefresh', 'e-1', '10.0.0.1') },
    ]);
    // Someone naming another enterprise from elsewhere spends a counter of their own.
    expect(operationChecks('10.0.0.9', [call('refreshGovernmentData', { enterpriseId: 'e-1' })])[2]?.subject).not.toBe(checks[2]?.subject);
  });

  it('counts the logins without an account by IP, and each aliased call again', () => {
    const checks = operationChecks('10.0.0.1', [call('hostLogin'), call('completeUnifiedLogin'), call('beginUnifiedLogin'), call('hostLogin')]);
    expect(checks.map((check) => `${check.rule}.${check.scope}`)).toEqual([
      'graphql.perIp',
      'hostLogin.perIp',
      'unifiedLogin.perIp',
      'unifiedLogin.perIp',
      'hostLogin.perIp',
    ]);
  });

  it('skips the account check when the argument is not a string (the request fails validation of its variables)', () => {
    expect(operationChecks('10.0.0.1', [call('staffLogin')]).map((check) => check.scope)).toEqual(['perIp', 'perIp']);
  });
});
