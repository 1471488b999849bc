import {
  EnterpriseScale,
  EnterpriseType,
  SME_THRESHOLDS,
  SmeIndicator,
  type SyntheticEnterprise,
} from '@rongtong/shared';
import type { IndustryEconomics } from './industry-table';
import { ceil, exp, log, max, min, round, sqrt } from './math';
import { logistic } from './noise';

/**
 * The size of an enterprise at the model's anchor: its 2025 revenue and its December 2025 headcount, chosen
 * inside the band its registered scale allows for its industry by the 2011 SME classification, so that
 * classifying the generated revenue and headcount gives back the register's scale.
 */
export interface SizeAnchors {
  /** Revenue of the anchor year 2025, fen. */
  annualRevenueFen: number;
  /** Insured headcount in the anchor month 2025-12. */
  headcount: number;
}

/** The year whose revenue, and the month whose headcount, sit inside the scale band. */
export const ANCHOR_YEAR = 2025;

/** How far inside a band values are drawn (at most a factor 1.25 from each edge), so growth rarely crosses one. */
const BAND_MARGIN = 1.25;
/** The open upper tier ends here, as a multiple of its threshold. */
const LARGE_SPAN = 4;
/** The micro tier of revenue starts at this fraction of the small threshold. */
const MICRO_REVENUE_FLOOR = 1 / 15;
const FEN_PER_YUAN = 100;
/** Revenue position within the band leans on financial health with this weight. */
const POSITION_LOADING = 0.35;

type Band = readonly [low: number, high: number];

export function sizeAnchors(
  enterprise: SyntheticEnterprise,
  economics: IndustryEconomics,
  financialHealth: number,
  normal: () => number,
): SizeAnchors {
  const position = normalCdf(POSITION_LOADING * financialHealth + sqrt(1 - POSITION_LOADING ** 2) * normal());
  const headcountPosition = clampUnit(position + 0.12 * normal());
  const revenuePosition = clampUnit(position + 0.12 * normal());
  const productivityNoise = exp(0.3 * normal() - 0.045);
  const headcountBand = scaleBand(economics, enterprise.scale, SmeIndicator.HEADCOUNT);
  const revenueBand = scaleBand(economics, enterprise.scale, SmeIndicator.REVENUE);

  if (enterprise.type === EnterpriseType.INDIVIDUAL_BUSINESS) {
    const cap = headcountBand ? ceil(headcountBand[1]) - 1 : 5;
    const headcount = min(cap, max(0, round(1.5 + 1.3 * normal())));
    const yuan = max(1, headcount) * economics.productivityYuan * 0.5 * productivityNoise;
    return { headcount, annualRevenueFen: revenueWithin(revenueBand, yuan, revenuePosition) };
  }
  if (headcountBand) {
    const headcount = headcountWithin(headcountBand, headcountPosition);
    const yuan = headcount * economics.productivityYuan * productivityNoise;
    return { headcount, annualRevenueFen: revenueWithin(revenueBand, yuan, revenuePosition) };
  }
  const annualRevenueFen = revenueBand
    ? round(placeInBand(revenueBand, revenuePosition))
    : round(economics.productivityYuan * FEN_PER_YUAN * productivityNoise);
  const headcount = max(1, round(annualRevenueFen / FEN_PER_YUAN / economics.productivityYuan / productivityNoise));
  return { headcount, annualRevenueFen };
}

/** `[low, high)` of an indicator for a scale, in its unit (people, fen); null when the industry does not use it. */
export function scaleBand(economics: IndustryEconomics, scale: EnterpriseScale, indicator: SmeIndicator): Band | null {
  const table = SME_THRESHOLDS[economics.smeClass];
  const small = table.small[indicator];
  const medium = table.medium[indicator];
  const large = table.large[indicator];
  if (small === undefined || medium === undefined || large === undefined) return null;
  switch (scale) {
    case EnterpriseScale.MICRO:
      return [indicator === SmeIndicator.HEADCOUNT ? 1 : small * MICRO_REVENUE_FLOOR, small];
    case EnterpriseScale.SMALL:
      return [small, medium];
    case EnterpriseScale.MEDIUM:
      return [medium, large];
    case EnterpriseScale.LARGE:
      return [large, large * LARGE_SPAN];
    default:
      return assertNever(scale);
  }
}

/** A point at `position` (0–1) of the band's interior, on a log scale. */
function placeInBand([low, high]: Band, position: number): number {
  const margin = min(BAND_MARGIN, (high / low) ** 0.25);
  const from = log(low * margin);
  const to = log(high / margin);
  return exp(from + position * (to - from));
}

function headcountWithin(band: Band, position: number): number {
  const value = round(placeInBand(band, position));
  return min(ceil(band[1]) - 1, max(ceil(band[0]), value));
}

/** Revenue from productivity, kept inside the band's interior when the industry sizes by revenue. */
function revenueWithin(band: Band | null, yuan: number, position: number): number {
  const fen = yuan * FEN_PER_YUAN;
  if (band === null) return max(10_000 * FEN_PER_YUAN, round(fen));
  const low = placeInBand(band, 0);
  const high = placeInBand(band, 1);
  if (fen >= low && fen <= high) return round(fen);
  return round(placeInBand(band, position));
}

/** Standard normal CDF, logistic approximation (|error| < 0.01), enough for a position in a band. */
function normalCdf(x: number): number {
  return logistic(1.702 * x);
}

function clampUnit(value: number): number {
  return min(0.98, max(0.02, value));
}

function assertNever(value: never): never {
  throw new RangeError(`未知的企业规模：${String(value)}`);
}
