import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The parts of a Fastify or Express request the app reads. The access guard attaches the signed-in caller as
 * `authUser` (its full shape is the auth wing's `AuthRequest`); plumbing reads no more of it than the id.
 */
export interface AppRequest {
  headers: IncomingHttpHeaders;
  ip?: string;
  socket?: { remoteAddress?: string };
  authUser?: { userId: string };
}

/** Where a request came from, for sessions and the audit log. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const USER_AGENT_MAX = 255;

/**
 * The HTTP request behind a GraphQL operation or a REST handler (undefined for transports without one), typed as
 * the caller says it is (the auth wing reads it as its `AuthRequest`).
 */
export function requestOf<Request extends AppRequest = AppRequest>(context: ExecutionContext): Request | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** `Query.me`, `Mutation.logout`, or `HealthController.check` for REST handlers. */
export function operationOf(context: ExecutionContext): string {
  if (context.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>();
    return `${info.parentType.name}.${info.fieldName}`;
  }
  return `${context.getClass().name}.${context.getHandler().name}`;
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(request: AppRequest | undefined): string | undefined {
  const header = request?.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+([A-Za-z0-9_-]{1,256})\s*$/i.exec(header) : null;
  return match?.[1];
}

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The client's address: the platform's `request.ip`, which follows X-Forwarded-For only through the proxies
 * of TRUSTED_PROXIES (see app.factory.ts), else the socket's peer. An IPv4 peer of a dual-stack socket
 * (`::ffff:10.1.2.3`) is written as plain IPv4.
 */
export function clientIpOf(request: AppRequest | undefined): string | null {
  const address = request?.ip ?? request?.socket?.remoteAddress;
  if (!address) return null;
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}

export function requestMetaOf(request: AppRequest | undefined): RequestMeta {
  const agent = request?.headers['user-agent'];
  return {
    ip: clientIpOf(request),
    userAgent: typeof agent === 'string' ? agent.slice(0, USER_AGENT_MAX) : null,
  };
}
