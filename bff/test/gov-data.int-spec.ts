import { classifySmeScale, ConsentGranteeKind, ConsentPurpose, DataSource, EnterpriseType, maskPersonName, syntheticEnterprise } from '@rongtong/shared';
import { Clock } from '../src/infra/clock/clock';
import { platformGrantee, type ConsentHandle } from '../src/modules/consents/consent-handle';
import { ConsentsService } from '../src/modules/consents/consents.service';
import { EnterprisesService } from '../src/modules/enterprises/enterprises.service';
import { DEFAULT_BREAKER_SETTINGS } from '../src/modules/gov-data/circuit-breaker';
import { GovDataService } from '../src/modules/gov-data/gov-data.service';
import { GovernmentDataRefreshService } from '../src/modules/gov-data/government-data-refresh.service';
import { SourceConnector } from '../src/modules/gov-data/source-connector';
import { GovSourceRegistry } from '../src/modules/gov-data/source-registry';
import { latestInsuredHeadcount } from '../src/modules/gov-data/sources/social-security.source';
import { latestAnnualRevenueFen } from '../src/modules/gov-data/sources/tax.source';
import { errorCode, gqlAs } from './support/auth';
import { BANK_ID, DATA_USE, enterpriseActor, granted, REVOKE, type DataUseData, type EnterpriseActor } from './support/consents';
import {
  createGovDataTestApp,
  GOV_TIMEOUT_MS,
  govCalls,
  MY_REGISTER_PROFILE,
  refreshAs,
  setFaults,
  startGovMock,
  type RefreshData,
  type RegisterProfileData,
} from './support/gov-data';
import type { RunningMock } from './support/identity';
import { DIALECTS, type TestApp } from './support/test-app';

/**
 * The data centre against the real mock-server in-process (its government data exchange verifies signatures and
 * consent references and logs every request): consent-gated fetches, refusals that make no call, partial data, a
 * failing and a hanging source, the circuit breaker, revocation, the schedule and the register profile.
 */
