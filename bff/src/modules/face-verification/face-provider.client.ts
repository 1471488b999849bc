import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { FACE_HEADERS, requestSignature } from './face-signing';
import { FaceVerificationException } from './face-verification.exception';

/** The provider's authoritative view of an order (`GET /face/v1/orders/{certifyId}`). */
export interface ProviderOrderView {
  certifyId: string;
  businessReference: string;
  state: 'INIT' | 'PENDING' | 'PASSED' | 'FAILED' | 'EXPIRED';
  result: 'PASSED' | 'FAILED' | 'LIVENESS_FAILED' | null;
  score: number | null;
  finishedAt: string | null;
  expiresAt: string;
}

export interface ProviderOrder {
  certifyId: string;
  verifyUrl: string;
  expiresAt: string;
}

export type OcrReading =
  | { side: 'FRONT'; name: string; residentId: string }
  | { side: 'BACK'; validFrom: string; validTo: string | null };

/** A refusal the provider explained (its code and Chinese message), e.g. an image it cannot read. */
export interface ProviderRefusal {
  refused: true;
  status: number;
  code: string;
  message: string;
}

const STATES = new Set(['INIT', 'PENDING', 'PASSED', 'FAILED', 'EXPIRED']);
const RESULTS = new Set(['PASSED', 'FAILED', 'LIVENESS_FAILED']);
const CERTIFY_ID = /^[0-9a-f]{32}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The signed server-to-server calls to the identity-verification provider (face orders, their query, ID-card OCR),
 * each with a timeout. Answers are checked for shape; anything else is SERVICE_UNAVAILABLE, never a guess.
 */
@Injectable()
export class FaceProviderClient {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async createOrder(input: { name: string; residentId: string; businessReference: string; returnUrl: string | null }): Promise<ProviderOrder> {
    const body = { name: input.name, residentId: input.residentId, businessReference: input.businessReference, callbackUrl: this.config.faceVerification.callbackUrl, ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}) };
    const answer = await this.call('POST', '/face/v1/orders', JSON.stringify(body));
    const json = answer.json;
    if (answer.status !== 200 || !isRecord(json) || typeof json.certifyId !== 'string' || !CERTIFY_ID.test(json.certifyId)
      || typeof json.verifyUrl !== 'string' || typeof json.expiresAt !== 'string') {
      throw FaceVerificationException.providerUnavailable();
    }
    return { certifyId: json.certifyId, verifyUrl: json.verifyUrl, expiresAt: json.expiresAt };
  }

  /** The order as the provider knows it; null when it does not know it (or it is another merchant's). */
  async queryOrder(certifyId: string): Promise<ProviderOrderView | null> {
    if (!CERTIFY_ID.test(certifyId)) return null;
    const answer = await this.call('GET', `/face/v1/orders/${certifyId}`, '');
    if (answer.status === 404) return null;
    const json = answer.json;
    if (answer.status !== 200 || !isRecord(json) || json.certifyId !== certifyId || typeof json.state !== 'string' || !STATES.has(json.state)
      || typeof json.businessReference !== 'string' || typeof json.expiresAt !== 'string') {
      throw FaceVerificationException.providerUnavailable();
    }
    const result = typeof json.result === 'string' && RESULTS.has(json.result) ? (json.result as ProviderOrderView['result']) : null;
    return {
      certifyId,
      businessReference: json.businessReference,
      state: json.state as ProviderOrderView['state'],
      result,
      score: typeof json.score === 'number' && Number.isFinite(json.score) ? json.score : null,
      finishedAt: typeof json.finishedAt === 'string' ? json.finishedAt : null,
      expiresAt: json.expiresAt,
    };
  }

  async recognizeIdCard(side: 'FRONT' | 'BACK', image: Buffer): Promise<OcrReading | ProviderRefusal> {
    const answer = await this.call('POST', '/ocr/v1/id-card', JSON.stringify({ side, image: image.toString('base64') }));
    const json = answer.json;
    if ((answer.status === 422 || answer.status === 400) && isRecord(json) && typeof json.code === 'string' && typeof json.message === 'string') {
      return { refused: true, status: answer.status, code: json.code, message: json.message };
    }
    if (answer.status !== 200 || !isRecord(json) || json.side !== side) throw FaceVerificationException.providerUnavailable();
    if (side === 'FRONT' && typeof json.name === 'string' && typeof json.residentId === 'string') {
      return { side, name: json.name, residentId: json.residentId };
    }
    if (side === 'BACK' && typeof json.validFrom === 'string' && (json.validTo === null || typeof json.validTo === 'string')) {
      return { side, validFrom: json.validFrom, validTo: json.validTo };
    }
    throw FaceVerificationException.providerUnavailable();
  }

  private async call(method: 'GET' | 'POST', target: string, body: string): Promise<{ status: number; json: unknown }> {
    const { baseUrl, merchantId, secret, timeoutMs } = this.config.faceVerification;
    const timestamp = String(this.clock.now().getTime());
    const nonce = randomBytes(16).toString('hex');
    const headers: Record<string, string> = {
      [FACE_HEADERS.merchantId]: merchantId,
      [FACE_HEADERS.timestamp]: timestamp,
      [FACE_HEADERS.nonce]: nonce,
      [FACE_HEADERS.signature]: requestSignature(secret, method, new URL(baseUrl).pathname.replace(/\/+$/, '') + target, timestamp, nonce, body),
    };
    if (method === 'POST') headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${target}`, { method, headers, body: method === 'POST' ? body : undefined, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw FaceVerificationException.providerUnavailable();
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }
}
