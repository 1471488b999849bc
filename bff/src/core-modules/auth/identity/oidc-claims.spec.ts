import { syntheticEnterprise, syntheticUscc } from '@rongtong/shared';
import { EnterpriseRelation } from '../../../modules/enterprises/enterprise-relation';
import { identityFromClaims } from './oidc-claims';
import { OidcFailure, OidcFailureKind } from './oidc-errors';

const enterprise = syntheticEnterprise(syntheticUscc(3));
const PERSON = { sub: 'wst-0123456789abcdef01234567', name: '张三', phone_number: '13812345678', resident_id: '11010519491231002X' };
const ENTERPRISE = { uscc: enterprise.uscc, enterprise_name: enterprise.name, relation: 'AGENT' };

function failure(payload: Record<string, unknown>): string {
  try {
    identityFromClaims(payload);
  } catch (error) {
    if (error instanceof OidcFailure && error.kind === OidcFailureKind.TOKEN_INVALID) return error.reason;
    throw error;
  }
  throw new Error('expected the claims to be refused');
}

describe('identityFromClaims', () => {
  it('reads a citizen', () => {
    expect(identityFromClaims(PERSON)).toEqual({
      subject: PERSON.sub,
      name: '张三',
      phone: '13812345678',
      residentId: '11010519491231002X',
      enterprise: null,
    });
  });

  it('reads the enterprise of a 法人登录', () => {
    expect(identityFromClaims({ ...PERSON, ...ENTERPRISE }).enterprise).toEqual({
      uscc: enterprise.uscc,
      name: enterprise.name,
      relation: EnterpriseRelation.AGENT,
    });
  });

  it('leaves out phone and resident ID when the platform does not send them', () => {
    expect(identityFromClaims({ sub: PERSON.sub, name: PERSON.name })).toMatchObject({ phone: null, residentId: null });
  });

  it('refuses malformed claims, naming the claim but not its value', () => {
    expect(failure({ ...PERSON, sub: '' })).toBe('claim sub is missing or malformed');
    expect(failure({ ...PERSON, sub: 'has space' })).toBe('claim sub is missing or malformed');
    expect(failure({ ...PERSON, name: ' ' })).toBe('claim name is missing or too long');
    expect(failure({ ...PERSON, phone_number: '12345' })).toBe('claim phone_number is not a mainland mobile number');
    expect(failure({ ...PERSON, resident_id: '110105194912310021' })).toBe('claim resident_id is not a valid resident ID');
    expect(failure({ ...PERSON, ...ENTERPRISE, uscc: '91341200MA2XXXXXX0' })).toBe('claim uscc is not a valid USCC');
    expect(failure({ ...PERSON, ...ENTERPRISE, relation: 'OWNER' })).toBe('claim relation is not LEGAL_REPRESENTATIVE or AGENT');
    expect(failure({ ...PERSON, ...ENTERPRISE, enterprise_name: '' })).toBe('claim enterprise_name is missing or too long');
    expect(failure({ ...PERSON, phone_number: 13812345678 })).toBe('claim phone_number is not a string');
  });
});
