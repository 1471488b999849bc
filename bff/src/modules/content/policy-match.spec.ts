import { EnterpriseScale, EnterpriseType } from '@rongtong/shared';
import { matchPolicy, matchReasonText, type EnterpriseProfile } from './policy-match';

const MANUFACTURER: EnterpriseProfile = { industryCode: '39', scale: EnterpriseScale.SMALL, type: EnterpriseType.LIMITED_COMPANY };
const NO_TAGS = { industryCodes: [], scales: [], enterpriseTypes: [] };

describe('matchPolicy', () => {
  it('matches every enterprise when the policy has no tags', () => {
    expect(matchPolicy(NO_TAGS, MANUFACTURER)).toEqual({ matched: true, reasons: ['面向全部企业'] });
    expect(matchPolicy(NO_TAGS, { industryCode: null, scale: null, type: null }).matched).toBe(true);
  });

  it('matches a section tag to its divisions and explains industry and scale', () => {
    const match = matchPolicy({ ...NO_TAGS, industryCodes: ['A', 'C'], scales: [EnterpriseScale.MICRO, EnterpriseScale.SMALL] }, MANUFACTURER);
    expect(match).toEqual({ matched: true, reasons: ['匹配行业：制造业', '匹配规模：小型企业'] });
    if (match.matched) expect(matchReasonText(match.reasons)).toBe('匹配行业：制造业；匹配规模：小型企业');
  });

  it('names the division when the tag is a division', () => {
    expect(matchPolicy({ ...NO_TAGS, industryCodes: ['39'] }, MANUFACTURER)).toEqual({
      matched: true,
      reasons: ['匹配行业：计算机、通信和其他电子设备制造业'],
    });
  });

  it('explains an enterprise type match', () => {
    expect(matchPolicy({ ...NO_TAGS, enterpriseTypes: [EnterpriseType.LIMITED_COMPANY] }, MANUFACTURER)).toEqual({
      matched: true,
      reasons: ['匹配类型：有限责任公司'],
    });
  });

  it('requires every tagged condition', () => {
    expect(matchPolicy({ ...NO_TAGS, industryCodes: ['A'] }, MANUFACTURER)).toEqual({ matched: false });
    expect(matchPolicy({ ...NO_TAGS, industryCodes: ['C'], scales: [EnterpriseScale.LARGE] }, MANUFACTURER)).toEqual({ matched: false });
    expect(matchPolicy({ ...NO_TAGS, enterpriseTypes: [EnterpriseType.PARTNERSHIP] }, MANUFACTURER)).toEqual({ matched: false });
  });

  it('does not match a tagged condition when the profile lacks that field', () => {
    const unknown: EnterpriseProfile = { industryCode: null, scale: null, type: null };
    expect(matchPolicy({ ...NO_TAGS, industryCodes: ['C'] }, unknown).matched).toBe(false);
    expect(matchPolicy({ ...NO_TAGS, scales: [EnterpriseScale.SMALL] }, unknown).matched).toBe(false);
  });
});
