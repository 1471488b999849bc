import { EnterpriseScale, EnterpriseType } from '../domain/enterprise';
import { findIndustry } from '../domain/industries';
import { findRegion } from '../domain/regions';
import { syntheticEnterprise } from './synthetic-enterprise';
import { syntheticUscc } from './synthetic-uscc';

describe('syntheticEnterprise', () => {
  const enterprises = Array.from({ length: 1_000 }, (_, index) => syntheticEnterprise(syntheticUscc(index)));

  it('describes the same enterprise every time for the same code', () => {
    const uscc = syntheticUscc(42);
    expect(syntheticEnterprise(uscc)).toEqual(syntheticEnterprise(uscc));
    expect(syntheticEnterprise(uscc)).toEqual(enterprises[42]);
  });

  it('works for any valid code, not only synthetic ones', () => {
    const enterprise = syntheticEnterprise('91350100M000100Y43');
    expect(enterprise.uscc).toBe('91350100M000100Y43');
    expect(findRegion(enterprise.regionCode)?.parentCode).toBe('341200');
  });

  it('rejects an invalid code with the validator reason', () => {
    expect(() => syntheticEnterprise('91350100M000100Y44')).toThrow(
      new RangeError('无效的统一社会信用代码：统一社会信用代码校验位错误'),
    );
    expect(() => syntheticEnterprise('')).toThrow(RangeError);
  });

  it('fills every field with a plausible value', () => {
    for (const enterprise of enterprises) {
      expect(enterprise.name).toMatch(/^[\u4e00-\u9fa5（）]{6,}$/);
      expect(enterprise.legalRepresentative).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(findRegion(enterprise.regionCode)).toBeDefined();
      expect(enterprise.regionCode).toBe(enterprise.uscc.slice(2, 8));
      expect(findIndustry(enterprise.industryCode)?.division).toBeDefined();
      expect(enterprise.establishedOn >= '2000-01-01' && enterprise.establishedOn <= '2025-12-31').toBe(true);
      const parsed = new Date(`${enterprise.establishedOn}T00:00:00Z`);
      expect(parsed.toISOString().slice(0, 10)).toBe(enterprise.establishedOn);
      expect(enterprise.registeredCapitalFen % 1_000_000).toBe(0);
      expect(enterprise.registeredCapitalFen).toBeGreaterThan(0);
    }
  });

  it('follows the entity type in the code', () => {
    for (const enterprise of enterprises) {
      const entityType = enterprise.uscc[1];
      if (entityType === '2') {
        expect(enterprise.type).toBe(EnterpriseType.INDIVIDUAL_BUSINESS);
        expect(enterprise.scale).toBe(EnterpriseScale.MICRO);
        expect(enterprise.name.startsWith(findRegion(enterprise.regionCode)?.name ?? '?')).toBe(true);
      } else if (entityType === '3') {
        expect(enterprise.type).toBe(EnterpriseType.FARMERS_COOPERATIVE);
        expect(enterprise.name).toMatch(/专业合作社$/);
        expect(enterprise.establishedOn >= '2007-07-01').toBe(true);
      } else {
        expect(enterprise.name).toMatch(/(有限公司|厂|经营部|商行|服务中心|合伙企业（(普通|有限)合伙）)$/);
      }
    }
  });

  it('names companies by their legal form', () => {
    for (const enterprise of enterprises) {
      if (enterprise.type === EnterpriseType.LIMITED_COMPANY) expect(enterprise.name).toMatch(/[^份]有限公司$/);
      if (enterprise.type === EnterpriseType.JOINT_STOCK_COMPANY) expect(enterprise.name).toMatch(/股份有限公司$/);
    }
  });

  it('varies names, people, industries and scales across enterprises', () => {
    expect(new Set(enterprises.map((enterprise) => enterprise.name)).size).toBeGreaterThan(990);
    expect(new Set(enterprises.map((enterprise) => enterprise.legalRepresentative)).size).toBeGreaterThan(900);
    expect(new Set(enterprises.map((enterprise) => enterprise.industryCode)).size).toBeGreaterThan(25);
    expect(new Set(enterprises.map((enterprise) => enterprise.scale))).toEqual(new Set(Object.values(EnterpriseScale)));
    expect(new Set(enterprises.map((enterprise) => enterprise.type))).toEqual(new Set(Object.values(EnterpriseType)));
  });
});
