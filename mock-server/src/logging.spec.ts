import { buildMockServer } from './app';
import { REDACTED, redactUrl } from './logging';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  [key: string]: unknown;
}

function captureLogs(): { lines: () => LogLine[]; raw: () => string; stream: { write(line: string): void } } {
  const chunks: string[] = [];
  return {
    stream: { write: (line: string) => void chunks.push(line) },
    raw: () => chunks.join(''),
    lines: () => chunks.map((line) => JSON.parse(line) as LogLine),
  };
}

const SECRETS = {
  token: 'Bearer s3cr3t-token',
  phone: '13800138000',
  idNumber: '34120119900101123X',
  residentId: '341202198801011234',
};

describe('request logging', () => {
  it('writes one JSON line per request with method, url, status and duration', async () => {
    const logs = captureLogs();
    const app = buildMockServer({ logger: { stream: logs.stream } });
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/missing' });
    const requests = logs.lines().filter((line) => line.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ level: 'info', method: 'GET', url: '/healthz', statusCode: 200 });
    expect(requests[1]).toMatchObject({ url: '/missing', statusCode: 404 });
    expect(typeof requests[0]?.durationMs).toBe('number');
    expect(requests[0]?.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await app.close();
  });

  it('never writes credentials or personal data from the query string', async () => {
    const logs = captureLogs();
    const app = buildMockServer({ logger: { stream: logs.stream } });
    const query = `phone=${SECRETS.phone}&idNumber=${SECRETS.idNumber}&residentId=${SECRETS.residentId}&page=2`;
    await app.inject({ method: 'GET', url: `/healthz?${query}`, headers: { authorization: SECRETS.token } });
    const [line] = logs.lines().filter((entry) => entry.msg === 'request');
    expect(line?.url).toBe(`/healthz?phone=${REDACTED}&idNumber=${REDACTED}&residentId=${REDACTED}&page=2`);
    for (const secret of Object.values(SECRETS)) expect(logs.raw()).not.toContain(secret);
    await app.close();
  });

  it('redacts sensitive fields at any depth in logged objects', async () => {
    const logs = captureLogs();
    const app = buildMockServer({ logger: { stream: logs.stream } });
    app.log.info(
      {
        authorization: SECRETS.token,
        headers: { authorization: SECRETS.token },
        user: { phone: SECRETS.phone, residentId: SECRETS.residentId },
        callback: { payload: { person: { idNumber: SECRETS.idNumber } } },
        kept: 'visible',
      },
      'probe',
    );
    const [line] = logs.lines().filter((entry) => entry.msg === 'probe');
    expect(line).toMatchObject({
      authorization: REDACTED,
      headers: { authorization: REDACTED },
      user: { phone: REDACTED, residentId: REDACTED },
      callback: { payload: { person: { idNumber: REDACTED } } },
      kept: 'visible',
    });
    for (const secret of Object.values(SECRETS)) expect(logs.raw()).not.toContain(secret);
    await app.close();
  });
});

describe('redactUrl', () => {
  it('hides sensitive query values whatever their case and position', () => {
    expect(redactUrl('/a?PHONE=1&x=2&authorization=abc#top')).toBe(`/a?PHONE=${REDACTED}&x=2&authorization=${REDACTED}#top`);
  });

  it('leaves other urls alone', () => {
    expect(redactUrl('/a?telephone=1&phoneBook=2')).toBe('/a?telephone=1&phoneBook=2');
  });
});
