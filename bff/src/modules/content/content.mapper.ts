import type { FaqEntity } from './faq.entity';
import { FaqModel } from './models/faq.model';
import { NewsModel } from './models/news.model';
import { PolicyModel } from './models/policy.model';
import type { NewsEntity } from './news.entity';
import type { PolicyEntity } from './policy.entity';

export function toPolicyModel(entity: PolicyEntity): PolicyModel {
  return Object.assign(new PolicyModel(), {
    id: entity.id,
    title: entity.title,
    level: entity.level,
    issuer: entity.issuer,
    documentNumber: entity.documentNumber,
    issuedOn: entity.issuedOn,
    summary: entity.summary,
    bodyHtml: entity.bodyHtml,
    industryCodes: entity.industryCodes,
    scales: entity.scales,
    enterpriseTypes: entity.enterpriseTypes,
    status: entity.status,
    version: entity.version,
  });
}

export function toNewsModel(entity: NewsEntity): NewsModel {
  return Object.assign(new NewsModel(), {
    id: entity.id,
    title: entity.title,
    level: entity.level,
    source: entity.source,
    publishedOn: entity.publishedOn,
    summary: entity.summary,
    bodyHtml: entity.bodyHtml,
    status: entity.status,
    version: entity.version,
  });
}

export function toFaqModel(entity: FaqEntity): FaqModel {
  return Object.assign(new FaqModel(), {
    id: entity.id,
    category: entity.category,
    question: entity.question,
    answer: entity.answer,
    keywords: entity.keywords,
  });
}
