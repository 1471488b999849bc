import { getOperationAST, parse } from 'graphql';
import { rootFieldCalls } from './root-fields';

function calls(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return rootFieldCalls(document, operation, variables);
}

describe('rootFieldCalls', () => {
  it('lists each response key once, aliases as calls of their own', () => {
    const found = calls('mutation { a: staffLogin(username: "x", password: "p") { step } b: staffLogin(username: "y", password: "p") { step } logout }');
    expect(found.map((call) => call.name)).toEqual(['staffLogin', 'staffLogin', 'logout']);
    expect(found.map((call) => call.stringArgument('username'))).toEqual(['x', 'y', undefined]);
  });

  it('looks through fragment spreads and inline fragments, walking a fragment spread twice once', () => {
    const found = calls(`mutation { ...F ...F ... on Mutation { c: hostLogin(authCode: "k") { accessToken } } }
      fragment F on Mutation { a: staffLogin(username: "x", password: "p") { step } ... on Mutation { b: refreshSession(refreshToken: "r") { accessToken } } }`);
    expect(found.map((call) => call.name)).toEqual(['staffLogin', 'refreshSession', 'hostLogin']);
  });

  it('merges a response key repeated with the same field, as execution does', () => {
    expect(calls('mutation { staffLogin(username: "x", password: "p") { step } staffLogin(username: "x", password: "p") { challengeToken } }')).toHaveLength(1);
  });

  it('reads string arguments written inline or given as variables, and nothing else', () => {
    const [call] = calls('mutation($u: String!, $n: Int) { staffLogin(username: $u, password: $n) { step } }', { u: 'admin', n: 5 });
    expect(call?.stringArgument('username')).toBe('admin');
    expect(call?.stringArgument('password')).toBeUndefined();
    expect(call?.stringArgument('missing')).toBeUndefined();
    const [unset] = calls('mutation($u: String!) { staffLogin(username: $u, password: "p") { step } }');
    expect(unset?.stringArgument('username')).toBeUndefined();
  });
});
