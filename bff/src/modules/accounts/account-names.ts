import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

const MAX_MASK = 3;

/** 张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧***: the first character and no more than three stars. */
export function maskPersonName(name: string): string {
  const characters = [...name.trim()];
  if (characters.length === 0) return '*';
  return `${characters[0]}${'*'.repeat(Math.min(Math.max(characters.length - 1, 1), MAX_MASK))}`;
}

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
