import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { MessageKind } from '../messages/message-kind';
import { MessagesService } from '../messages/messages.service';
import { toPolicyModel } from './content.mapper';
import { ContentStatus } from './content-status';
import type { PolicyPushItemModel } from './models/policy-push.model';
import { PolicyEntity } from './policy.entity';
import { matchPolicy, matchReasonText } from './policy-match';

export function policyLink(policyId: string): string {
  return `/packages/content/policy-detail/index?id=${policyId}`;
}

@Injectable()
export class PolicyPushService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly messages: MessagesService,
  ) {}

  /**
   * Messages every user bound to an enterprise the policy matches, inside the publishing transaction. A user
   * who already had this policy pushed (published, withdrawn, published again) is not messaged twice.
   */
  async notifyMatching(manager: EntityManager, policy: PolicyEntity): Promise<number> {
    const reasonsByEnterprise = await this.matchingEnterprises(manager, policy);
    if (reasonsByEnterprise.size === 0) return 0;
    const link = policyLink(policy.id);
    const bindings = await this.enterprises.usersBoundTo(manager, [...reasonsByEnterprise.keys()]);
    const alreadyNotified = await this.messages.alreadyNotified(manager, MessageKind.POLICY_PUSH, link);
    const recipients = new Map<string, string>();
    for (const binding of bindings) {
      if (alreadyNotified.has(binding.userId) || recipients.has(binding.userId)) continue;
      recipients.set(binding.userId, reasonsByEnterprise.get(binding.enterpriseId) ?? '');
    }
    const title = `政策推送：${policy.title}`.slice(0, 255);
    const outgoing = [...recipients].map(([userId, reason]) => ({
      userId,
      kind: MessageKind.POLICY_PUSH,
      title,
      body: `${reason}。${policy.summary}`.slice(0, 1024),
      link,
    }));
    return this.messages.send(manager, outgoing);
  }

  /** Published policies matching the enterprise, newest first, each with why it matched. */
  async forEnterprise(enterpriseId: string): Promise<PolicyPushItemModel[]> {
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (!enterprise) return [];
    const policies = await this.dataSource.manager.find(PolicyEntity, {
      where: { status: ContentStatus.PUBLISHED },
      order: { issuedOn: 'DESC', id: 'DESC' },
    });
    return policies.flatMap((policy) => {
      const match = matchPolicy(policy, enterprise);
      return match.matched ? [{ policy: toPolicyModel(policy), reasons: match.reasons, reasonText: matchReasonText(match.reasons) }] : [];
    });
  }

  /** enterprise id → "<name>：<reasons>" for each enterprise the policy matches. */
  private async matchingEnterprises(manager: EntityManager, policy: PolicyEntity): Promise<Map<string, string>> {
    const candidates = await this.enterprises.findTargetProfiles(manager, { scales: policy.scales, types: policy.enterpriseTypes });
    const result = new Map<string, string>();
    for (const enterprise of candidates) {
      const match = matchPolicy(policy, enterprise);
      if (match.matched) result.set(enterprise.id, `${enterprise.name}：${matchReasonText(match.reasons)}`);
    }
    return result;
  }
}
