import type { FastifyInstance } from 'fastify';

export interface HealthDeps {
  startedAtMs: number;
  nowMs: () => number;
  activeFaults: () => number;
}

export interface HealthBody {
  status: 'ok';
  uptimeSeconds: number;
  faults: number;
}

export function registerHealthRoute(app: FastifyInstance, deps: HealthDeps): void {
  app.get('/healthz', async (): Promise<HealthBody> => ({
    status: 'ok',
    uptimeSeconds: Math.floor((deps.nowMs() - deps.startedAtMs) / 1000),
    faults: deps.activeFaults(),
  }));
}
