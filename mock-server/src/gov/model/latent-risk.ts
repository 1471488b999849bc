import {
  EnterpriseScale,
  EnterpriseType,
  seededRandom,
  syntheticEnterprise,
  type Random,
  type RegistrationStatus,
  type SyntheticEnterprise,
} from '@rongtong/shared';
import { industryEconomics, type IndustryEconomics } from './industry-table';
import { exp, floor, log1p, max, sqrt } from './math';
import { KeyedNoise, NoiseStream, logistic, standardNormal } from './noise';
import { monthOfDate, yearsUntilEndOf, type MonthIndex } from './months';
import { sizeAnchors, type SizeAnchors } from './size';

/**
 * The latent-risk model behind every source of the synthetic government data exchange (mock-server/README.md,
 * "The latent-risk model", states it in full). Each enterprise carries a few hidden factors, fixed by its USCC;
 * every observable (revenue, tax, headcount, power use, court records, penalties, registration status) is a noisy
 * function of them, and the same factors decide, through a logistic function, whether it defaults within the
 * 12 months after the as-of month.
 */
export interface LatentFactors {
  /** F: financial health, standard normal (higher is healthier). */
  financialHealth: number;
  /** M: management quality and compliance, standard normal, correlated 0.3 with F. */
  compliance: number;
  /** L: industry risk level 1–5 from the industry table. */
  industryRisk: number;
  /** A: years from establishment to the end of the as-of month (0 when not yet established). */
  ageYears: number;
}

/** The documented coefficients of the 12-month default model: η = Σ coefficient × term, p = 1 / (1 + e^−η). */
export const DEFAULT_MODEL = {
  intercept: -3.75,
  financialHealth: -1.3,
  compliance: -0.7,
  /** per level above 3 */
  industryRisk: 0.3,
  /** per unit of ln(1 + A) − 2 */
  logAge: -0.35,
  micro: 0.3,
  mediumOrLarge: -0.3,
  /** suspended (歇业) or licence revoked (吊销) at the as-of month */
  haltedStatus: 2.5,
} as const;

/** Correlation of M with F. */
export const COMPLIANCE_CORRELATION = 0.3;

/** Registration status changes, the month they take effect drawn from establishment + 12 months to 2027-12. */
export const STATUS_MODEL = {
  revoked: { intercept: -5.2, financialHealth: -0.9, compliance: -1.3 },
  deregistered: { intercept: -5.8, financialHealth: -0.5, compliance: 0 },
  suspended: { intercept: -6.0, financialHealth: -0.8, compliance: 0 },
  lastEffectiveMonth: 2027 * 12 + 11,
} as const;

export interface ActivityDrivers {
  size: SizeAnchors;
  /** Annual revenue growth rate g (continuous). */
  revenueGrowth: number;
  /** Standard deviation of the monthly log-revenue noise. */
  revenueVolatility: number;
  /** Annual headcount growth rate (continuous). */
  headcountGrowth: number;
  /** Taxes paid / revenue for this enterprise. */
  taxRate: number;
  /** Share of insured employees who also contribute to the housing fund. */
  housingFundCoverage: number;
}

export interface EventRates {
  /** Civil and commercial cases filed per year. */
  casesPerYear: number;
  /** Share of those cases in which the enterprise is the defendant. */
  defendantShare: number;
  enforcementsPerYear: number;
  /** Median months an enforcement stays open. */
  enforcementMedianMonths: number;
  /** Probability that an unpaid enforcement puts the enterprise on the dishonest-debtor list. */
  dishonestListing: number;
  penaltiesPerYear: number;
}

