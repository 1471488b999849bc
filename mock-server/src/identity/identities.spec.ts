import { syntheticEnterprise, syntheticUscc, validateMobile, validateResidentId } from '@rongtong/shared';
import {
  CITIZEN_COUNT,
  ENTERPRISE_COUNT,
  defaultHostIdentity,
  findTestIdentity,
  listTestIdentities,
  type EnterpriseIdentity,
} from './identities';
import { maskPhone, maskResidentId } from './masking';

describe('test identities', () => {
  const identities = listTestIdentities();
  const enterpriseIdentities = identities.filter((identity): identity is EnterpriseIdentity => identity.kind === 'ENTERPRISE');

  it('has the citizens and, for each of the first 20 synthetic enterprises, a legal representative and an agent', () => {
    expect(identities.filter((identity) => identity.kind === 'CITIZEN')).toHaveLength(CITIZEN_COUNT);
    expect(CITIZEN_COUNT).toBeGreaterThanOrEqual(10);
    expect(enterpriseIdentities).toHaveLength(ENTERPRISE_COUNT * 2);
    for (let index = 0; index < ENTERPRISE_COUNT; index += 1) {
      const enterprise = syntheticEnterprise(syntheticUscc(index));
      const [representative, agent] = enterpriseIdentities.filter((identity) => identity.uscc === enterprise.uscc);
      expect(representative).toMatchObject({
        relation: 'LEGAL_REPRESENTATIVE',
        name: enterprise.legalRepresentative,
        enterpriseName: enterprise.name,
      });
      expect(agent).toMatchObject({ relation: 'AGENT', enterpriseName: enterprise.name });
      expect(agent.name).not.toBe(representative.name);
      expect(representative.residentId.slice(0, 6)).toBe(enterprise.regionCode);
      expect(agent.residentId.slice(0, 6)).toBe(enterprise.regionCode);
    }
  });

  it('gives everyone a valid phone, a valid resident ID born 1960–2000 and a Chinese name', () => {
    for (const identity of identities) {
      expect(validateMobile(identity.phone)).toEqual({ ok: true });
      expect(validateResidentId(identity.residentId)).toEqual({ ok: true });
      const birthYear = Number(identity.residentId.slice(6, 10));
      expect(birthYear).toBeGreaterThanOrEqual(1960);
      expect(birthYear).toBeLessThanOrEqual(2000);
      expect(identity.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(identity.sub).toMatch(/^wst-[0-9a-f]{24}$/);
    }
  });

  it('never repeats a subject, a phone number or a resident ID', () => {
    for (const key of ['sub', 'phone', 'residentId'] as const) {
      expect(new Set(identities.map((identity) => identity[key])).size).toBe(identities.length);
    }
  });

  it('is deterministic: the module rebuilt from scratch gives the same list', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('./identities');
      expect(fresh.listTestIdentities()).not.toBe(identities);
      expect(fresh.listTestIdentities()).toEqual(identities);
    });
  });

  it('finds an identity by sub and nothing for an unknown sub', () => {
    for (const identity of identities) expect(findTestIdentity(identity.sub)).toBe(identity);
    expect(findTestIdentity('wst-000000000000000000000000')).toBeUndefined();
  });

  it('logs the host app in as the legal representative of the first synthetic enterprise by default', () => {
    expect(defaultHostIdentity()).toMatchObject({ uscc: syntheticUscc(0), relation: 'LEGAL_REPRESENTATIVE' });
  });
});

describe('masking', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('keeps the first four and last four characters of a resident ID', () => {
    expect(maskResidentId('34120219900101123X')).toBe('3412**********123X');
  });
});
