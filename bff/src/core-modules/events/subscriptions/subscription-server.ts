import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode } from '@rongtong/shared';
import { GraphQLError, subscribe, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { handleProtocols, makeServer, type Context, type Server as GraphqlWsServer } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { AppConfig } from '../../../infra/config/app-config';
import { Clock } from '../../../infra/clock/clock';
import { DomainException } from '../../../infra/errors/domain.exception';
import { errorResponseBody, type ErrorResponseBody } from '../../../infra/errors/error-response';
import { createGraphqlErrorFormatter } from '../../../infra/errors/graphql-error-formatter';
import { schemaEnumValues } from '../../../infra/errors/input-coercion-message';
import { RequestLoaders } from '../../../infra/graphql/batch-loader';
import { PersistedOperations } from '../../../infra/graphql/persisted-operations';
import { LOGGER } from '../../../infra/logging/logging.module';
import { ipSubject } from '../../../infra/rate-limit/rate-limit-keys';
import { RateLimitedException } from '../../../infra/rate-limit/rate-limited.exception';
import { RateLimiter } from '../../../infra/rate-limit/rate-limiter';
import { SessionsService } from '../../auth/sessions/sessions.service';
import { EVENTS_SETTINGS, type EventsSettings } from '../events-settings';
import { cursorAt } from '../event-cursor';
import { ConnectionRegistry, MessageRate } from './connection-registry';
import { CLOSE_REASONS, CloseCode, closeForSessionError, LiveConnection } from './live-connection';
import { LIVE_CONNECTION, type LiveContext } from './live-context';
import { SubscriptionDocuments, type SubscribePayload } from './subscription-documents';
import { trustedProxyList, upgradeClientIp } from './upgrade-client-ip';

/** The GraphQL endpoint; subscriptions share its path and port (DESIGN §3). */
const PATH = '/graphql';
/** Server pings this often; a socket that has not answered the previous ping by the next is dropped. */
const KEEP_ALIVE_MS = 12_000;
const ACCESS_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;
const BEARER = /^Bearer\s+([A-Za-z0-9_-]{1,256})\s*$/i;

/** What graphql-ws keeps per socket besides its own state. */
interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  ip: string;
  connection: LiveConnection | null;
  /** Subscription ids counted against the per-connection limit. */
  counted: Set<string>;
}

type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** The access token of connection_init: `{ accessToken }`, or `{ authorization: 'Bearer …' }` as other clients send. */
function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const accessToken = params?.accessToken;
  if (typeof accessToken === 'string') return ACCESS_TOKEN.test(accessToken) ? accessToken : null;
  const authorization = params?.authorization;
  return typeof authorization === 'string' ? (BEARER.exec(authorization)?.[1] ?? null) : null;
}

function domainError(exception: DomainException): GraphQLError {
  return new GraphQLError(exception.message, { originalError: exception });
}

/** Answers an upgrade that is not taken with a plain HTTP response in the shape of the API's errors, and closes. */
function refuseUpgrade(socket: Duplex, status: number, body: ErrorResponseBody, headers: Record<string, string> = {}): void {
  if (!socket.writable) return void socket.destroy();
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
}

