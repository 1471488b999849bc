import { findIndustry } from '@rongtong/shared';
import { ContentException } from './content.exception';
import type { NewsInput, PolicyInput } from './dto/content.input';
import { sanitizeRichText } from './html-sanitizer';
import type { NewsEntity } from './news.entity';
import type { PolicyEntity } from './policy.entity';

type PolicyFields = Pick<
  PolicyEntity,
  'title' | 'level' | 'issuer' | 'documentNumber' | 'issuedOn' | 'summary' | 'bodyHtml' | 'industryCodes' | 'scales' | 'enterpriseTypes'
>;
type NewsFields = Pick<NewsEntity, 'title' | 'level' | 'source' | 'publishedOn' | 'summary' | 'bodyHtml'>;

function validDay(day: string, field: string): string {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) throw ContentException.invalid(field, '日期不存在');
  return day;
}

function cleanBody(html: string): string {
  const clean = sanitizeRichText(html);
  if (clean.replace(/<[^>]*>/g, '').trim() === '') throw ContentException.invalid('bodyHtml', '正文不能为空');
  return clean;
}

function cleanIndustryCodes(codes: readonly string[] | null | undefined): string[] {
  const unique = [...new Set(codes ?? [])];
  unique.forEach((code, index) => {
    if (!findIndustry(code)) throw ContentException.invalid(`industryCodes.${index}`, `行业代码 ${code} 不存在`);
  });
  return unique;
}

/** Validated, sanitised columns of a policy; throws a field-level BAD_USER_INPUT on the first problem. */
export function policyFields(input: PolicyInput): PolicyFields {
  return {
    title: input.title.trim(),
    level: input.level,
    issuer: input.issuer.trim(),
    documentNumber: input.documentNumber.trim(),
    issuedOn: validDay(input.issuedOn, 'issuedOn'),
    summary: input.summary.trim(),
    bodyHtml: cleanBody(input.bodyHtml),
    industryCodes: cleanIndustryCodes(input.industryCodes),
    scales: [...new Set(input.scales ?? [])],
    enterpriseTypes: [...new Set(input.enterpriseTypes ?? [])],
  };
}

export function newsFields(input: NewsInput): NewsFields {
  return {
    title: input.title.trim(),
    level: input.level,
    source: input.source.trim(),
    publishedOn: validDay(input.publishedOn, 'publishedOn'),
    summary: input.summary.trim(),
    bodyHtml: cleanBody(input.bodyHtml),
  };
}
