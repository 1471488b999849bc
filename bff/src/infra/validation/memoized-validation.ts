import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { LruMap } from '../cache/lru-map';

const MEMOIZED = Symbol('memoized validation');

/** Validated inputs remembered per memoized class. */
export const MEMOIZED_INPUTS_PER_CLASS = 1000;

/**
 * Marks an argument or input class whose validation depends on nothing but its own value (no clock, no
 * caller, no database), and whose validated instance nobody changes: the pipe may then hand out the instance it
 * built for the same value before. For the hot, read-only catalogue queries.
 */
export function MemoizedValidation(): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(MEMOIZED, true, target);
  };
}

/**
 * The ValidationPipe, remembering for classes marked @MemoizedValidation the frozen instance each valid value
 * became (keyed by the value's JSON: GraphQL builds argument objects in schema order). Refused values are not
 * remembered: they are judged, and refused, every time.
 */
export class MemoizingValidationPipe extends ValidationPipe {
  private readonly validated = new WeakMap<object, LruMap<object>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || !Reflect.getMetadata(MEMOIZED, type) || typeof value !== 'object' || value === null) return super.transform(value, metadata);
    const remembered = this.rememberedFor(type);
    const key = JSON.stringify(value);
    const hit = remembered.get(key);
    if (hit) return hit;
    const instance = (await super.transform(value, metadata)) as object;
    remembered.set(key, deepFreeze(instance));
    return instance;
  }

  private rememberedFor(type: object): LruMap<object> {
    let remembered = this.validated.get(type);
    if (!remembered) {
      remembered = new LruMap(MEMOIZED_INPUTS_PER_CLASS);
      this.validated.set(type, remembered);
    }
    return remembered;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) deepFreeze(member);
  return Object.freeze(value);
}
