import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';
import { maskPersonName } from '@rongtong/shared';

/**
 * Names of accounts as others see them: masked for other parties (enterprises seeing who used their data), in full
 * only on staff screens (who submitted and who decided a product review).
 */
@Injectable()
export class AccountNames {
  constructor(private readonly dataSource: DataSource) {}

  /** The masked display names of these accounts by id; unknown ids are absent. */
  async masked(ids: readonly string[]): Promise<Map<string, string>> {
    const names = await this.full(ids);
    return new Map([...names].map(([id, name]) => [id, maskPersonName(name)]));
  }

  /** The display names of these accounts by id, unmasked: for staff screens only; unknown ids are absent. */
  async full(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(UserAccountEntity, { select: { id: true, displayName: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }
}
