import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { EnterpriseBindingEntity } from '../enterprises/enterprise-binding.entity';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { MessageEntity } from '../messages/message.entity';
import { MessageKind } from '../messages/message-kind';
import { MessagesService } from '../messages/messages.service';
import { toPolicyModel } from './content.mapper';
import { ContentStatus } from './content-status';
import type { PolicyPushItemModel } from './models/policy-push.model';
import { PolicyEntity } from './policy.entity';
import { matchPolicy, matchReasonText } from './policy-match';

const ID_CHUNK = 500;

export function policyLink(policyId: string): string {
  return `/packages/content/policy-detail/index?id=${policyId}`;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += ID_CHUNK) result.push(items.slice(start, start + ID_CHUNK));
  return result;
}

@Injectable()
export class PolicyPushService {
  constructor(
    private readonly dataSource: DataSource,
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
    const bindings = (
      await Promise.all(chunks([...reasonsByEnterprise.keys()]).map((ids) => manager.findBy(EnterpriseBindingEntity, { enterpriseId: In(ids) })))
    ).flat();
    const alreadyNotified = new Set(
      (await manager.find(MessageEntity, { select: { userId: true }, where: { link, kind: MessageKind.POLICY_PUSH } })).map((m) => m.userId),
    );
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
    const enterprise = await this.dataSource.manager.findOneBy(EnterpriseEntity, { id: enterpriseId });
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
    const query = manager.createQueryBuilder(EnterpriseEntity, 'e').select(['e.id', 'e.name', 'e.industryCode', 'e.scale', 'e.type']);
    if (policy.scales.length > 0) query.andWhere('e.scale IN (:...scales)', { scales: policy.scales });
    if (policy.enterpriseTypes.length > 0) query.andWhere('e.type IN (:...types)', { types: policy.enterpriseTypes });
    const result = new Map<string, string>();
    for (const enterprise of await query.getMany()) {
      const match = matchPolicy(policy, enterprise);
      if (match.matched) result.set(enterprise.id, `${enterprise.name}：${matchReasonText(match.reasons)}`);
    }
    return result;
  }
}
