import { registerEnumType } from '@nestjs/graphql';

/** What the staff member must do next to finish logging in. */
export enum StaffLoginStep {
  DONE = 'DONE',
  TOTP_REQUIRED = 'TOTP_REQUIRED',
  TOTP_ENROLLMENT_REQUIRED = 'TOTP_ENROLLMENT_REQUIRED',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
}

/** The steps a challenge token can be issued for. */
export type ChallengeStep = Exclude<StaffLoginStep, StaffLoginStep.DONE>;

registerEnumType(StaffLoginStep, {
  name: 'StaffLoginStep',
  description: '工作人员登录的下一步',
  valuesMap: {
    DONE: { description: '登录完成' },
    TOTP_REQUIRED: { description: '需输入动态验证码' },
    TOTP_ENROLLMENT_REQUIRED: { description: '需绑定动态验证码（身份验证器）' },
    PASSWORD_CHANGE_REQUIRED: { description: '需修改初始密码' },
  },
});
