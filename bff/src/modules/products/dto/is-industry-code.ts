import { findIndustry } from '@rongtong/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A GB/T 4754-2017 section letter ('C') or two-digit division code ('39') that exists. */
export function IsIndustryCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIndustryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && findIndustry(value) !== undefined,
      },
    });
  };
}
