import { Injectable } from '@nestjs/common';
import { Role, findIndustry, findRegion, industryName, type EnterpriseScale } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import { EnterprisesService } from '../enterprises/enterprises.service';
import type { RecommendationInput } from './dto/recommendation.input';
import type { RecommendationProfileModel, RecommendationResultModel, RecommendedProductModel } from './models/recommendation.model';
import { PublishedCatalogue } from '../products/catalogue/published-catalogue';
import type { ProductRow } from '../products/product-records';
import { indexForRanking, rankProducts, yearsInBusiness } from './ranking';
import type { EnterpriseProfile, ScoredProduct } from './ranking-types';

export const MAX_RECOMMENDED = 20;
export const MAX_NEAR_MISSES = 10;

type ScoredWithReasons = ScoredProduct<ProductRow> & { reasons?: string[] };

/** What the recommendation reads of the caller's enterprise (as EnterprisesService.findById returns it). */
export interface CallerEnterprise {
  name: string;
  regionCode: string | null;
  industryCode: string | null;
  scale: EnterpriseScale | null;
  /** YYYY-MM-DD */
  establishedOn: string | null;
}

@Injectable()
export class RecommendationService {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly catalogue: PublishedCatalogue,
    private readonly clock: Clock,
  ) {}

  async recommend(input: RecommendationInput, user: AuthUser | null): Promise<RecommendationResultModel> {
    const enterprise = await this.activeEnterprise(user);
    const profile = mergeProfile(input, enterprise, this.clock.now());
    const catalogue = await this.catalogue.current();
    const ranking = rankProducts(
      {
        amountFen: input.amountFen,
        termMonths: input.termMonths,
        preferences: input.preferences ?? [],
        expectedRateBp: input.expectedRateBp,
        profile,
      },
      catalogue.derive(indexForRanking<ProductRow>), // built once per catalogue snapshot
      { eligible: MAX_RECOMMENDED, nearMisses: MAX_NEAR_MISSES },
    );
    const { eligible: recommended, nearMisses } = ranking;
    const toModel = (entry: ScoredWithReasons): RecommendedProductModel => ({
      product: catalogue.modelOf(entry.product),
      score: entry.score,
      matchedConditions: entry.matchedConditions,
      matchedPreferences: entry.matchedPreferences,
      reasons: entry.reasons ?? [],
    });
    return {
      profile: describeProfile(profile, enterprise),
      recommended: recommended.map(toModel),
      nearMisses: nearMisses.map(toModel),
    };
  }

  /** The enterprise a signed-in ENTERPRISE user is acting for, if any. */
  private async activeEnterprise(user: AuthUser | null): Promise<CallerEnterprise | null> {
    if (!user || user.role !== Role.ENTERPRISE || !user.activeEnterpriseId) return null;
    return this.enterprises.findById(user.activeEnterpriseId);
  }
}

/** Explicit input wins; the enterprise fills what the input leaves out. */
export function mergeProfile(input: RecommendationInput, enterprise: CallerEnterprise | null, today: Date): EnterpriseProfile {
  const years = enterprise?.establishedOn ? yearsInBusiness(enterprise.establishedOn, today) : null;
  return {
    regionCode: input.regionCode ?? enterprise?.regionCode ?? null,
    industryCode: input.industryCode ?? enterprise?.industryCode ?? null,
    scale: input.scale ?? enterprise?.scale ?? null,
    yearsInBusiness: input.yearsInBusiness ?? years,
    creditGrade: null,
  };
}

function describeProfile(profile: EnterpriseProfile, enterprise: CallerEnterprise | null): RecommendationProfileModel {
  return {
    regionCode: profile.regionCode ?? null,
    regionName: profile.regionCode ? (findRegion(profile.regionCode)?.name ?? null) : null,
    industryCode: profile.industryCode ?? null,
    industryName: profile.industryCode && findIndustry(profile.industryCode) ? industryName(profile.industryCode) : null,
    scale: profile.scale ?? null,
    yearsInBusiness: profile.yearsInBusiness ?? null,
    enterpriseName: enterprise?.name ?? null,
  };
}