export interface EnterpriseModel {
  enterprise: SyntheticEnterprise;
  asOf: MonthIndex;
  noise: KeyedNoise;
  economics: IndustryEconomics;
  factors: LatentFactors;
  established: MonthIndex;
  /** Status at the as-of month. */
  status: RegistrationStatus;
  /** The month activity stops for good (suspension, revocation, deregistration), even if after the as-of. */
  haltedFrom: MonthIndex | null;
  /** What the status would become, and from when; null for an enterprise that stays in operation. */
  statusChange: { status: Exclude<RegistrationStatus, 'IN_OPERATION'>; from: MonthIndex } | null;
  activity: ActivityDrivers;
  events: EventRates;
  defaultLogit: number;
  defaultProbability: number;
  /** The outcome: defaults within the 12 months after the as-of month. */
  defaults12m: boolean;
}

const MEDIUM_OR_LARGE: readonly EnterpriseScale[] = [EnterpriseScale.MEDIUM, EnterpriseScale.LARGE];
const SIZE_FACTOR: Record<EnterpriseScale, number> = {
  [EnterpriseScale.MICRO]: 0.5,
  [EnterpriseScale.SMALL]: 1,
  [EnterpriseScale.MEDIUM]: 2.5,
  [EnterpriseScale.LARGE]: 6,
};

/**
 * The model of one enterprise at an as-of month. The traits come from a generator seeded with the USCC and are
 * drawn in a fixed order; only the age, the status in force and the default draw depend on the as-of month.
 */
export function enterpriseModel(uscc: string, asOf: MonthIndex): EnterpriseModel {
  const enterprise = syntheticEnterprise(uscc);
  const economics = industryEconomics(enterprise.industryCode);
  const random = seededRandom(`gov-latent:${uscc}`);
  const normal = (): number => standardNormal(random(), random());

  const financialHealth = normal();
  const compliance = COMPLIANCE_CORRELATION * financialHealth + sqrt(1 - COMPLIANCE_CORRELATION ** 2) * normal();
  const established = monthOfDate(enterprise.establishedOn);
  const ageYears = yearsUntilEndOf(enterprise.establishedOn, asOf);
  const factors: LatentFactors = { financialHealth, compliance, industryRisk: economics.riskLevel, ageYears };

  const activity = activityDrivers(enterprise, economics, factors, random, normal);
  const statusChange = drawStatusChange(factors, established, random);
  const status = statusChange !== null && asOf >= statusChange.from ? statusChange.status : 'IN_OPERATION';
  const events = eventRates(enterprise.scale, factors);

  const defaultLogit = defaultLogitOf(factors, enterprise.scale, status);
  const defaultProbability = logistic(defaultLogit);
  const noise = new KeyedNoise(`gov-series:${uscc}`);
  return {
    enterprise,
    asOf,
    noise,
    economics,
    factors,
    established,
    status,
    haltedFrom: statusChange?.from ?? null,
    statusChange,
    activity,
    events,
    defaultLogit,
    defaultProbability,
    defaults12m: noise.uniform(NoiseStream.DEFAULT, asOf) < defaultProbability,
  };
}

export function defaultLogitOf(factors: LatentFactors, scale: EnterpriseScale, status: RegistrationStatus): number {
  const m = DEFAULT_MODEL;
  return (
    m.intercept +
    m.financialHealth * factors.financialHealth +
    m.compliance * factors.compliance +
    m.industryRisk * (factors.industryRisk - 3) +
    m.logAge * (log1p(factors.ageYears) - 2) +
    (scale === EnterpriseScale.MICRO ? m.micro : 0) +
    (MEDIUM_OR_LARGE.includes(scale) ? m.mediumOrLarge : 0) +
    (status === 'SUSPENDED' || status === 'REVOKED' ? m.haltedStatus : 0)
  );
}

