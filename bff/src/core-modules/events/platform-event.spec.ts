import { checkedEvent, InvalidEventError, isAddressedTo, MAX_AUDIENCE_USERS, MAX_PAYLOAD_BYTES, parsePlatformEvent } from './platform-event';

const USER = '5b0d9b3e-1f6a-4c1e-9a55-2f4b8f1d6c01';
const ENTERPRISE = '6c1eac4f-2a7b-4d2f-8b66-3a5c9a2e7d12';
const INSTITUTION = '7d2fbd5a-3b8c-4e3a-9c77-4b6d0b3f8e23';

describe('platform events', () => {
  it('accepts a topic, an audience and a JSON object payload, and serialises the payload', () => {
    expect(checkedEvent({ topic: 'application.approved', audience: { enterpriseId: ENTERPRISE }, payload: { applicationId: 'x', amountFen: 100 } })).toEqual({
      topic: 'application.approved',
      audience: { userIds: [], enterpriseId: ENTERPRISE, institutionId: null },
      payload: '{"applicationId":"x","amountFen":100}',
    });
    expect(checkedEvent({ topic: 'message.received', audience: { userIds: [USER, USER] }, payload: {} }).audience.userIds).toEqual([USER]);
  });

  it.each([
    ['a topic without a domain', { topic: 'received', audience: { userIds: [USER] }, payload: {} }],
    ['an upper-case topic', { topic: 'Message.Received', audience: { userIds: [USER] }, payload: {} }],
    ['a topic over 64 characters', { topic: `message.${'x'.repeat(60)}`, audience: { userIds: [USER] }, payload: {} }],
    ['no audience', { topic: 'message.received', audience: {}, payload: {} }],
    ['an audience id that is not a UUID', { topic: 'message.received', audience: { userIds: ['1 OR 1=1'] }, payload: {} }],
    ['too many users', { topic: 'message.received', audience: { userIds: Array.from({ length: MAX_AUDIENCE_USERS + 1 }, (_, i) => `5b0d9b3e-1f6a-4c1e-9a55-${String(i).padStart(12, '0')}`) }, payload: {} }],
    ['a payload that is an array', { topic: 'message.received', audience: { userIds: [USER] }, payload: [] as unknown as Record<string, never> }],
    ['a payload over the size limit', { topic: 'message.received', audience: { userIds: [USER] }, payload: { text: 'x'.repeat(MAX_PAYLOAD_BYTES) } }],
  ])('refuses %s (a programming error: the transaction fails)', (_name, event) => {
    expect(() => checkedEvent(event)).toThrow(InvalidEventError);
  });

  it('addresses users by id, an enterprise by the active enterprise and an institution by the staff member’s institution', () => {
    const audience = { userIds: [USER], enterpriseId: ENTERPRISE, institutionId: INSTITUTION };
    const nobody = { userId: '00000000-0000-4000-8000-000000000000', activeEnterpriseId: null, institutionId: null };
    expect(isAddressedTo(audience, nobody)).toBe(false);
    expect(isAddressedTo(audience, { ...nobody, userId: USER })).toBe(true);
    expect(isAddressedTo(audience, { ...nobody, activeEnterpriseId: ENTERPRISE })).toBe(true);
    expect(isAddressedTo(audience, { ...nobody, institutionId: INSTITUTION })).toBe(true);
    expect(isAddressedTo({ userIds: [], enterpriseId: null, institutionId: null }, { ...nobody, activeEnterpriseId: null })).toBe(false);
  });

  it('reads back what the bus carries and nothing malformed', () => {
    const event = { id: 'i', topic: 'message.received', audience: { userIds: [USER], enterpriseId: null, institutionId: null }, payload: { a: 1 }, occurredAt: 't' };
    expect(parsePlatformEvent(JSON.stringify(event))).toEqual(event);
    for (const text of ['not json', 'null', '[]', JSON.stringify({ ...event, audience: { userIds: 'x' } }), JSON.stringify({ ...event, payload: [] }), JSON.stringify({ ...event, id: 1 })]) {
      expect(parsePlatformEvent(text)).toBeNull();
    }
  });
});
