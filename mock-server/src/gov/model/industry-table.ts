import { DIVISION_RISK, SECTION_RISK, SmeIndustryClass, findIndustry, smeIndustryClasses, type IndustryRiskLevel } from '@rongtong/shared';

/** How an industry earns, pays tax and uses power and water. */
export interface IndustryEconomics {
  riskLevel: IndustryRiskLevel;
  /** Revenue per employee-year, yuan. */
  productivityYuan: number;
  /** Taxes paid / revenue for a general VAT taxpayer of average compliance. */
  taxRate: number;
  /** kWh per yuan of revenue. */
  electricityPerYuan: number;
  /** Tonnes of water per yuan of revenue. */
  waterPerYuan: number;
  /** Relative amplitude of the yearly revenue cycle and the month (1–12) it peaks in. */
  seasonAmplitude: number;
  seasonPeakMonth: number;
  /** Revenue in February relative to the cycle (Spring Festival); 1 for trades that sell more then. */
  februaryFactor: number;
  /** The SME class whose thresholds size the enterprise (2011 classification). */
  smeClass: SmeIndustryClass;
}

type SectionEconomics = Omit<IndustryEconomics, 'riskLevel' | 'smeClass'>;

const economics = (
  productivityYuan: number,
  taxRate: number,
  electricityPerYuan: number,
  waterPerYuan: number,
  seasonAmplitude: number,
  seasonPeakMonth: number,
  februaryFactor = 0.85,
): SectionEconomics => ({
  productivityYuan, taxRate, electricityPerYuan, waterPerYuan, seasonAmplitude, seasonPeakMonth, februaryFactor,
});

const SECTION_ECONOMICS: Readonly<Record<string, SectionEconomics>> = {
  A: economics(300_000, 0.004, 0.03, 0.02, 0.35, 10, 0.9),
  B: economics(800_000, 0.06, 0.1, 0.003, 0.1, 11),
  C: economics(700_000, 0.035, 0.06, 0.002, 0.1, 11),
  D: economics(1_500_000, 0.05, 0.05, 0.002, 0.1, 1),
  E: economics(600_000, 0.03, 0.01, 0.001, 0.25, 11, 0.6),
  F: economics(900_000, 0.015, 0.01, 0.0005, 0.15, 1, 1),
  G: economics(450_000, 0.025, 0.008, 0.0003, 0.1, 11),
  H: economics(170_000, 0.03, 0.04, 0.008, 0.15, 1, 1),
  I: economics(600_000, 0.045, 0.012, 0.0005, 0.05, 12),
  J: economics(2_000_000, 0.05, 0.005, 0.0003, 0.05, 12),
  K: economics(2_000_000, 0.06, 0.01, 0.001, 0.2, 12),
  L: economics(500_000, 0.05, 0.008, 0.0005, 0.08, 12),
  M: economics(400_000, 0.045, 0.01, 0.0005, 0.08, 12),
  N: economics(300_000, 0.035, 0.02, 0.003, 0.1, 8),
  O: economics(200_000, 0.035, 0.02, 0.004, 0.1, 1, 1),
  P: economics(250_000, 0.03, 0.02, 0.002, 0.15, 8),
  Q: economics(300_000, 0.02, 0.03, 0.004, 0.05, 1),
  R: economics(300_000, 0.035, 0.02, 0.002, 0.15, 1, 1),
  S: economics(200_000, 0.02, 0.02, 0.002, 0.05, 1),
  T: economics(200_000, 0.02, 0.02, 0.002, 0.05, 1),
};

const DIVISION_ECONOMICS: Readonly<Record<string, Partial<SectionEconomics>>> = {
  '03': { electricityPerYuan: 0.04, seasonAmplitude: 0.15, seasonPeakMonth: 1, februaryFactor: 1 },
  '05': { seasonAmplitude: 0.4, seasonPeakMonth: 6 },
  '13': { electricityPerYuan: 0.04, waterPerYuan: 0.006, seasonPeakMonth: 10 },
  '14': { waterPerYuan: 0.006, seasonPeakMonth: 1, februaryFactor: 1 },
  '17': { electricityPerYuan: 0.12, waterPerYuan: 0.008 },
  '26': { electricityPerYuan: 0.15, waterPerYuan: 0.006 },
  '30': { electricityPerYuan: 0.2, seasonAmplitude: 0.2 },
  '33': { electricityPerYuan: 0.08 },
  '42': { electricityPerYuan: 0.05, taxRate: 0.015 },
  '51': { productivityYuan: 3_000_000, taxRate: 0.012, electricityPerYuan: 0.003, waterPerYuan: 0.0002, seasonAmplitude: 0.12, seasonPeakMonth: 12, februaryFactor: 0.85 },
  '52': { productivityYuan: 700_000, taxRate: 0.02, electricityPerYuan: 0.012 },
  '59': { productivityYuan: 500_000, taxRate: 0.03, electricityPerYuan: 0.03 },
  '61': { productivityYuan: 200_000, taxRate: 0.035, electricityPerYuan: 0.05, waterPerYuan: 0.01, seasonPeakMonth: 8 },
  '65': { productivityYuan: 450_000, taxRate: 0.04, electricityPerYuan: 0.01 },
  '80': { waterPerYuan: 0.004 },
};

/** One frozen object per code: seasonality factors are cached on it. */
const ECONOMICS_BY_CODE = new Map<string, IndustryEconomics>();

/** Economics and risk of a GB/T 4754 division; an unknown code gets the economics of "other services". */
export function industryEconomics(industryCode: string): IndustryEconomics {
  let economics = ECONOMICS_BY_CODE.get(industryCode);
  if (economics === undefined) {
    economics = Object.freeze(economicsOf(industryCode));
    ECONOMICS_BY_CODE.set(industryCode, economics);
  }
  return economics;
}

function economicsOf(industryCode: string): IndustryEconomics {
  const match = findIndustry(industryCode);
  const section = match?.section.code ?? 'S';
  const riskLevel = DIVISION_RISK[industryCode] ?? SECTION_RISK[section] ?? 3;
  const smeClass = smeIndustryClasses(industryCode)[0] ?? SmeIndustryClass.OTHER;
  return { ...SECTION_ECONOMICS[section], ...DIVISION_ECONOMICS[industryCode], riskLevel, smeClass };
}