function activityDrivers(
  enterprise: SyntheticEnterprise,
  economics: IndustryEconomics,
  factors: LatentFactors,
  random: Random,
  normal: () => number,
): ActivityDrivers {
  const { financialHealth: f, compliance: m } = factors;
  const size = sizeAnchors(enterprise, economics, f, normal);
  const revenueGrowth = 0.03 + 0.08 * f - 0.01 * (factors.industryRisk - 3) + 0.04 * normal();
  const revenueVolatility = 0.06 + 0.01 * factors.industryRisk + 0.05 * max(0, -f) + 0.02 * random();
  const headcountGrowth = 0.5 * revenueGrowth + 0.03 * normal();
  const individual = enterprise.type === EnterpriseType.INDIVIDUAL_BUSINESS;
  const smallTaxpayer = size.annualRevenueFen < 5_000_000_00;
  const taxRate =
    economics.taxRate * (smallTaxpayer ? 0.5 : 1) * (individual ? 0.6 : 1) * exp(0.25 * m + 0.1 * f + 0.1 * normal());
  const housingFundCoverage = logistic(
    -0.3 + 1.0 * m + 0.5 * f + (MEDIUM_OR_LARGE.includes(enterprise.scale) ? 0.8 : 0) - (individual ? 2 : 0),
  );
  return { size, revenueGrowth, revenueVolatility, headcountGrowth, taxRate, housingFundCoverage };
}

function drawStatusChange(
  factors: LatentFactors,
  established: MonthIndex,
  random: Random,
): EnterpriseModel['statusChange'] {
  const { financialHealth: f, compliance: m } = factors;
  const rate = (model: { intercept: number; financialHealth: number; compliance: number }): number =>
    logistic(model.intercept + model.financialHealth * f + model.compliance * m);
  const revoked = rate(STATUS_MODEL.revoked);
  const deregistered = rate(STATUS_MODEL.deregistered);
  const suspended = rate(STATUS_MODEL.suspended);
  const draw = random();
  const first = established + 12;
  const from = first + floor(random() * max(1, STATUS_MODEL.lastEffectiveMonth - first + 1));
  if (draw < revoked) return { status: 'REVOKED', from };
  if (draw < revoked + deregistered) return { status: 'DEREGISTERED', from };
  if (draw < revoked + deregistered + suspended) return { status: 'SUSPENDED', from };
  return null;
}

/** Yearly event rates: log-linear in the factors, times a size factor (micro 0.5, small 1, medium 2.5, large 6). */
export const EVENT_MODEL = {
  cases: { intercept: -1.6, financialHealth: -0.6, compliance: -0.3, industryRisk: 0.15 },
  defendantShare: { intercept: -0.3, financialHealth: -1.0 },
  enforcements: { intercept: -3.5, financialHealth: -1.3, compliance: -0.5, industryRisk: 0.2 },
  enforcementMedianMonths: { base: 6, financialHealth: -0.5 },
  dishonestListing: { intercept: -1.2, financialHealth: -0.6, compliance: -1.2 },
  penalties: { intercept: -2.8, financialHealth: -0.2, compliance: -1.1, industryRisk: 0.2 },
} as const;

function eventRates(scale: EnterpriseScale, factors: LatentFactors): EventRates {
  const { financialHealth: f, compliance: m, industryRisk } = factors;
  const size = SIZE_FACTOR[scale];
  const l = industryRisk - 3;
  const e = EVENT_MODEL;
  return {
    casesPerYear: size * exp(e.cases.intercept + e.cases.financialHealth * f + e.cases.compliance * m + e.cases.industryRisk * l),
    defendantShare: logistic(e.defendantShare.intercept + e.defendantShare.financialHealth * f),
    enforcementsPerYear:
      size *
      exp(e.enforcements.intercept + e.enforcements.financialHealth * f + e.enforcements.compliance * m + e.enforcements.industryRisk * l),
    enforcementMedianMonths: e.enforcementMedianMonths.base * exp(e.enforcementMedianMonths.financialHealth * f),
    dishonestListing: logistic(e.dishonestListing.intercept + e.dishonestListing.financialHealth * f + e.dishonestListing.compliance * m),
    penaltiesPerYear:
      size * exp(e.penalties.intercept + e.penalties.financialHealth * f + e.penalties.compliance * m + e.penalties.industryRisk * l),
  };
}
