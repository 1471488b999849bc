import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import {
  invalid,
  isIntegerInRange,
  isNumberInRange,
  joinField,
  rejectUnknownKeys,
  valid,
  type Parsed,
} from '../validation';

/**
 * One way an inbound route misbehaves. `route` is exact ('/healthz') or a prefix
 * ending in '*' ('/gov/v1/*'); `times` limits the rule to the next N matching requests.
 */
export interface FaultRule {
  route: string;
  latencyMs?: number;
  latencyJitterMs?: number;
  errorRate?: number;
  errorStatus?: number;
  /** Share of matching requests held without an answer (the caller times out). */
  timeoutRate?: number;
  /** How long such a request is held before the connection is dropped unanswered; default 120 s. */
  hangMs?: number;
  /** Share of matching government-data answers with some `data` fields dropped (named in `missing`). */
  partialRate?: number;
  /** The fields to drop; absent, a random non-empty subset is dropped. */
  partialFields?: string[];
  times?: number;
}

export const DEFAULT_FAULT_STATUS = 503;
export const DEFAULT_HANG_MS = 120_000;

export const FAULT_RULE_LIMITS = {
  maxRules: 50,
  maxRouteLength: 200,
  maxLatencyMs: 60_000,
  maxTimes: 1_000_000,
  maxHangMs: 600_000,
  maxPartialFields: 20,
} as const;

const RULE_KEYS: readonly (keyof FaultRule)[] = [
  'route',
  'latencyMs',
  'latencyJitterMs',
  'errorRate',
  'errorStatus',
  'timeoutRate',
  'hangMs',
  'partialRate',
  'partialFields',
  'times',
];

const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const EFFECT_KEYS = ['latencyMs', 'latencyJitterMs', 'errorRate', 'timeoutRate', 'partialRate'] as const;

const ROUTE_PATTERN = /^\/[^\s?#*]*\*?$/;

export function routeMatches(route: string, path: string): boolean {
  return route.endsWith('*') ? path.startsWith(route.slice(0, -1)) : path === route;
}

/** Validates a whole list; any error rejects the list so nothing half-applies. */
export function parseFaultRules(input: unknown): Parsed<FaultRule[]> {
  if (!Array.isArray(input)) {
    return invalid([{ field: 'body', message: '请求体必须是故障规则数组，例如 [{"route":"/gov/v1/*","errorRate":1}]' }]);
  }
  if (input.length > FAULT_RULE_LIMITS.maxRules) {
    return invalid([{ field: 'body', message: `故障规则最多 ${FAULT_RULE_LIMITS.maxRules} 条` }]);
  }
  const errors: FieldError[] = [];
  const rules = input.map((item: unknown, index) => parseFaultRule(item, `[${index}]`, errors));
  return errors.length > 0 ? invalid(errors) : valid(rules);
}

function parseFaultRule(input: unknown, path: string, errors: FieldError[]): FaultRule {
  if (!isPlainObject(input)) {
    errors.push({ field: path, message: '故障规则必须是对象' });
    return { route: '' };
  }
  rejectUnknownKeys(input, RULE_KEYS, path, errors);
  const field = (key: keyof FaultRule): string => joinField(path, key);
  const rule: FaultRule = { route: parseRoute(input.route, field('route'), errors) };
  const check = (key: Exclude<keyof FaultRule, 'route' | 'partialFields'>, ok: (value: unknown) => value is number, message: string): void => {
    const value = input[key];
    if (value === undefined) return;
    if (ok(value)) rule[key] = value;
    else errors.push({ field: field(key), message });
  };
  const maxLatency = FAULT_RULE_LIMITS.maxLatencyMs;
  check('latencyMs', (v) => isIntegerInRange(v, 0, maxLatency), `延迟必须是 0–${maxLatency} 之间的整数（毫秒）`);
  check('latencyJitterMs', (v) => isIntegerInRange(v, 0, maxLatency), `延迟抖动必须是 0–${maxLatency} 之间的整数（毫秒）`);
  check('errorRate', (v) => isNumberInRange(v, 0, 1), '错误率必须是 0–1 之间的数');
  check('errorStatus', (v) => isIntegerInRange(v, 400, 599), '错误状态码必须是 400–599 之间的整数');
  check('timeoutRate', (v) => isNumberInRange(v, 0, 1), '超时率必须是 0–1 之间的数');
  check('hangMs', (v) => isIntegerInRange(v, 1, FAULT_RULE_LIMITS.maxHangMs), `挂起时长必须是 1–${FAULT_RULE_LIMITS.maxHangMs} 之间的整数（毫秒）`);
  check('partialRate', (v) => isNumberInRange(v, 0, 1), '部分数据比例必须是 0–1 之间的数');
  check('times', (v) => isIntegerInRange(v, 1, FAULT_RULE_LIMITS.maxTimes), `生效次数必须是 1–${FAULT_RULE_LIMITS.maxTimes} 之间的整数`);
  if (input.partialFields !== undefined) {
    const fields = parsePartialFields(input.partialFields);
    if (fields) rule.partialFields = fields;
    else {
      errors.push({
        field: field('partialFields'),
        message: `要去掉的字段必须是 1–${FAULT_RULE_LIMITS.maxPartialFields} 个不重复的字段名（字母开头的字母数字），例如 ["monthly"]`,
      });
    }
  }
  checkRuleHasEffect(input, path, errors);
  return rule;
}

function parseRoute(value: unknown, field: string, errors: FieldError[]): string {
  if (typeof value !== 'string' || value === '') {
    errors.push({ field, message: '路由必填，例如 /gov/v1/* 或 /healthz' });
    return '';
  }
  if (value.length > FAULT_RULE_LIMITS.maxRouteLength || !ROUTE_PATTERN.test(value)) {
    errors.push({
      field,
      message: `路由必须以 / 开头、不超过 ${FAULT_RULE_LIMITS.maxRouteLength} 个字符，只能在末尾使用 *，且不能包含空白、? 或 #`,
    });
  }
  return value;
}

function parsePartialFields(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > FAULT_RULE_LIMITS.maxPartialFields) return null;
  const names = value.filter((item): item is string => typeof item === 'string' && FIELD_NAME_PATTERN.test(item));
  return names.length === value.length && new Set(names).size === names.length ? names : null;
}

function checkRuleHasEffect(input: Record<string, unknown>, path: string, errors: FieldError[]): void {
  const hasEffect = EFFECT_KEYS.some((key) => input[key] !== undefined);
  if (!hasEffect) {
    errors.push({
      field: path,
      message: '规则至少要设置延迟（latencyMs、latencyJitterMs）、错误率（errorRate）、超时率（timeoutRate）或部分数据比例（partialRate）之一',
    });
  }
  if (input.errorStatus !== undefined && input.errorRate === undefined) {
    errors.push({ field: joinField(path, 'errorStatus'), message: '设置错误状态码时必须同时设置错误率（errorRate）' });
  }
  if (input.hangMs !== undefined && input.timeoutRate === undefined) {
    errors.push({ field: joinField(path, 'hangMs'), message: '设置挂起时长时必须同时设置超时率（timeoutRate）' });
  }
  if (input.partialFields !== undefined && input.partialRate === undefined) {
    errors.push({ field: joinField(path, 'partialFields'), message: '设置要去掉的字段时必须同时设置部分数据比例（partialRate）' });
  }
}
