import { registerEnumType } from '@nestjs/graphql';

export enum MessageKind {
  POLICY_PUSH = 'POLICY_PUSH',
}

registerEnumType(MessageKind, { name: 'MessageKind', description: 'POLICY_PUSH 政策推送' });
