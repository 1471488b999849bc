import { registerEnumType } from '@nestjs/graphql';

export enum MessageKind {
  POLICY_PUSH = 'POLICY_PUSH',
  /** A step of a loan application, sent to the other side (the applicant, or the deciding institution's reviewers). */
  LOAN_APPLICATION = 'LOAN_APPLICATION',
}

registerEnumType(MessageKind, { name: 'MessageKind', description: 'POLICY_PUSH 政策推送；LOAN_APPLICATION 贷款申请进度' });
