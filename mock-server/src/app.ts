import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { GovExchangeErrorCode } from '@rongtong/shared';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED } from './config';
import { CallbackDispatcher, type CallbackDispatcherOptions } from './delivery/callback-dispatcher';
import { isProviderApiPath, PROVIDER_UNAVAILABLE } from './face/errors';
import { registerFaceRoutes } from './face/face.routes';
import { FaceProvider, type FaceOptions } from './face/provider';
import { registerFaultAdminRoutes } from './faults/admin-routes';
import { DeliveryFaultRegistry } from './faults/delivery-faults';
import { registerFaultHook } from './faults/fault-hook';
import { FaultRegistry } from './faults/fault-registry';
import { parseFaultRules, type FaultRule } from './faults/fault-rule';
import { GovExchange, type GovExchangeOptions } from './gov/exchange/exchange';
import { govErrorBody, GOV_SOURCES_PREFIX, recordUnansweredRequest } from './gov/exchange/sources.routes';
import { registerGovRoutes } from './gov/gov.routes';
import { registerHealthRoute } from './health';
import { MOCK_FAULT_BODY, registerErrorHandlers } from './http-errors';
import { registerIdentityRoutes } from './identity/identity.routes';
import { IdentityProvider, type IdentityOptions } from './identity/provider';
import { listeningPublicUrl } from './identity/public-url';
import { loggerOptions, registerRequestLogging, type LoggingOptions } from './logging';
import { registerOcrRoutes } from './ocr/ocr.routes';
import { createRandom, type RandomSource } from './random';
import { sleep as realSleep, type Sleep } from './sleep';

export interface MockServerOptions {
  /** Seed of every simulated random choice; the same seed replays the same faults. */
  seed?: number;
  /** Fault rules in force from the start. */
  faults?: readonly FaultRule[];
  /** Registers the `/_admin/*` endpoints; default true. */
  adminEnabled?: boolean;
  /** JSON-line request logging; false silences it (in-process use in other test suites). */
  logger?: LoggingOptions | false;
  /** Retry policy, clock and sleep of outbound callbacks. */
  delivery?: Omit<CallbackDispatcherOptions, 'faults' | 'logger'>;
  /** How simulated latency waits. */
  sleep?: Sleep;
  /** Public URL, registered clients and clock of the unified identity platform. */
  identity?: IdentityOptions;
  /** App keys, as-of month and clock of the government data exchange. */
  gov?: GovExchangeOptions;
  /** Merchants, public URL and clock of the face-verification provider (and its ID-card OCR). */
  face?: FaceOptions;
}

/** What protocol plug-ins reach through `app.mock`. */
export interface MockContext {
  seed: number;
  random: RandomSource;
  faults: FaultRegistry;
  deliveryFaults: DeliveryFaultRegistry;
  callbacks: CallbackDispatcher;
  identity: IdentityProvider;
  gov: GovExchange;
  face: FaceProvider;
}

declare module 'fastify' {
  interface FastifyInstance {
    mock: MockContext;
  }
}

export function buildMockServer(options: MockServerOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(options.logger ?? {}),
    // Fastify's two lines per request give way to our single line (registerRequestLogging).
    logController: new LogController({ disableRequestLogging: true }),
  });
  const context = createContext(app, options);
  app.decorate('mock', context);
  app.addHook('onClose', async () => context.callbacks.close());

  registerErrorHandlers(app);
  registerRequestLogging(app);
  registerFaultHook(app, context.faults, options.sleep ?? realSleep, {
    // The exchange's sources and the verification provider answer a simulated error in their own vocabulary.
    errorBody: (path) => {
      if (path.startsWith(GOV_SOURCES_PREFIX)) return govErrorBody(GovExchangeErrorCode.GOV_UNAVAILABLE);
      return isProviderApiPath(path) ? PROVIDER_UNAVAILABLE : MOCK_FAULT_BODY;
    },
    onHang: (request) => recordUnansweredRequest(context.gov, request),
  });
  registerHealthRoute(app, {
    startedAtMs: performance.now(),
    nowMs: () => performance.now(),
    activeFaults: () => context.faults.count + (context.deliveryFaults.active ? 1 : 0),
  });
  if (options.adminEnabled ?? true) registerFaultAdminRoutes(app, context);
  registerGovRoutes(app, context.gov, { adminEnabled: options.adminEnabled ?? true });
  registerIdentityRoutes(app, context.identity, { adminEnabled: options.adminEnabled ?? true });
  registerFaceRoutes(app, context.face, { adminEnabled: options.adminEnabled ?? true });
  registerOcrRoutes(app, context.face.gate);
  return app;
}

function createContext(app: FastifyInstance, options: MockServerOptions): MockContext {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = createRandom(seed);
  const initialRules = parseFaultRules(options.faults ?? []);
  if (!initialRules.ok) {
    const details = initialRules.fields.map(({ field, message }) => `${field} ${message}`).join('，');
    throw new Error(`故障规则有误：${details}`);
  }
  const deliveryFaults = new DeliveryFaultRegistry(random);
  const callbacks = new CallbackDispatcher({
    ...options.delivery,
    faults: deliveryFaults,
    logger: app.log.child({ component: 'callbacks' }),
  });
  return {
    seed,
    random,
    faults: new FaultRegistry(random, initialRules.value),
    deliveryFaults,
    callbacks,
    identity: new IdentityProvider(options.identity ?? {}, () => listeningPublicUrl(app)),
    gov: new GovExchange(options.gov),
    face: new FaceProvider(options.face ?? {}, {
      random,
      callbacks,
      defaultPublicUrl: () => listeningPublicUrl(app),
      logger: app.log.child({ component: 'face' }),
    }),
  };
}