/**
 * GraphQL subscriptions over graphql-ws (the `graphql-transport-ws` protocol) on the BFF's own HTTP server, at
 * `/graphql` beside the HTTP endpoint, on Fastify and Express alike (it takes the Node server's `upgrade` events).
 *
 * - **Upgrade**: only `/graphql` with the graphql-transport-ws subprotocol; the client IP decided as for requests
 *   (TRUSTED_PROXIES); counted against the general per-IP quota; at most `maxConnectionsPerIp` open sockets per IP
 *   and `maxConnections` per instance (else 429 / 503 before the handshake). Messages are at most `maxMessageBytes`
 *   (ws closes 1009) and `maxMessagesPerWindow` per window (1008).
 * - **connection_init** carries the access token (`{ accessToken }`), judged as the HTTP guard judges it (active,
 *   not revoked, not expired, not idle) without refreshing the session's activity; none → 4401 请先登录, a bad one
 *   4401, an ended session 4403; at most `maxConnectionsPerUser` sockets per user (4429). The ack carries
 *   `{ cursor }`, the resume point of this moment (event-cursor.ts).
 * - **subscribe**: the document judged like an HTTP one (subscription-documents.ts: safelist, token, depth, alias
 *   and cost limits; subscriptions only), counted against the general per-IP and per-user quotas, at most
 *   `maxSubscriptionsPerConnection` at a time. The resolvers run behind the same access guard as over HTTP.
 * - **Delivery**: each event is checked against the session before it goes out (live-stream.ts); an ended session
 *   closes the socket, and so does the access token's expiry (4401): the app connects again with its next token.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly settings: EventsSettings;
  private readonly registry: ConnectionRegistry;
  private readonly formatError: ReturnType<typeof createGraphqlErrorFormatter>;
  private documents!: SubscriptionDocuments;
  private schema!: GraphQLSchema;
  private graphqlWs!: GraphqlWsServer<SocketExtra>;
  private wss: WebSocketServer | null = null;
  private httpServer: Server | null = null;
  private readonly trusted: ReturnType<typeof trustedProxyList>;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(request, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(EVENTS_SETTINGS) settings: EventsSettings,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'subscriptions' });
    this.settings = settings;
    this.registry = new ConnectionRegistry(settings.limits);
    this.trusted = trustedProxyList(config.trustedProxies);
    this.formatError = createGraphqlErrorFormatter(logger.child({ component: 'graphql' }), {
      enumValuesOf: config.isProduction ? undefined : schemaEnumValues(() => this.schema),
    });
  }

  /** Open sockets of this instance (tests, metrics). */
  get openConnections(): number {
    return this.registry.size;
  }

  onApplicationBootstrap(): void {
    this.schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.documents = new SubscriptionDocuments(PersistedOperations.fromFile(this.config.persistedOperationsFile), {
      onlyListed: this.config.isProduction,
      introspection: this.config.graphqlIntrospection,
    });
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.settings.limits.maxMessageBytes,
      perMessageDeflate: false,
      handleProtocols: (protocols) => handleProtocols(protocols),
    });
    this.graphqlWs = makeServer<Record<string, unknown> | undefined, SocketExtra>({
      schema: this.schema,
      connectionInitWaitTimeout: this.settings.limits.connectionInitTimeoutMs,
      onConnect: (context) => this.connect(context),
      onSubscribe: (context, id, payload) => this.subscribe(context, id, payload),
      onNext: (_context, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((error) => this.formatError(error.toJSON(), error)) } : undefined),
      onError: (_context, _id, _payload, errors) => errors.map((error) => this.formatError(error.toJSON(), error)),
      onComplete: (context, id) => {
        if (context.extra.counted.delete(id) && context.extra.connection) context.extra.connection.active -= 1;
      },
      subscribe: (args: ExecutionArgs) => subscribe(args),
    });
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.onUpgrade);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.httpServer?.off('upgrade', this.onUpgrade);
    const wss = this.wss;
    if (!wss) return;
    this.wss = null;
    for (const client of wss.clients) client.close(CloseCode.GOING_AWAY, CLOSE_REASONS.shuttingDown);
    // A socket that does not finish the closing handshake promptly is cut (the server closes once all have).
    const cut = setTimeout(() => {
      for (const client of wss.clients) client.terminate();
    }, 1000);
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    clearTimeout(cut);
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const wss = this.wss;
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      path = '';
    }
    if (!wss || path !== PATH) return refuseUpgrade(socket, 404, errorResponseBody('未找到相关内容', { code: ErrorCode.NOT_FOUND }));
    if (!handleProtocols(request.headers['sec-websocket-protocol'] ?? '')) {
      return refuseUpgrade(socket, 400, errorResponseBody('实时连接需使用 graphql-transport-ws 协议', { code: ErrorCode.BAD_USER_INPUT, fields: [] }));
    }
    const ip = upgradeClientIp(request, this.trusted);
    try {
      await this.rateLimiter.consume([{ rule: 'graphql', scope: 'perIp', subject: ipSubject(ip) }]);
    } catch (error) {
      if (!(error instanceof RateLimitedException)) throw error;
      return refuseUpgrade(socket, 429, errorResponseBody(error.message, { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: error.retryAfterSeconds }), {
        'Retry-After': String(error.retryAfterSeconds),
      });
    }
    const refusal = this.registry.admit(ip);
    if (refusal === 'INSTANCE_FULL') return refuseUpgrade(socket, 503, errorResponseBody('服务繁忙，请稍后再试', { code: ErrorCode.SERVICE_UNAVAILABLE }));
    if (refusal === 'IP_FULL') {
      return refuseUpgrade(socket, 429, errorResponseBody(CLOSE_REASONS.tooManyConnections, { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 60 }), { 'Retry-After': '60' });
    }
    // The place is given back when the TCP socket closes, however the handshake and the socket end.
    socket.once('close', () => this.registry.release(ip));
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => this.open(ws, request, ip));
  }

  private open(ws: WebSocket, request: IncomingMessage, ip: string): void {
    const extra: SocketExtra = { socket: ws, request, ip, connection: null, counted: new Set() };
    const rate = new MessageRate(this.settings.limits.maxMessagesPerWindow, this.settings.limits.messageWindowMs);
    let closing = false;
    const close = (code: number, reason: string) => {
      if (closing) return;
      closing = true;
      ws.close(code, reason);
    };
    ws.on('error', (error) => {
      // Oversized frames and protocol errors: ws closes the socket itself (1009, 1002); nothing to add.
      this.logger.debug({ err: error, ip }, 'subscription socket error');
    });
    let awaitingPong = false;
    const keepAlive = setInterval(() => {
      if (awaitingPong) return ws.terminate();
      awaitingPong = true;
      ws.ping();
    }, KEEP_ALIVE_MS);
    keepAlive.unref();
    ws.on('pong', () => {
      awaitingPong = false;
    });
    const closed = this.graphqlWs.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (ws.readyState !== ws.OPEN) return resolve();
            ws.send(data, () => resolve());
          }),
        close,
        onMessage: (handle) =>
          ws.on('message', (data: RawData, isBinary: boolean) => {
            if (closing) return;
            if (!rate.allow()) return close(CloseCode.POLICY_VIOLATION, CLOSE_REASONS.tooManyMessages);
            if (isBinary) return close(CloseCode.POLICY_VIOLATION, '只接受文本消息');
            const text = Array.isArray(data) ? Buffer.concat(data).toString() : Buffer.from(data as ArrayBuffer).toString();
            handle(text).catch((error: unknown) => {
              this.logger.error({ err: error, ip }, 'subscription message handling failed');
              close(CloseCode.INTERNAL_ERROR, CLOSE_REASONS.unavailable);
            });
          }),
      },
      extra,
    );
    ws.once('close', (code, reason) => {
      clearInterval(keepAlive);
      closing = true;
      const connection = extra.connection;
      if (connection) {
        connection.dispose();
        this.registry.releaseUser(connection.identity.userId);
      }
      closed(code, reason.toString()).catch((error: unknown) => this.logger.warn({ err: error }, 'closing subscriptions failed'));
    });
  }

  private async connect(context: SocketContext): Promise<Record<string, unknown> | false> {
    const { socket, ip } = context.extra;
    const closeWith = (code: number, reason: string): false => {
      socket.close(code, reason);
      return false;
    };
    const token = tokenOf(context.connectionParams);
    if (!token) return closeWith(CloseCode.UNAUTHENTICATED, CLOSE_REASONS.noToken);
    let verdict: Awaited<ReturnType<SessionsService['inspect']>>;
    try {
      verdict = await this.sessions.inspect(token);
    } catch (error) {
      const refusal = closeForSessionError(error);
      if (refusal) return closeWith(refusal.code, refusal.reason);
      this.logger.error({ err: error }, 'looking at the session of a subscription socket failed');
      return closeWith(CloseCode.INTERNAL_ERROR, CLOSE_REASONS.unavailable);
    }
    if (socket.readyState !== socket.OPEN) return false;
    if (!this.registry.admitUser(verdict.user.userId)) return closeWith(CloseCode.TOO_MANY_CONNECTIONS, CLOSE_REASONS.tooManyConnections);
    context.extra.connection = new LiveConnection({
      id: randomUUID(),
      ip,
      token,
      user: verdict.user,
      accessTokenExpiresAt: verdict.accessTokenExpiresAt,
      inspector: this.sessions,
      close: (code, reason) => socket.close(code, reason),
      now: () => this.clock.now().getTime(),
      recheckEveryMs: this.settings.limits.sessionRecheckMs,
      onInspectFailure: (error) => this.logger.error({ err: error }, 'looking at the session of a subscription socket failed'),
    });
    return { cursor: cursorAt(this.clock.now().getTime()) };
  }

  private async subscribe(context: SocketContext, id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const { connection, request, ip, counted } = context.extra;
    if (!connection || connection.isClosed) return [domainError(new DomainException(ErrorCode.UNAUTHENTICATED))];
    const limit = this.settings.limits.maxSubscriptionsPerConnection;
    if (connection.active >= limit) return [domainError(new DomainException(ErrorCode.RATE_LIMITED, `每个实时连接最多同时订阅 ${limit} 项`))];
    // The place is taken before anything is awaited (subscribes of one socket are handled concurrently) and given back
    // on a refusal here, or by onComplete once a started subscription ends.
    connection.active += 1;
    counted.add(id);
    const refuse = (errors: readonly GraphQLError[]): readonly GraphQLError[] => {
      if (counted.delete(id)) connection.active -= 1;
      return errors;
    };
    try {
      await this.rateLimiter.consume([
        { rule: 'graphql', scope: 'perIp', subject: ipSubject(ip) },
        { rule: 'graphql', scope: 'perUser', subject: connection.identity.userId },
      ]);
    } catch (error) {
      if (error instanceof RateLimitedException) return refuse([domainError(error)]);
      refuse([]);
      throw error;
    }
    const resolved = this.documents.resolve(this.schema, payload);
    if (!('document' in resolved)) return refuse(resolved);
    this.logger.debug({ operation: resolved.listedName, connection: connection.id }, 'subscription started');
    const contextValue: LiveContext = {
      loaders: new RequestLoaders(),
      req: {
        headers: { authorization: `Bearer ${connection.token}`, 'user-agent': request.headers['user-agent'] },
        ip,
        socket: { remoteAddress: ip },
      },
      [LIVE_CONNECTION]: connection,
    };
    return {
      schema: this.schema,
      document: resolved.document,
      operationName: resolved.operationName,
      variableValues: payload.variables ?? undefined,
      contextValue,
    };
  }
}
