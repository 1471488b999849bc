import { findRegion } from '@rongtong/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A GB/T 2260 region code the shared region list knows (安徽省, its cities, 阜阳's counties). */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isRegionCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && findRegion(value) !== undefined },
    });
  };
}
