import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';

@Injectable()
export class RecommendationRepository {
  constructor(@InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>) {}

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findOneBy({ id });
  }
}
