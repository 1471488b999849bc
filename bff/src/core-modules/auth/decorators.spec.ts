import { Role } from '@rongtong/shared';
import { ACCESS_RULE_METADATA, Authenticated, Public, RequirePermissions, Roles } from './decorators';
import type { AccessRule } from './guards/access-rule';

function ruleOf(target: object): AccessRule | undefined {
  return Reflect.getMetadata(ACCESS_RULE_METADATA, target) as AccessRule | undefined;
}

describe('access decorators', () => {
  it('record the rule on the method and on the class', () => {
    @Roles(Role.OPERATOR)
    class Example {
      @Public()
      open(): void {}

      @Roles(Role.SYSTEM_ADMIN)
      @RequirePermissions('INSTITUTION_ADMIN')
      @Roles(Role.OPERATOR)
      staff(): void {}

      inherited(): void {}
    }
    expect(ruleOf(Example.prototype.open)).toEqual({ kind: 'public' });
    expect(ruleOf(Example.prototype.staff)).toEqual({
      kind: 'restricted',
      roles: [Role.OPERATOR, Role.SYSTEM_ADMIN],
      permissions: ['INSTITUTION_ADMIN'],
    });
    expect(ruleOf(Example.prototype.inherited)).toBeUndefined();
    expect(ruleOf(Example)).toEqual({ kind: 'restricted', roles: [Role.OPERATOR], permissions: [] });
  });

  it('refuse contradictory or empty declarations when the class is defined', () => {
    expect(() => {
      class Contradiction {
        @Public()
        @Roles(Role.OPERATOR)
        both(): void {}
      }
      return Contradiction;
    }).toThrow('Contradiction.both: @Public() and @Authenticated() cannot be combined');
    expect(() => {
      class Twice {
        @Authenticated()
        @RequirePermissions('REVIEWER')
        both(): void {}
      }
      return Twice;
    }).toThrow('cannot be combined');
    expect(() => Roles()).toThrow('at least one role');
    expect(() => RequirePermissions()).toThrow('at least one permission');
  });
});
