import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthUser, RequestMeta } from './auth-user';

/** The parts of a Fastify or Express request the auth layer reads, plus the caller it attaches. */
export interface AuthRequest {
  headers: IncomingHttpHeaders;
  ip?: string;
  socket?: { remoteAddress?: string };
  authUser?: AuthUser;
}

const USER_AGENT_MAX = 255;

/** The HTTP request behind a GraphQL operation or a REST handler (undefined for transports without one). */
export function requestOf(context: ExecutionContext): AuthRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: AuthRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthRequest>();
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
export function bearerToken(request: AuthRequest | undefined): string | undefined {
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
export function clientIpOf(request: AuthRequest | undefined): string | null {
  const address = request?.ip ?? request?.socket?.remoteAddress;
  if (!address) return null;
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}

export function requestMetaOf(request: AuthRequest | undefined): RequestMeta {
  const agent = request?.headers['user-agent'];
  return {
    ip: clientIpOf(request),
    userAgent: typeof agent === 'string' ? agent.slice(0, USER_AGENT_MAX) : null,
  };
}
