import { ENTERPRISE_SCALE_LABELS, ENTERPRISE_TYPE_LABELS, findIndustry, industryName, type EnterpriseScale, type EnterpriseType } from '@rongtong/shared';

export interface PolicyTargets {
  industryCodes: readonly string[];
  scales: readonly EnterpriseScale[];
  enterpriseTypes: readonly EnterpriseType[];
}

export interface EnterpriseProfile {
  industryCode: string | null;
  scale: EnterpriseScale | null;
  type: EnterpriseType | null;
}

export type PolicyMatch = { matched: false } | { matched: true; reasons: string[] };

/** A policy industry tag is a GB/T 4754 section ('C') or division ('39'); a section covers its divisions. */
function industryTagCovers(tag: string, divisionCode: string): boolean {
  if (tag === divisionCode) return true;
  return findIndustry(divisionCode)?.section.code === tag;
}

/**
 * Whether a policy's targets cover an enterprise. Each tag list is a condition (empty = any enterprise);
 * all non-empty conditions must hold, and an enterprise whose profile lacks the field does not meet one.
 * The reasons name each condition that was met by a tag, in the order 行业, 规模, 类型.
 */
export function matchPolicy(targets: PolicyTargets, profile: EnterpriseProfile): PolicyMatch {
  const reasons: string[] = [];
  if (targets.industryCodes.length > 0) {
    const { industryCode } = profile;
    const covering = industryCode ? targets.industryCodes.find((tag) => industryTagCovers(tag, industryCode)) : undefined;
    if (!covering) return { matched: false };
    reasons.push(`匹配行业：${industryName(covering)}`);
  }
  if (targets.scales.length > 0) {
    if (!profile.scale || !targets.scales.includes(profile.scale)) return { matched: false };
    reasons.push(`匹配规模：${ENTERPRISE_SCALE_LABELS[profile.scale]}企业`);
  }
  if (targets.enterpriseTypes.length > 0) {
    if (!profile.type || !targets.enterpriseTypes.includes(profile.type)) return { matched: false };
    reasons.push(`匹配类型：${ENTERPRISE_TYPE_LABELS[profile.type]}`);
  }
  if (reasons.length === 0) reasons.push('面向全部企业');
  return { matched: true, reasons };
}

export function matchReasonText(reasons: readonly string[]): string {
  return reasons.join('；');
}
