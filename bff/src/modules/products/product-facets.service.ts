import { Injectable } from '@nestjs/common';
import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { stableKey } from '../../infra/cache/stable-key';
import { AppConfig } from '../../infra/config/app-config';
import { CommittedReads } from '../../infra/database/committed-reads';
import { CatalogueRevisions } from './catalogue/catalogue-revision';
import { RevisionCache } from './catalogue/revision-cache';
import type { ProductFilterInput } from './dto/product-filter.input';
import type { ProductFacets } from './models/product-facets.model';
import { ProductFacetsRepository } from './product-facets.repository';

type Filter = ProductFilterInput | null | undefined;

/** Every value of `values` with its count, zero when absent, in the enum's order. */
function facetList<V extends string>(values: readonly V[], counts: Map<string, number>): Array<{ value: V; count: number }> {
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/**
 * Standard faceting: each dimension is counted under the filter without that dimension's own selection. The
 * counts of a filter are kept until the catalogue revision moves.
 */
@Injectable()
export class ProductFacetsService {
  private readonly cache: RevisionCache<ProductFacets>;

  constructor(
    private readonly repository: ProductFacetsRepository,
    private readonly revisions: CatalogueRevisions,
    private readonly committedReads: CommittedReads,
    config: AppConfig,
  ) {
    this.cache = new RevisionCache(config.catalogueCacheEntries);
  }

  async facets(filter: Filter): Promise<ProductFacets> {
    const revision = await this.revisions.current();
    const key = stableKey(filter);
    const cached = this.cache.get(revision, key);
    if (cached) return cached;
    const watch = this.committedReads.watch();
    const facets = await this.countFacets(filter);
    if (watch.sawOnlyCommitted()) this.cache.set(revision, key, facets);
    return facets;
  }

  private async countFacets(filter: Filter): Promise<ProductFacets> {
    const base = filter ?? {};
    const guaranteeValues = Object.values(GuaranteeMethod);
    const repaymentValues = Object.values(RepaymentMethod);
    const [categories, institutionTypes, guaranteeMethods, repaymentMethods, onlineApply] = await Promise.all([
      this.repository.countBy('p.category', { ...base, categories: null }),
      this.repository.countBy('i.type', { ...base, institutionTypes: null }),
      this.repository.countListItems('p.guaranteeMethods', guaranteeValues, { ...base, guaranteeMethods: null }),
      this.repository.countListItems('p.repaymentMethods', repaymentValues, { ...base, repaymentMethods: null }),
      this.repository.countOnlineApply({ ...base, onlineApplyOnly: null }),
    ]);
    return {
      categories: facetList(Object.values(ProductCategory), categories),
      institutionTypes: facetList(Object.values(InstitutionType), institutionTypes),
      guaranteeMethods: facetList(guaranteeValues, guaranteeMethods),
      repaymentMethods: facetList(repaymentValues, repaymentMethods),
      onlineApply,
    };
  }
}
