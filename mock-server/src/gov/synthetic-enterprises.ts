import type { FastifyInstance } from 'fastify';
import { syntheticEnterprise, syntheticUscc, validateUscc, type FieldError, type SyntheticEnterprise } from '@rongtong/shared';
import { badUserInput } from '../http-errors';
import { parseIntegerParam } from '../validation';

export const GOV_PREFIX = '/gov/v1';

/** Size of the synthetic register: indices 0 … population−1 are listed. */
export const SYNTHETIC_POPULATION = 1_000_000;
export const SYNTHETIC_PAGE_LIMITS = { defaultLimit: 20, maxLimit: 100 } as const;

export interface SyntheticEnterprisePage {
  offset: number;
  limit: number;
  total: number;
  /** Offset of the next page; null on the last one. */
  nextOffset: number | null;
  items: SyntheticEnterprise[];
}

interface PageQuery {
  offset?: string;
  limit?: string;
}

export function listSyntheticEnterprises(offset: number, limit: number): SyntheticEnterprisePage {
  const end = Math.min(offset + limit, SYNTHETIC_POPULATION);
  const items: SyntheticEnterprise[] = [];
  for (let index = offset; index < end; index += 1) items.push(syntheticEnterprise(syntheticUscc(index)));
  return { offset, limit, total: SYNTHETIC_POPULATION, nextOffset: end < SYNTHETIC_POPULATION ? end : null, items };
}

export function registerSyntheticEnterpriseRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: PageQuery }>(`${GOV_PREFIX}/_synthetic/enterprises`, async (request, reply) => {
    const errors: FieldError[] = [];
    const { maxLimit, defaultLimit } = SYNTHETIC_PAGE_LIMITS;
    const offset = parseIntegerParam(request.query.offset, {
      field: 'offset',
      min: 0,
      max: SYNTHETIC_POPULATION,
      defaultValue: 0,
      message: `offset 必须是 0–${SYNTHETIC_POPULATION} 之间的整数`,
    }, errors);
    const limit = parseIntegerParam(request.query.limit, {
      field: 'limit',
      min: 1,
      max: maxLimit,
      defaultValue: defaultLimit,
      message: `limit 必须是 1–${maxLimit} 之间的整数`,
    }, errors);
    if (errors.length > 0) return reply.code(400).send(badUserInput(errors));
    return listSyntheticEnterprises(offset, limit);
  });

  app.get<{ Params: { uscc: string } }>(`${GOV_PREFIX}/_synthetic/enterprises/:uscc`, async (request, reply) => {
    const { uscc } = request.params;
    const check = validateUscc(uscc);
    if (!check.ok) return reply.code(400).send(badUserInput([{ field: 'uscc', message: check.reason }]));
    return syntheticEnterprise(uscc);
  });
}