describe.each(DIALECTS)('government data centre (%s)', (dialect) => {
  let t: TestApp;
  let mock: RunningMock;

  beforeAll(async () => {
    mock = await startGovMock();
    t = await createGovDataTestApp(mock, { dialect });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  beforeEach(async () => {
    jest.restoreAllMocks();
    await setFaults(mock, []);
    mock.server.mock.gov.requests.clear();
    t.app.get(SourceConnector).configureBreakers(DEFAULT_BREAKER_SETTINGS);
  });

  const registry = () => t.app.get(GovSourceRegistry);
  const govData = () => t.app.get(GovDataService);
  const handleFor = (actor: EnterpriseActor, source: DataSource, purpose = ConsentPurpose.POLICY_MATCHING): Promise<ConsentHandle> =>
    t.app.get(ConsentsService).requireActive({ enterpriseId: actor.enterpriseId, source, grantee: platformGrantee(), purpose });
  const usccOf = async (actor: EnterpriseActor): Promise<string> => (await t.app.get(EnterprisesService).findById(actor.enterpriseId))?.uscc ?? '';
  const outcomes = (refresh: RefreshData) => Object.fromEntries(refresh.sources.map((source) => [source.source, source.outcome]));
  const dataUse = async (actor: EnterpriseActor): Promise<DataUseData[]> => {
    const response = await gqlAs<{ dataUseRecords: { edges: Array<{ node: DataUseData }> } }>(t, actor.token, DATA_USE, { first: 100 });
    if (!response.data) throw new Error(response.text);
    return response.data.dataUseRecords.edges.map((edge) => edge.node);
  };
  const profileOf = async (actor: EnterpriseActor): Promise<RegisterProfileData | null> => {
    const response = await gqlAs<{ me: { activeEnterprise: { registerProfile: RegisterProfileData | null } } }>(t, actor.token, MY_REGISTER_PROFILE);
    if (!response.data) throw new Error(response.text);
    return response.data.me.activeEnterprise.registerProfile;
  };

  it('fetches what the platform is consented to, signed and under the consent reference, and fills the register profile', async () => {
    const actor = await enterpriseActor(t);
    const consent = await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX, DataSource.SOCIAL_SECURITY] });
    expect(await profileOf(actor)).toBeNull();

    const refresh = await refreshAs(t, actor);
    expect(outcomes(refresh)).toEqual({
      MARKET_REGISTRATION: 'FETCHED',
      TAX: 'FETCHED',
      SOCIAL_SECURITY: 'FETCHED',
      HOUSING_FUND: 'NOT_CONSENTED',
      UTILITIES: 'NOT_CONSENTED',
      JUDICIAL: 'NOT_CONSENTED',
      ADMINISTRATIVE_PENALTIES: 'NOT_CONSENTED',
    });
    const calls = govCalls(mock);
    expect(calls.map((call) => call.source).sort()).toEqual([DataSource.MARKET_REGISTRATION, DataSource.SOCIAL_SECURITY, DataSource.TAX]);
    expect(calls.every((call) => call.status === 200 && call.consentRef === consent.reference && call.appKey === 'rongtong-bff')).toBe(true);

    // The register profile: as the register says, the legal representative masked, the scale by the 2011 rules.
    const uscc = await usccOf(actor);
    const registered = syntheticEnterprise(uscc);
    const [taxSnapshot, insuredSnapshot] = await Promise.all([
      govData().readSnapshot(await handleFor(actor, DataSource.TAX), registry().standard(DataSource.TAX)),
      govData().readSnapshot(await handleFor(actor, DataSource.SOCIAL_SECURITY), registry().standard(DataSource.SOCIAL_SECURITY)),
    ]);
    const expectedScale = classifySmeScale({
      industryCode: registered.industryCode,
      headcount: latestInsuredHeadcount(insuredSnapshot?.record ?? null),
      revenueFen: latestAnnualRevenueFen(taxSnapshot?.record ?? null),
    });
    const profile = await profileOf(actor);
    expect(profile).toMatchObject({
      regionCode: registered.regionCode,
      industryCode: registered.industryCode,
      type: registered.type,
      establishedOn: registered.establishedOn,
      registeredCapitalFen: registered.registeredCapitalFen,
      legalRepresentativeMasked: `${[...registered.legalRepresentative][0]}${'*'.repeat([...registered.legalRepresentative].length - 1)}`,
      status: 'IN_OPERATION',
      scale: expectedScale.scale,
      source: DataSource.MARKET_REGISTRATION,
      complete: true,
      missingFields: [],
    });
    expect(expectedScale.scale).not.toBeNull();
    expect(profile?.scaleBasis.sort()).toEqual(expectedScale.scale === null ? [] : [...expectedScale.basis].sort());
    expect(profile?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(refresh.registerProfile).toEqual(profile);

    // Every fetch is in the data use log; the figures and the name are encrypted at rest.
    const uses = (await dataUse(actor)).filter((use) => use.kind === 'FETCH');
    expect(uses.map((use) => `${use.source} ${use.outcome}`).sort()).toEqual(['MARKET_REGISTRATION OK', 'SOCIAL_SECURITY OK', 'TAX OK']);
    expect(uses.every((use) => use.consentId === consent.id && use.purpose === ConsentPurpose.POLICY_MATCHING)).toBe(true);
    const rows = (await t.dataSource.query('SELECT record_cipher FROM gov_data_snapshots WHERE enterprise_id = ?', [actor.enterpriseId])) as Array<{ record_cipher: string }>;
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.record_cipher.startsWith('v2.')).toBe(true);
      expect(row.record_cipher).not.toContain(registered.legalRepresentative);
    }
    const [enterprise] = (await t.dataSource.query('SELECT legal_representative_cipher, region_code, scale FROM enterprises WHERE id = ?', [actor.enterpriseId])) as Array<{
      legal_representative_cipher: string;
      region_code: string;
      scale: string | null;
    }>;
    expect(enterprise?.legal_representative_cipher.startsWith('v2.')).toBe(true);
    expect(enterprise).toMatchObject({ region_code: registered.regionCode, scale: expectedScale.scale });

    // Recommendation reads the enterprise through EnterprisesService and so uses the profile.
    const recommendation = await gqlAs<{ recommendProducts: { profile: { regionCode: string | null; industryCode: string | null; scale: string | null } } }>(
      t,
      actor.token,
      'query { recommendProducts(input: { amountFen: 100000000, termMonths: 12 }) { profile { regionCode industryCode scale } } }',
    );
    expect(recommendation.data?.recommendProducts.profile).toEqual({ regionCode: registered.regionCode, industryCode: registered.industryCode, scale: expectedScale.scale });
  });

  it('does not fetch again what it fetched completely within the last minute', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION] });
    await refreshAs(t, actor);
    const again = await refreshAs(t, actor);
    expect(outcomes(again).MARKET_REGISTRATION).toBe('RECENT');
    expect(again.registerProfile).not.toBeNull();
    expect(govCalls(mock)).toHaveLength(1);
  });

  describe('refuses without calling the exchange', () => {
    it('a consent that expired after its handle was taken: nothing fetched, recorded REFUSED', async () => {
      const actor = await enterpriseActor(t);
      const now = t.app.get(Clock).now();
      const consent = await granted(t, actor, { sources: [DataSource.TAX], expiresAt: new Date(now.getTime() + 120_000).toISOString() });
      const handle = await handleFor(actor, DataSource.TAX);
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(now.getTime() + 180_000));

      const fetch = await govData().fetch(handle, registry().standard(DataSource.TAX), { actorUserId: actor.userId });
      expect(fetch).toEqual({ source: DataSource.TAX, outcome: 'REFUSED', snapshot: null });
      await expect(handleFor(actor, DataSource.TAX)).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(outcomes(await refreshAs(t, actor)).TAX).toBe('NOT_CONSENTED');
      expect(govCalls(mock)).toEqual([]);
      const refused = (await dataUse(actor)).filter((use) => use.kind === 'FETCH');
      expect(refused).toEqual([expect.objectContaining({ source: DataSource.TAX, outcome: 'REFUSED', consentId: consent.id, detail: 'CONSENT_INACTIVE' })]);
    });

    it('a revoked consent: its handle fetches nothing, its snapshots are unreadable at once, the next refresh is refused', async () => {
      const actor = await enterpriseActor(t);
      const consent = await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX] });
      await refreshAs(t, actor);
      const handle = await handleFor(actor, DataSource.MARKET_REGISTRATION);
      const description = registry().standard(DataSource.MARKET_REGISTRATION);
      expect((await govData().readSnapshot(handle, description))?.record?.regionCode).toMatch(/^\d{6}$/);
      expect(await profileOf(actor)).not.toBeNull();
      mock.server.mock.gov.requests.clear();

      const revoked = await gqlAs(t, actor.token, REVOKE, { id: consent.id });
      expect(revoked.errors).toBeUndefined();
      await expect(govData().readSnapshot(handle, description)).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(await profileOf(actor)).toBeNull();
      // Before any refresh: the tags recommendation and policy push read are gone with the revocation.
      const [tagsAtRevoke] = (await t.dataSource.query('SELECT region_code, industry_code, scale FROM enterprises WHERE id = ?', [actor.enterpriseId])) as unknown[];
      expect(tagsAtRevoke).toEqual({ region_code: null, industry_code: null, scale: null });
      expect(await govData().fetch(handle, description, { actorUserId: actor.userId })).toMatchObject({ outcome: 'REFUSED', snapshot: null });

      const refresh = await refreshAs(t, actor);
      expect(outcomes(refresh)).toMatchObject({ MARKET_REGISTRATION: 'REFUSED', TAX: 'REFUSED' });
      expect(refresh.registerProfile).toBeNull();
      expect(govCalls(mock)).toEqual([]);
      const refusals = (await dataUse(actor)).filter((use) => use.kind === 'FETCH' && use.outcome === 'REFUSED');
      expect(refusals.map((use) => use.source).sort()).toEqual([DataSource.MARKET_REGISTRATION, DataSource.MARKET_REGISTRATION, DataSource.TAX]);
      // The refresh's refusals name who pressed 刷新, not 系统.
      expect(refusals.map((use) => use.actorName)).toEqual([maskPersonName('张三丰'), maskPersonName('张三丰'), maskPersonName('张三丰')]);
      // The data of the revoked consent is gone, and so is the register profile recommendation and policy push read.
      expect(await t.dataSource.query('SELECT id FROM gov_data_snapshots WHERE enterprise_id = ?', [actor.enterpriseId])).toEqual([]);
      const [row] = (await t.dataSource.query('SELECT region_code, industry_code, scale, legal_representative_cipher FROM enterprises WHERE id = ?', [actor.enterpriseId])) as unknown[];
      expect(row).toEqual({ region_code: null, industry_code: null, scale: null, legal_representative_cipher: null });
    });

    it('a consent for another grantee: the platform gets no handle and fetches nothing', async () => {
      const actor = await enterpriseActor(t);
      await granted(t, actor, {
        sources: [DataSource.MARKET_REGISTRATION],
        purpose: ConsentPurpose.LOAN_APPLICATION,
        granteeKind: ConsentGranteeKind.INSTITUTION,
        institutionId: BANK_ID,
      });
      expect(Object.values(outcomes(await refreshAs(t, actor))).every((outcome) => outcome === 'NOT_CONSENTED')).toBe(true);
      await expect(
        govData().fetchUnder({ enterpriseId: actor.enterpriseId, grantee: platformGrantee(), purpose: ConsentPurpose.LOAN_APPLICATION }, registry().standard(DataSource.MARKET_REGISTRATION), {
          actorUserId: null,
        }),
      ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(govCalls(mock)).toEqual([]);
    });

    it('a consent for another purpose: nothing fetched for this one', async () => {
      const actor = await enterpriseActor(t);
      await granted(t, actor, { sources: [DataSource.JUDICIAL], purpose: ConsentPurpose.POLICY_MATCHING });
      await expect(
        govData().fetchUnder({ enterpriseId: actor.enterpriseId, grantee: platformGrantee(), purpose: ConsentPurpose.CREDIT_ASSESSMENT }, registry().standard(DataSource.JUDICIAL), {
          actorUserId: null,
        }),
      ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(govCalls(mock)).toEqual([]);
    });
  });

  it('keeps partial data, marked incomplete with the fields that are missing', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX, DataSource.SOCIAL_SECURITY] });
    await setFaults(mock, [
      { route: '/gov/v1/sources/tax/*', partialRate: 1, partialFields: ['annual'] },
      { route: '/gov/v1/sources/market-registration/*', partialRate: 1, partialFields: ['legalRepresentative'] },
    ]);
    const refresh = await refreshAs(t, actor);
    const tax = refresh.sources.find((source) => source.source === DataSource.TAX);
    expect(tax).toMatchObject({ outcome: 'PARTIAL', complete: false, missingFields: ['annual'] });
    expect(refresh.registerProfile).toMatchObject({ complete: false, missingFields: ['法定代表人'], legalRepresentativeMasked: null });
    // No revenue: the scale rests on the headcount alone, or stays unknown — never a guess.
    const insured = await govData().readSnapshot(await handleFor(actor, DataSource.SOCIAL_SECURITY), registry().standard(DataSource.SOCIAL_SECURITY));
    const registered = syntheticEnterprise(await usccOf(actor));
    const expected = classifySmeScale({ industryCode: registered.industryCode, headcount: latestInsuredHeadcount(insured?.record ?? null), revenueFen: null });
    expect(refresh.registerProfile?.scale).toBe(expected.scale);
    if (expected.scale === null) expect(refresh.registerProfile?.scaleNote).toContain('营业收入');
  });

  it('marks a source failing every time incomplete and still answers the refresh within twice the timeout', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX] });
    await refreshAs(t, actor);
    await setFaults(mock, [{ route: '/gov/v1/sources/market-registration/*', errorRate: 1 }]);
    mock.server.mock.gov.requests.clear();
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 120_000));

    const started = performance.now();
    const refresh = await refreshAs(t, actor);
    expect(performance.now() - started).toBeLessThan(2 * GOV_TIMEOUT_MS);
    expect(outcomes(refresh)).toMatchObject({ MARKET_REGISTRATION: 'FAILED', TAX: 'FETCHED' });
    expect(refresh.sources.find((source) => source.source === DataSource.MARKET_REGISTRATION)).toMatchObject({ complete: false });
    expect(govCalls(mock).filter((call) => call.source === DataSource.MARKET_REGISTRATION).length).toBeGreaterThan(1);
    // The last good register data stays, from when it was fetched.
    expect(refresh.registerProfile).not.toBeNull();
    const failures = (await dataUse(actor)).filter((use) => use.outcome === 'FAILED');
    expect(failures).toEqual([expect.objectContaining({ source: DataSource.MARKET_REGISTRATION, detail: 'UNAVAILABLE_503' })]);
  });

  it('marks a hanging source timed out and answers within twice the timeout, without holding other writes', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.JUDICIAL] });
    await setFaults(mock, [{ route: '/gov/v1/*', timeoutRate: 1, hangMs: 30_000 }]);
    const other = await enterpriseActor(t);

    const started = performance.now();
    const pending = refreshAs(t, actor);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const grantStarted = performance.now();
    await granted(t, other, { sources: [DataSource.TAX] });
    const grantMs = performance.now() - grantStarted;
    const refresh = await pending;
    expect(performance.now() - started).toBeLessThan(2 * GOV_TIMEOUT_MS);
    expect(grantMs).toBeLessThan(GOV_TIMEOUT_MS);
    expect(outcomes(refresh)).toMatchObject({ MARKET_REGISTRATION: 'TIMED_OUT', JUDICIAL: 'TIMED_OUT' });
    expect(refresh.registerProfile).toBeNull();
    const rows = (await t.dataSource.query('SELECT incomplete_reason, record_cipher FROM gov_data_snapshots WHERE enterprise_id = ?', [actor.enterpriseId])) as unknown[];
    expect(rows).toEqual([
      { incomplete_reason: 'TIMED_OUT', record_cipher: null },
      { incomplete_reason: 'TIMED_OUT', record_cipher: null },
    ]);
  });

  it('opens the circuit of a failing source: later fetches are refused at once, without a call', async () => {
    t.app.get(SourceConnector).configureBreakers({ windowSize: 2, minimumCalls: 2, failureRatio: 1, openMs: 60_000 });
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.UTILITIES] });
    await setFaults(mock, [{ route: '/gov/v1/sources/utilities/*', errorRate: 1 }]);
    expect(outcomes(await refreshAs(t, actor)).UTILITIES).toBe('FAILED');
    const calls = govCalls(mock).length;
    const second = await refreshAs(t, actor);
    expect(outcomes(second).UTILITIES).toBe('CIRCUIT_OPEN');
    expect(govCalls(mock)).toHaveLength(calls);
    expect((await dataUse(actor)).filter((use) => use.detail === 'CIRCUIT_OPEN')).toHaveLength(1);
  });

  describe('the scheduled refresh', () => {
    it('fetches again what is past its freshness, once across concurrent refreshers', async () => {
      const actor = await enterpriseActor(t);
      await granted(t, actor, { sources: [DataSource.JUDICIAL] });
      await refreshAs(t, actor);
      const refresher = t.app.get(GovernmentDataRefreshService);
      expect(await refresher.runScheduled(new Date(Date.now() + 60_000))).toEqual({ fetched: 0, refused: 0 });
      const later = new Date(Date.now() + 25 * 3_600_000);
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(later);
      const rounds = await Promise.all([refresher.runScheduled(later), refresher.runScheduled(later)]);
      expect(rounds.reduce((sum, round) => sum + round.fetched, 0)).toBeGreaterThanOrEqual(1);
      const uscc = await usccOf(actor);
      expect(govCalls(mock).filter((call) => call.source === DataSource.JUDICIAL && call.uscc === uscc)).toHaveLength(2);
    });

    it('looks at the data again when its consent expires, and then refuses and removes it and the register profile', async () => {
      const actor = await enterpriseActor(t);
      const now = t.app.get(Clock).now();
      const consent = await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION], expiresAt: new Date(now.getTime() + 120_000).toISOString() });
      await refreshAs(t, actor);
      const [row] = (await t.dataSource.query('SELECT refresh_due_at FROM gov_data_snapshots WHERE consent_id = ?', [consent.id])) as Array<{ refresh_due_at: string | Date }>;
      expect(new Date(row?.refresh_due_at ?? 0).getTime()).toBeLessThanOrEqual(Date.parse(consent.expiresAt) + 1);
      const later = new Date(now.getTime() + 180_000);
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(later);
      mock.server.mock.gov.requests.clear();
      await t.app.get(GovernmentDataRefreshService).runScheduled(later);
      const uscc = await usccOf(actor);
      expect(govCalls(mock).filter((call) => call.uscc === uscc)).toEqual([]);
      expect(await t.dataSource.query('SELECT id FROM gov_data_snapshots WHERE consent_id = ?', [consent.id])).toEqual([]);
      expect(await t.app.get(EnterprisesService).findById(actor.enterpriseId)).toMatchObject({ regionCode: null, registerConsentId: null });
    });

    it('is refused, and recorded REFUSED without a call, once the consent is revoked', async () => {
      const actor = await enterpriseActor(t);
      const consent = await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION] });
      await refreshAs(t, actor);
      await gqlAs(t, actor.token, REVOKE, { id: consent.id });
      mock.server.mock.gov.requests.clear();
      const later = new Date(Date.now() + 8 * 24 * 3_600_000);
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(later);
      const round = await t.app.get(GovernmentDataRefreshService).runScheduled(later);
      expect(round.refused).toBeGreaterThanOrEqual(1);
      // The round refreshes what other tests left due too; none of it is this enterprise's.
      const uscc = await usccOf(actor);
      expect(govCalls(mock).filter((call) => call.uscc === uscc)).toEqual([]);
      jest.restoreAllMocks();
      const refusals = (await dataUse(actor)).filter((use) => use.kind === 'FETCH' && use.outcome === 'REFUSED');
      // The schedule acts for nobody: 系统.
      expect(refusals).toEqual([expect.objectContaining({ source: DataSource.MARKET_REGISTRATION, consentId: consent.id, detail: 'CONSENT_INACTIVE', actorName: null })]);
      expect(await t.app.get(EnterprisesService).findById(actor.enterpriseId)).toMatchObject({ regionCode: null, registerConsentId: null });
    });
  });

  it('shows the register profile only to users acting for the enterprise', async () => {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION] });
    await refreshAs(t, actor);
    const agent = await enterpriseActor(t, { enterpriseId: actor.enterpriseId });
    expect((await profileOf(agent))?.type).toBe(syntheticEnterprise(await usccOf(actor)).type as EnterpriseType);
    const stranger = await enterpriseActor(t);
    const response = await gqlAs(t, stranger.token, 'mutation($id: ID!) { refreshGovernmentData(enterpriseId: $id) { enterpriseId } }', { id: actor.enterpriseId });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});
