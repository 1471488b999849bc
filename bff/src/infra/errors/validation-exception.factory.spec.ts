import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested, validateSync } from 'class-validator';
import { ErrorCode } from '@rongtong/shared';
import { flattenValidationErrors, validationExceptionFactory } from './validation-exception.factory';

class Filter {
  @IsOptional()
  @IsInt({ message: '金额必须是整数' })
  @Min(0, { message: '金额不能为负数' })
  amountFen?: number;
}

class Args {
  @IsInt({ message: '每页数量必须是整数' })
  @Max(100, { message: '每页数量不能超过 100' })
  first: number;

  @ValidateNested()
  @Type(() => Filter)
  filter: Filter;
}

function errorsOf(plain: object) {
  return validateSync(plainToInstance(Args, plain), { stopAtFirstError: true });
}

describe('validation errors', () => {
  it('name nested fields with dotted paths, one message each', () => {
    expect(flattenValidationErrors(errorsOf({ first: 10_000, filter: { amountFen: -1 } }))).toEqual([
      { field: 'first', message: '每页数量不能超过 100' },
      { field: 'filter.amountFen', message: '金额不能为负数' },
    ]);
  });

  it('become one BAD_USER_INPUT exception whose message is the field message when there is one', () => {
    const single = validationExceptionFactory(errorsOf({ first: 1, filter: { amountFen: -1 } }));
    expect(single.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(single.message).toBe('金额不能为负数');
    const several = validationExceptionFactory(errorsOf({ first: 500, filter: { amountFen: -1 } }));
    expect(several.message).toBe('有 2 项输入不符合要求');
    expect(several.fields).toHaveLength(2);
  });
});
