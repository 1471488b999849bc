import { generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningMock } from './identity';

export interface TokenRequest {
  form: URLSearchParams;
}

/** Returns the id_token the fake token endpoint answers with. */
export type IdTokenMinter = (request: TokenRequest) => Promise<string>;

/**
 * A stand-in issuer for the attacks the real mock never performs: its discovery document points the BFF at
 * the real mock's JWKS, and its token endpoint answers with whatever id_token the test mints.
 */
export interface FakeProvider {
  issuer: string;
  mint: IdTokenMinter;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export async function startFakeProvider(mock: RunningMock): Promise<FakeProvider> {
  const fake: { issuer: string; mint: IdTokenMinter } = {
    issuer: '',
    mint: async () => {
      throw new Error('no minter set');
    },
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://fake').pathname;
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (path === '/oidc/.well-known/openid-configuration') {
        return send(200, {
          issuer: fake.issuer,
          authorization_endpoint: `${fake.issuer}/authorize`,
          token_endpoint: `${fake.issuer}/token`,
          jwks_uri: `${mock.issuer}/jwks`,
        });
      }
      if (path === '/oidc/token' && request.method === 'POST') {
        const form = new URLSearchParams(await readBody(request));
        return send(200, { access_token: 'fake', token_type: 'Bearer', expires_in: 300, id_token: await fake.mint({ form }) });
      }
      return send(404, { error: 'not_found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oidc`;
  return Object.assign(fake, {
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  });
}

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
}

/** A key pair the identity platform never published. */
export async function foreignKey(kid = 'not-published'): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  return { kid, privateKey };
}

export function signIdToken(claims: JWTPayload, key: SigningKey, alg = 'RS256'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}
