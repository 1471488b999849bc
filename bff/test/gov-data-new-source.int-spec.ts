import { ConsentPurpose, DataSource, GOV_EXCHANGE_HEADERS, SM3_OF_EMPTY_BODY, govExchangeStringToSign } from '@rongtong/shared';
import { buildMockServer } from '@rongtong/mock-server';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { platformGrantee } from '../src/modules/consents/consent-handle';
import { ConsentsService } from '../src/modules/consents/consents.service';
import { GovDataService } from '../src/modules/gov-data/gov-data.service';
import { GovSourceRegistry } from '../src/modules/gov-data/source-registry';
import { allRead } from '../src/modules/gov-data/sources/raw-fields';
import type { GovSourceDescription } from '../src/modules/gov-data/sources/source-description';
import { gqlAs } from './support/auth';
import { DATA_USE, enterpriseActor, granted, type DataUseData } from './support/consents';
import { createGovDataTestApp, refreshAs } from './support/gov-data';
import type { RunningMock } from './support/identity';
import { DIALECTS, type TestApp } from './support/test-app';

/**
 * The recipe of bff/README "Adding a government data source", followed by a test: an eighth source — the enterprise
 * annual reports (企业年度报告), under the market-registration consent scope — is one description and one mapper.
 * The exchange side is a route added to mock-server for the test that checks the contract's signature.
 */
interface AnnualReport {
  year: number;
  employees: number;
  /** YYYY-MM-DD */
  submittedOn: string;
}

interface AnnualReportsRecord {
  reports: AnnualReport[] | null;
}

const ANNUAL_REPORTS_SOURCE: GovSourceDescription<AnnualReportsRecord> = {
  key: 'ANNUAL_REPORTS',
  scope: DataSource.MARKET_REGISTRATION,
  slug: 'annual-reports',
  label: '企业年度报告',
  signing: 'HMAC-SM3',
  freshnessHours: 30 * 24,
  retry: { attempts: 2, backoffMs: 100 },
  maxPayloadBytes: 32 * 1024,
  fields: ['reports'],
  map: (data) => ({
    reports: data.list('reports', 20, (report) =>
      allRead<AnnualReport>({
        year: report.integer('year', 2000, 2999),
        employees: report.integer('employees', 0, 1_000_000),
        submittedOn: report.date('submittedOn'),
      }),
    ),
  }),
};

const DEV_SECRET = 'rongtong-dev-gov-exchange-secret';

/** mock-server with the eighth source's route; it answers only a request signed with the development secret. */
async function startMockWithAnnualReports(): Promise<RunningMock & { signedRequests: () => number }> {
  const server = buildMockServer({ logger: false });
  let signed = 0;
  server.get<{ Params: { uscc: string } }>('/gov/v1/sources/annual-reports/:uscc', async (request, reply) => {
    const header = (name: string) => String(request.headers[name] ?? '');
    const expected = createHmac('sm3', DEV_SECRET)
      .update(
        govExchangeStringToSign({
          method: request.method,
          path: request.url.split('?')[0] ?? '',
          query: '',
          timestamp: header(GOV_EXCHANGE_HEADERS.timestamp),
          nonce: header(GOV_EXCHANGE_HEADERS.nonce),
          consentRef: header(GOV_EXCHANGE_HEADERS.consentRef),
          bodySm3Hex: SM3_OF_EMPTY_BODY,
        }),
      )
      .digest();
    const given = Buffer.from(header(GOV_EXCHANGE_HEADERS.signature), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected) || header(GOV_EXCHANGE_HEADERS.appKey) !== 'rongtong-bff') {
      return reply.code(401).send({ code: 'GOV_SIGNATURE_INVALID', message: '签名无效' });
    }
    signed += 1;
    return {
      source: 'ANNUAL_REPORTS',
      uscc: request.params.uscc,
      requestId: randomUUID(),
      consentRef: header(GOV_EXCHANGE_HEADERS.consentRef),
      asOf: '2026-06-30',
      complete: true,
      missing: [],
      data: {
        reports: [
          { year: 2024, employees: 31, submittedOn: '2025-05-12' },
          { year: 2025, employees: 37, submittedOn: '2026-05-20' },
        ],
      },
    };
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url, issuer: `${url}/oidc`, close: () => server.close(), signedRequests: () => signed };
}

describe.each(DIALECTS)('an eighth government data source by configuration and one mapper (%s)', (dialect) => {
  let t: TestApp;
  let mock: Awaited<ReturnType<typeof startMockWithAnnualReports>>;

  beforeAll(async () => {
    mock = await startMockWithAnnualReports();
    t = await createGovDataTestApp(mock, { dialect });
    t.app.get(GovSourceRegistry).register(ANNUAL_REPORTS_SOURCE);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  it('is fetched, signed, under the consent of its scope, and read back as its normalised record', async () => {
    const actor = await enterpriseActor(t);
    const consent = await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION] });
    const refresh = await refreshAs(t, actor);
    expect(refresh.sources.find((source) => source.source === 'ANNUAL_REPORTS')).toMatchObject({
      scope: DataSource.MARKET_REGISTRATION,
      label: '企业年度报告',
      outcome: 'FETCHED',
      asOf: '2026-06-30',
      complete: true,
    });
    expect(mock.signedRequests()).toBe(1);

    const handle = await t.app
      .get(ConsentsService)
      .requireActive({ enterpriseId: actor.enterpriseId, source: DataSource.MARKET_REGISTRATION, grantee: platformGrantee(), purpose: ConsentPurpose.POLICY_MATCHING });
    const snapshot = await t.app.get(GovDataService).readSnapshot(handle, ANNUAL_REPORTS_SOURCE);
    expect(snapshot?.record).toEqual({
      reports: [
        { year: 2024, employees: 31, submittedOn: '2025-05-12' },
        { year: 2025, employees: 37, submittedOn: '2026-05-20' },
      ],
    });
    const uses = await gqlAs<{ dataUseRecords: { edges: Array<{ node: DataUseData }> } }>(t, actor.token, DATA_USE, { first: 20 });
    expect(uses.data?.dataUseRecords.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ kind: 'FETCH', source: DataSource.MARKET_REGISTRATION, consentId: consent.id, outcome: 'OK', detail: 'source:ANNUAL_REPORTS' }),
    );
  });

  it('is not fetched without a consent covering its scope', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.TAX] });
    const before = mock.signedRequests();
    const refresh = await refreshAs(t, actor);
    expect(refresh.sources.find((source) => source.source === 'ANNUAL_REPORTS')?.outcome).toBe('NOT_CONSENTED');
    expect(mock.signedRequests()).toBe(before);
  });
});
