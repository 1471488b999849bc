import type { ValueTransformer } from 'typeorm';
import type { ProductFields } from '@rongtong/shared';

/** Product field values stored as JSON text (the same column type on both dialects). */
export const jsonObjectTransformer: ValueTransformer = {
  to: (value: ProductFields | undefined) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : (JSON.parse(value) as ProductFields)),
};
