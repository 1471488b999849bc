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
  times?: number;
}

export const DEFAULT_FAULT_STATUS = 503;

export const FAULT_RULE_LIMITS = {
  maxRules: 50,
  maxRouteLength: 200,
  maxLatencyMs: 60_000,
  maxTimes: 1_000_000,
} as const;

const RULE_KEYS: readonly (keyof FaultRule)[] = [
  'route',
  'latencyMs',
  'latencyJitterMs',
  'errorRate',
  'errorStatus',
  'times',
];

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
  const check = (key: Exclude<keyof FaultRule, 'route'>, ok: (value: unknown) => value is number, message: string): void => {
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
  check('times', (v) => isIntegerInRange(v, 1, FAULT_RULE_LIMITS.maxTimes), `生效次数必须是 1–${FAULT_RULE_LIMITS.maxTimes} 之间的整数`);
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

function checkRuleHasEffect(input: Record<string, unknown>, path: string, errors: FieldError[]): void {
  const hasEffect = ['latencyMs', 'latencyJitterMs', 'errorRate'].some((key) => input[key] !== undefined);
  if (!hasEffect) {
    errors.push({ field: path, message: '规则至少要设置延迟（latencyMs、latencyJitterMs）或错误率（errorRate）之一' });
  }
  if (input.errorStatus !== undefined && input.errorRate === undefined) {
    errors.push({ field: joinField(path, 'errorStatus'), message: '设置错误状态码时必须同时设置错误率（errorRate）' });
  }
}
