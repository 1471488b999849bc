import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((line) => JSON.parse(line)) };
}

describe('createLogger', () => {
  it('writes JSON with an ISO time and a level label', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).info({ operationName: 'Products' }, 'graphql operation');
    const [line] = lines();
    expect(line).toMatchObject({ level: 'info', operationName: 'Products', msg: 'graphql operation' });
    expect(typeof line.time).toBe('string');
  });

  it('redacts personal data and secrets at any depth it covers', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).info(
      {
        password: 'p',
        req: { headers: { authorization: 'Bearer x', cookie: 'sid=1' } },
        applicant: { idNumber: '340000199001011234', contact: { mobile: '13800000000', phone: '0558-1' } },
        session: { tokens: { auth: { refreshToken: 'r', accessToken: 'a' } } },
        user: { passwordHash: 'h', residentId: 'id', name: '张三' },
      },
      'x',
    );
    const serialized = JSON.stringify(lines()[0]);
    for (const secret of ['"p"', 'Bearer x', 'sid=1', '340000199001011234', '13800000000', '0558-1', '"r"', '"a"', '"h"', '"id"']) {
      expect(serialized).not.toContain(secret);
    }
    expect(serialized).toContain('张三');
  });

  it('drops lines below the configured level', () => {
    const { stream, lines } = capture();
    const logger = createLogger('warn', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines().map((line) => line.msg)).toEqual(['shown']);
  });
});
