import { validateMobile } from './mobile';

describe('validateMobile', () => {
  it.each(['13800138000', '15955812345', '19912345678', '16612345678'])('accepts %s', (phone) => {
    expect(validateMobile(phone)).toEqual({ ok: true });
  });

  it.each([
    ['', '请输入手机号码'],
    ['1380013800', '手机号码应为11位数字'],
    ['138 0013 8000', '手机号码不能包含空格'],
    ['13800138000\n', '手机号码不能包含空格'],
    ['+8613800138000', '手机号码应为11位数字'],
    ['1380013800a', '手机号码应为11位数字'],
    ['12800138000', '手机号码格式不正确，应以13至19开头'],
    ['23800138000', '手机号码格式不正确，应以13至19开头'],
  ])('rejects %j with a reason', (phone, reason) => {
    expect(validateMobile(phone)).toEqual({ ok: false, reason });
  });
});
