import { findIndustry } from './industries';

/** Industry risk, 1 (lowest) to 5 (highest): the documented table the latent model and the scorer share. */
export type IndustryRiskLevel = 1 | 2 | 3 | 4 | 5;

/**
 * Risk by GB/T 4754-2017 section, and by division where the division departs from its section. The levels
 * follow the usual reading of Chinese SME credit (exposure to the property cycle, receivables, price cycles,
 * environmental and policy pressure); they are a stated assumption of the synthetic world, not statistics.
 */
export const SECTION_RISK: Readonly<Record<string, IndustryRiskLevel>> = {
  A: 3, B: 4, C: 3, D: 2, E: 4, F: 3, G: 3, H: 4, I: 2, J: 3, K: 5, L: 3, M: 2, N: 3, O: 3, P: 3, Q: 2, R: 3, S: 3, T: 3,
};

export const DIVISION_RISK: Readonly<Record<string, IndustryRiskLevel>> = {
  '03': 4, // 畜牧业: disease and pig-price cycles
  '05': 2, // 农林牧渔专业及辅助性活动
  '17': 4, // 纺织业: shrinking margins
  '18': 4, // 纺织服装、服饰业
  '21': 4, // 家具制造业: tied to housing
  '26': 4, // 化学原料和化学制品制造业: environmental enforcement
  '27': 2, // 医药制造业
  '30': 4, // 非金属矿物制品业 (building materials): tied to housing
  '35': 2, // 专用设备制造业
  '38': 2, // 电气机械和器材制造业
  '39': 2, // 计算机、通信和其他电子设备制造业
  '47': 5, // 房屋建筑业: long receivables, property cycle
  '50': 4, // 建筑装饰、装修和其他建筑业
  '59': 2, // 装卸搬运和仓储业
  '61': 4, // 住宿业
  '62': 4, // 餐饮业: thin margins, high churn
  '65': 2, // 软件和信息技术服务业
  '74': 2, // 专业技术服务业
  '75': 2, // 科技推广和应用服务业
  '83': 4, // 教育 (training): policy risk
};

/** The risk level of a GB/T 4754 division; null when the code is not a division. */
export function industryRiskLevel(industryCode: string): IndustryRiskLevel | null {
  const match = findIndustry(industryCode);
  if (match?.division === undefined) return null;
  return DIVISION_RISK[industryCode] ?? SECTION_RISK[match.section.code] ?? null;
}
