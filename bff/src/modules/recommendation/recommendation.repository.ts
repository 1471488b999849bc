import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProductStatus } from '@rongtong/shared';
import { In, type Repository } from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { InstitutionStatus } from '../institutions/institution-status';
import { ProductEntity } from '../products/product.entity';
import type { RankableProduct } from './ranking';

/** The ranking reads only these columns of every published product; the full rows are loaded for the winners. */
const RANKING_COLUMNS = [
  'id',
  'guaranteeMethods',
  'minAmountFen',
  'maxAmountFen',
  'minTermMonths',
  'maxTermMonths',
  'minRateBp',
  'targetRegionCodes',
  'targetIndustryCodes',
  'targetScales',
  'minYearsInBusiness',
  'minCreditGrade',
  'onlineApply',
  'applyCount',
] as const satisfies ReadonlyArray<keyof ProductEntity & keyof RankableProduct>;

@Injectable()
export class RecommendationRepository {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
  ) {}

  findRankable(): Promise<RankableProduct[]> {
    return this.products
      .createQueryBuilder('p')
      .select(RANKING_COLUMNS.map((column) => `p.${column}`))
      .innerJoin('p.institution', 'i', 'i.status = :listed', { listed: InstitutionStatus.ACTIVE })
      .where('p.status = :status', { status: ProductStatus.PUBLISHED })
      .getMany();
  }

  /** Published products with their institutions, in no particular order. */
  findPublishedWithInstitution(ids: readonly string[]): Promise<ProductEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.products.find({
      where: { id: In([...ids]), status: ProductStatus.PUBLISHED, institution: { status: InstitutionStatus.ACTIVE } },
      relations: { institution: true },
    });
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findOneBy({ id });
  }
}
