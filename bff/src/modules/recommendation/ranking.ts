import { RankingIndex, indexForRanking } from './ranking-index';
import { RequestWording } from './ranking-conditions';
import { RankingPlan, Selection, selectCandidates } from './ranking-selection';
import type { RankableProduct, RankingLimits, RankingResult, RecommendationRequest } from './ranking-types';

export { RankingIndex, indexForRanking } from './ranking-index';

/**
 * Two passes: every product is checked and scored with numbers only (typed arrays of a RankingIndex, nothing
 * allocated per product), then the conditions and reasons (the costly strings) are written for the products that
 * make the lists. Pass the catalogue's cached index; an array is indexed on the fly.
 */
export function rankProducts<P extends RankableProduct>(
  request: RecommendationRequest,
  catalogue: readonly P[] | RankingIndex<P>,
  limits: RankingLimits = {},
): RankingResult<P> {
  const index = catalogue instanceof RankingIndex ? catalogue : indexForRanking(catalogue);
  const plan = new RankingPlan(request, index);
  const eligible = new Selection(plan, limits.eligible);
  const nearMisses = new Selection(plan, limits.nearMisses);
  selectCandidates(plan, eligible, nearMisses);
  const wording = new RequestWording(request);
  return {
    eligible: eligible.ranked().map((i) => wording.describe(index.products[i], plan.scores[i])),
    nearMisses: nearMisses.ranked().map((i) => wording.describeNearMiss(index.products[i], plan.scores[i])),
  };
}

/** Whole years from `establishedOn` (YYYY-MM-DD) to `today`; an anniversary not yet reached does not count. */
export function yearsInBusiness(establishedOn: string, today: Date): number {
  const [year, month, day] = establishedOn.split('-').map(Number);
  let years = today.getUTCFullYear() - year;
  const beforeAnniversary =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeAnniversary) years -= 1;
  return Math.max(0, years);
}
