import type { DatabaseTarget } from '../database/database-url';
import type { CryptoKeys } from './crypto-keys';
import type { NodeEnv } from './node-env';

export { NODE_ENVS, type NodeEnv } from './node-env';

export const HTTP_PLATFORMS = ['fastify', 'express'] as const;
export type HttpPlatform = (typeof HTTP_PLATFORMS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The caller's side of the government data exchange (政务数据共享交换; see modules/gov-data). */
export interface GovExchangeConfig {
  /** Where `/gov/v1/sources/{slug}/{uscc}` is served (GOV_EXCHANGE_BASE_URL). */
  baseUrl: string;
  appKey: string;
  /** HMAC-SM3 key of every request's signature. */
  appSecret: string;
  /** One call's timeout in milliseconds (GOV_EXCHANGE_TIMEOUT_MS); a source's retries share 1.5 times it. */
  timeoutMs: number;
  /** Minutes between scheduled refreshes of consented data due by its freshness (0: no scheduled refresh). */
  refreshIntervalMinutes: number;
}

/** The identity-verification provider: face verification and ID-card OCR (modules/face-verification). */
export interface FaceVerificationConfig {
  /** Where `/face/v1/orders` and `/ocr/v1/id-card` are served (FACE_PROVIDER_BASE_URL). */
  baseUrl: string;
  /** Our merchant id at the provider (FACE_MERCHANT_ID). */
  merchantId: string;
  /** HMAC-SHA256 key of our requests and of the provider's callbacks (FACE_MERCHANT_SECRET). */
  secret: string;
  /** The absolute URL the provider posts results to (FACE_CALLBACK_URL): `…/api/callbacks/face-verification`. */
  callbackUrl: string;
  /** One call's timeout in milliseconds (FACE_PROVIDER_TIMEOUT_MS). */
  timeoutMs: number;
}

/** Loan applications (modules/applications). */
export interface ApplicationsConfig {
  /** A SUBMITTED or ACCEPTED application nobody acts on for this many days expires (APPLICATION_EXPIRY_DAYS). */
  expiryDays: number;
  /** Minutes between runs of the expiry job (APPLICATION_EXPIRY_INTERVAL_MINUTES; 0: no scheduled run). */
  expiryIntervalMinutes: number;
}

/** The relying-party settings for the provincial unified identity platform (OpenID Connect). */
export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Live updates: the outbox relay (core-modules/events). */
export interface EventsConfig {
  /** Published events are kept this many hours, then pruned (OUTBOX_RETENTION_HOURS). */
  retentionHours: number;
  /** Seconds between the relay's looks for events a crash left unpublished (OUTBOX_RELAY_INTERVAL_SECONDS). */
  relayIntervalSeconds: number;
  /** Tests only: this instance publishes nothing, as one killed between commit and publish (OUTBOX_TEST_SKIP_PUBLISH). */
  testSkipPublish: boolean;
}

export interface AppConfigValues {
  port: number;
  host: string;
  nodeEnv: NodeEnv;
  httpPlatform: HttpPlatform;
  databaseUrl: string;
  database: DatabaseTarget;
  h5Dir: string;
  /** The safelist of persisted GraphQL operations, hash → text (PERSISTED_OPERATIONS_FILE; see graphql/persisted-operations.ts). */
  persistedOperationsFile: string;
  /** Where uploaded files are kept (FILES_DIR; default beside the SQLite file, else var/files). */
  filesDir: string;
  mockServerUrl: string;
  logLevel: LogLevel;
  /** Reference data on start (SEED_ON_START); outside production the demo data set too (see seed/seeder.ts). */
  seedOnStart: boolean;
  /** Run pending migrations on start (MIGRATE_ON_START); otherwise refuse to start while any is pending. */
  migrateOnStart: boolean;
  graphqlIntrospection: boolean;
  /** Searches (and facet filters) remembered per catalogue revision (CATALOGUE_CACHE_ENTRIES; 0 turns the caches off). */
  catalogueCacheEntries: number;
  /** Uploads nothing references are removed once older than this (ABANDONED_UPLOAD_GRACE_HOURS). */
  abandonedUploadGraceHours: number;
  /** An upload's whole body must arrive within this many seconds, or it is answered 408 (UPLOAD_TIMEOUT_SECONDS). */
  uploadTimeoutSeconds: number;
  oidc: OidcClientConfig;
  govExchange: GovExchangeConfig;
  faceVerification: FaceVerificationConfig;
  applications: ApplicationsConfig;
  /** Origins a login may return to, e.g. `http://localhost:*` (`*` only as the port). */
  loginRedirectOrigins: readonly string[];
  /** Field encryption, blind index, audit chain and token hash keys (see crypto-keys.ts). */
  crypto: CryptoKeys;
  /** CIDRs of the reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES; empty: none). */
  trustedProxies: readonly string[];
  /** Shared rate-limit counters for several BFF instances (REDIS_URL); in memory when absent. */
  redisUrl: string | undefined;
  /** Bearer token that /metrics requires (METRICS_TOKEN); /metrics answers 404 when absent. */
  metricsToken: string | undefined;
  events: EventsConfig;
}

/** The validated configuration, injected wherever a setting is needed. Built once at boot by `loadConfig`. */
export class AppConfig implements AppConfigValues {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  readonly httpPlatform: HttpPlatform;
  readonly databaseUrl: string;
  readonly database: DatabaseTarget;
  readonly h5Dir: string;
  readonly persistedOperationsFile: string;
  readonly filesDir: string;
  readonly mockServerUrl: string;
  readonly logLevel: LogLevel;
  readonly seedOnStart: boolean;
  readonly migrateOnStart: boolean;
  readonly graphqlIntrospection: boolean;
  readonly catalogueCacheEntries: number;
  readonly abandonedUploadGraceHours: number;
  readonly uploadTimeoutSeconds: number;
  readonly oidc: Readonly<OidcClientConfig>;
  readonly govExchange: Readonly<GovExchangeConfig>;
  readonly faceVerification: Readonly<FaceVerificationConfig>;
  readonly applications: Readonly<ApplicationsConfig>;
  readonly loginRedirectOrigins: readonly string[];
  readonly crypto: CryptoKeys;
  readonly trustedProxies: readonly string[];
  readonly redisUrl: string | undefined;
  readonly metricsToken: string | undefined;
  readonly events: Readonly<EventsConfig>;

  constructor(values: AppConfigValues) {
    this.port = values.port;
    this.host = values.host;
    this.nodeEnv = values.nodeEnv;
    this.httpPlatform = values.httpPlatform;
    this.databaseUrl = values.databaseUrl;
    this.database = values.database;
    this.h5Dir = values.h5Dir;
    this.persistedOperationsFile = values.persistedOperationsFile;
    this.filesDir = values.filesDir;
    this.mockServerUrl = values.mockServerUrl;
    this.logLevel = values.logLevel;
    this.seedOnStart = values.seedOnStart;
    this.migrateOnStart = values.migrateOnStart;
    this.graphqlIntrospection = values.graphqlIntrospection;
    this.catalogueCacheEntries = values.catalogueCacheEntries;
    this.abandonedUploadGraceHours = values.abandonedUploadGraceHours;
    this.uploadTimeoutSeconds = values.uploadTimeoutSeconds;
    this.oidc = Object.freeze({ ...values.oidc });
    this.govExchange = Object.freeze({ ...values.govExchange });
    this.faceVerification = Object.freeze({ ...values.faceVerification });
    this.applications = Object.freeze({ ...values.applications });
    this.loginRedirectOrigins = Object.freeze([...values.loginRedirectOrigins]);
    this.crypto = values.crypto;
    this.trustedProxies = Object.freeze([...values.trustedProxies]);
    this.redisUrl = values.redisUrl;
    this.metricsToken = values.metricsToken;
    this.events = Object.freeze({ ...values.events });
    Object.freeze(this);
  }

  /** Strict checks apply unless NODE_ENV explicitly says development or test (production is the default). */
  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}
