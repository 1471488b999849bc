import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProductStatus } from '@rongtong/shared';
import type { Repository } from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { InstitutionStatus } from '../institutions/institution-status';
import { ProductEntity } from '../products/product.entity';

@Injectable()
export class RecommendationRepository {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
  ) {}

  /** Every published product of a listed institution, with its institution: what recommendations rank and show. */
  findCatalogue(): Promise<ProductEntity[]> {
    return this.products
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.institution', 'i', 'i.status = :listed', { listed: InstitutionStatus.ACTIVE })
      .where('p.status = :status', { status: ProductStatus.PUBLISHED })
      .getMany();
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findOneBy({ id });
  }
}
