import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min, ValidateNested, registerDecorator } from 'class-validator';
import { MemoizedValidation, MemoizingValidationPipe } from './memoized-validation';

let checks = 0;

/** Counts how often class-validator runs the rules of a class. */
function Counted(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: () => {
          checks += 1;
          return true;
        },
      },
    });
}

class Range {
  @IsInt()
  @Min(0)
  low!: number;
}

@MemoizedValidation()
class SearchArgs {
  @Counted()
  @IsInt()
  @Min(1)
  first!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => Range)
  range?: Range | null;
}

class PlainArgs {
  @Counted()
  @IsInt()
  first!: number;
}

const pipe = new MemoizingValidationPipe({ transform: true, whitelist: true });
const asArgs = (metatype: new () => object) => ({ type: 'body' as const, metatype });

describe('MemoizingValidationPipe', () => {
  beforeEach(() => {
    checks = 0;
  });

  it('validates a value of a memoized class once and hands out the same frozen instance after', async () => {
    const first = (await pipe.transform({ first: 20, range: { low: 5 } }, asArgs(SearchArgs))) as SearchArgs;
    const again = await pipe.transform({ first: 20, range: { low: 5 } }, asArgs(SearchArgs));
    expect(first).toBeInstanceOf(SearchArgs);
    expect(first.range).toBeInstanceOf(Range);
    expect(again).toBe(first);
    expect(checks).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.range)).toBe(true);
    expect(() => {
      (first as { first: number }).first = 1;
    }).toThrow(TypeError);
  });

  it('tells different values apart', async () => {
    const twenty = await pipe.transform({ first: 20 }, asArgs(SearchArgs));
    const ten = (await pipe.transform({ first: 10 }, asArgs(SearchArgs))) as SearchArgs;
    expect(ten).not.toBe(twenty);
    expect(ten.first).toBe(10);
  });

  it('judges a refused value every time', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(pipe.transform({ first: 0 }, asArgs(SearchArgs))).rejects.toBeInstanceOf(BadRequestException);
      await expect(pipe.transform({ first: 5, range: { low: -1 } }, asArgs(SearchArgs))).rejects.toBeInstanceOf(BadRequestException);
    }
  });

  it('validates an unmarked class afresh on every call, into a new instance', async () => {
    const first = await pipe.transform({ first: 1 }, asArgs(PlainArgs));
    const again = await pipe.transform({ first: 1 }, asArgs(PlainArgs));
    expect(again).not.toBe(first);
    expect(Object.isFrozen(again)).toBe(false);
    expect(checks).toBe(2);
  });
});
