import type { FastifyInstance } from 'fastify';
import { buildMockServer } from './app';
import { ConfigError, loadConfig, type MockConfig } from './config';

/** The package entry point: importing it gives the API, running it starts the server. */
export * from './index';

const FORCED_EXIT_AFTER_MS = 10_000;

/** Written before (or instead of) the logger, in the same JSON-line shape. */
function fatal(msg: string): void {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), name: 'mock-server', msg })}\n`);
}

function readConfigOrExit(): MockConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fatal(error.message);
    process.exit(1);
  }
}

async function listenOrExplain(app: FastifyInstance, config: MockConfig): Promise<string> {
  try {
    return await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') throw new Error(`MOCK_PORT ${config.port} 已被占用（MOCK_HOST ${config.host}）`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`MOCK_HOST ${config.host} 不是本机可监听的地址`);
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const app = buildMockServer({
    seed: config.seed,
    faults: config.faults,
    adminEnabled: config.adminEnabled,
    identity: { publicUrl: config.publicUrl, clients: config.oidcClients },
    gov: { appKeys: config.govAppKeys, asOfMonth: config.govAsOfMonth },
    face: { publicUrl: config.publicUrl, merchants: config.faceMerchants },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), FORCED_EXIT_AFTER_MS).unref();
    app.close().then(
      () => {
        app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const address = await listenOrExplain(app, config);
  app.log.info(
    {
      address,
      seed: config.seed,
      faultRules: config.faults.length,
      admin: config.adminEnabled,
      oidcIssuer: app.mock.identity.issuer(),
      govAsOf: config.govAsOfMonth ?? 'current month',
    },
    'mock-server listening',
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
