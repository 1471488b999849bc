import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@rongtong/shared';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { DomainException } from '../../infra/errors/domain.exception';
import { CERTIFY_ID_PATTERN } from './dto/face-verification.inputs';
import { FaceOutcomes, outcomeOf } from './face-outcomes';
import { FaceProviderClient } from './face-provider.client';
import { checkCallback, NONCE_RETENTION_MS, readCallbackHeaders } from './face-signing';
import { FINAL_FACE_STATES } from './face-verification.entity';
import { FaceVerificationsRepository } from './face-verifications.repository';

/** A callback body is a few hundred bytes; anything much larger is refused before it is parsed. */
export const MAX_CALLBACK_BYTES = 4 * 1024;
/** Expired nonces are deleted at most this often. */
const NONCE_PRUNE_INTERVAL_MS = 60_000;

/** How a callback was answered; 2xx only once the confirmed state is committed. */
export interface CallbackAnswer {
  status: number;
  outcome: 'APPLIED' | 'ALREADY_FINAL' | 'STILL_OPEN';
}

function refuse(code: ErrorCode, message: string): DomainException {
  return new DomainException(code, message);
}

/**
 * The provider's result callbacks. The callback is only a hint: its signature (constant time, over timestamp, nonce
 * and the raw body), its freshness (±5 minutes) and its nonce (never seen before) must hold, and then the provider's
 * query decides the outcome, written by compare-and-set with its event. Anything wrong is a 4xx and changes nothing.
 */
@Injectable()
export class FaceCallbacksService {
  private readonly logger = new Logger('FaceCallbacks');
  private lastPruneMs = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly repository: FaceVerificationsRepository,
    private readonly outcomes: FaceOutcomes,
    private readonly provider: FaceProviderClient,
    private readonly clock: Clock,
  ) {}

  async receive(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: Buffer | undefined): Promise<CallbackAnswer> {
    if (rawBody === undefined || rawBody.length === 0) throw refuse(ErrorCode.BAD_USER_INPUT, '回调内容为空');
    if (rawBody.length > MAX_CALLBACK_BYTES) throw refuse(ErrorCode.PAYLOAD_TOO_LARGE, '回调内容过大');
    const signed = readCallbackHeaders(headers);
    if (signed === null) throw refuse(ErrorCode.UNAUTHENTICATED, '回调签名无效：签名请求头缺失或格式不正确');
    const now = this.clock.now();
    const { merchantId, secret } = this.config.faceVerification;
    const refusal = checkCallback(signed, rawBody, { merchantId, secret }, now.getTime());
    if (refusal === 'SIGNATURE_INVALID') throw refuse(ErrorCode.UNAUTHENTICATED, '回调签名无效');
    if (refusal === 'TIMESTAMP_STALE') throw refuse(ErrorCode.UNAUTHENTICATED, '回调时间戳与服务器时间相差超过 5 分钟');
    await this.pruneNonces(now);
    if (!(await this.repository.useNonce(signed.nonce, now, new Date(now.getTime() + NONCE_RETENTION_MS)))) {
      throw refuse(ErrorCode.CONFLICT, '回调随机数已使用过，疑似重放');
    }
    const certifyId = certifyIdOf(rawBody);
    if (certifyId === null) throw refuse(ErrorCode.BAD_USER_INPUT, '回调内容不是含 certifyId 的 JSON 对象');
    const row = await this.repository.findByCertifyId(certifyId);
    if (row === null) throw refuse(ErrorCode.NOT_FOUND, '没有这笔人脸核验');
    if (FINAL_FACE_STATES.has(row.state)) return { status: 200, outcome: 'ALREADY_FINAL' };
    // Authoritative: whatever the callback claims, the provider's own answer is what is recorded.
    const view = await this.provider.queryOrder(certifyId);
    if (view === null || view.businessReference !== `${row.applicationId}:${row.purpose}`) {
      this.logger.warn(`face callback for ${certifyId}: the provider does not confirm the order`);
      throw refuse(ErrorCode.CONFLICT, '核验机构查询不到与回调一致的订单');
    }
    const changes = outcomeOf(view, row, now);
    const after = changes === null ? row : await this.outcomes.apply(row, changes);
    if (!FINAL_FACE_STATES.has(after.state)) throw refuse(ErrorCode.CONFLICT, '核验机构尚未给出结果，请稍后重试回调');
    return { status: 200, outcome: 'APPLIED' };
  }

  private async pruneNonces(now: Date): Promise<void> {
    if (now.getTime() - this.lastPruneMs < NONCE_PRUNE_INTERVAL_MS) return;
    this.lastPruneMs = now.getTime();
    await this.repository.pruneNonces(now);
  }
}

/** The certify id a callback body names, or null when the body is not such a JSON object. */
export function certifyIdOf(rawBody: Buffer): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { certifyId } = parsed as Record<string, unknown>;
  return typeof certifyId === 'string' && CERTIFY_ID_PATTERN.test(certifyId) ? certifyId : null;
}
