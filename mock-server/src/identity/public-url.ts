import type { FastifyInstance } from 'fastify';
import { DEFAULT_PORT } from '../config';

/** `http://127.0.0.1:<port>` of the port the server listens on (the configured default before it listens). */
export function listeningPublicUrl(app: FastifyInstance): string {
  const address = app.server.listening ? app.server.address() : null;
  const port = address !== null && typeof address === 'object' ? address.port : DEFAULT_PORT;
  return `http://127.0.0.1:${port}`;
}
