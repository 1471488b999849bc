import { OidcFailure, OidcFailureKind } from './oidc-errors';

/** Every call to the identity platform gives up after this long. */
export const OIDC_TIMEOUT_MS = 5000;

export interface JsonResponse {
  status: number;
  body: unknown;
}

/** fetch with a timeout; a network failure or timeout is UNAVAILABLE, any HTTP status is returned. */
export async function fetchJson(url: string, init: RequestInit = {}): Promise<JsonResponse> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(OIDC_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new OidcFailure(OidcFailureKind.UNAVAILABLE, timedOut ? `timeout after ${OIDC_TIMEOUT_MS} ms` : 'network error');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new OidcFailure(OidcFailureKind.UNAVAILABLE, `HTTP ${response.status} without a JSON body`);
  }
  return { status: response.status, body };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
