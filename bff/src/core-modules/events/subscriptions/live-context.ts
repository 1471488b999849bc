import type { GraphqlContext } from '../../../infra/graphql/batch-loader';
import type { AppRequest } from '../../../infra/http/request-context';
import type { LiveConnection } from './live-connection';

/** Where a subscription's GraphQL context keeps its socket. */
export const LIVE_CONNECTION = Symbol('liveConnection');

/**
 * The GraphQL context of an operation received over the subscription socket: the request loaders, a request as
 * the access guard reads it (the socket's access token as a bearer header, its client IP), and the socket.
 */
export interface LiveContext extends GraphqlContext {
  req: AppRequest;
  [LIVE_CONNECTION]: LiveConnection;
}

/** The socket behind a subscription's context; null for any other context (an operation over HTTP). */
export function liveConnectionOf(context: unknown): LiveConnection | null {
  if (typeof context !== 'object' || context === null || !(LIVE_CONNECTION in context)) return null;
  return (context as LiveContext)[LIVE_CONNECTION];
}
