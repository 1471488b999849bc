/** A JSON value an event payload may hold (no Dates, functions, undefined or non-finite numbers). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The payload of an event: a JSON object whose shape the topic defines. */
export type EventPayload = { readonly [key: string]: JsonValue };

/**
 * Who an event is for; a subscriber receives it when any of the three matches. A user is matched by id; an
 * enterprise by the session's active enterprise (every user acting for it); an institution by the staff account's
 * institution. At least one must be given.
 */
export interface EventAudience {
  userIds?: readonly string[];
  enterpriseId?: string | null;
  institutionId?: string | null;
}

/** What a module hands to `OutboxService.add` inside its transaction. */
export interface NewEvent<P extends EventPayload = EventPayload> {
  topic: string;
  audience: EventAudience;
  payload: P;
}

/** An event as the bus carries it and the live subscribers receive it. */
export interface PlatformEvent {
  /** Time-ordered UUID (v7): clients de-duplicate by it; `after` resumes from it. */
  id: string;
  topic: string;
  audience: {
    userIds: readonly string[];
    enterpriseId: string | null;
    institutionId: string | null;
  };
  payload: EventPayload;
  /** UTC ISO instant of the transaction that wrote it. */
  occurredAt: string;
}

/** `<domain>.<what happened>`, lower case, dot separated: `message.received`, `application.approved`. */
export const TOPIC_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
export const MAX_TOPIC_LENGTH = 64;
/** More users than this share a group: address the enterprise or the institution instead. */
export const MAX_AUDIENCE_USERS = 100;
/** An event says what changed and where to look; bulky content stays in the owner's tables. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A programming error in the module that raised the event (never the user's input): the transaction fails. */
export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** The audience with its defaults, checked: ids are UUIDs, users unique and at most MAX_AUDIENCE_USERS, not empty. */
export function normaliseAudience(audience: EventAudience): PlatformEvent['audience'] {
  const userIds = [...new Set(audience.userIds ?? [])];
  const enterpriseId = audience.enterpriseId ?? null;
  const institutionId = audience.institutionId ?? null;
  for (const id of [...userIds, enterpriseId, institutionId]) {
    if (id !== null && !ID_PATTERN.test(id)) throw new InvalidEventError(`audience id ${JSON.stringify(id)} is not a UUID`);
  }
  if (userIds.length > MAX_AUDIENCE_USERS) throw new InvalidEventError(`an event is for at most ${MAX_AUDIENCE_USERS} users; address the enterprise or institution`);
  if (userIds.length === 0 && enterpriseId === null && institutionId === null) throw new InvalidEventError('an event needs an audience');
  return { userIds, enterpriseId, institutionId };
}

/** Checks the topic and serialises the payload (a JSON object within MAX_PAYLOAD_BYTES). */
export function checkedEvent(event: NewEvent): { topic: string; audience: PlatformEvent['audience']; payload: string } {
  if (event.topic.length > MAX_TOPIC_LENGTH || !TOPIC_PATTERN.test(event.topic)) {
    throw new InvalidEventError(`topic ${JSON.stringify(event.topic)} must look like "domain.happened" (at most ${MAX_TOPIC_LENGTH} characters)`);
  }
  if (typeof event.payload !== 'object' || event.payload === null || Array.isArray(event.payload)) {
    throw new InvalidEventError('an event payload is a JSON object');
  }
  const payload = JSON.stringify(event.payload);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new InvalidEventError(`an event payload is at most ${MAX_PAYLOAD_BYTES} bytes`);
  return { topic: event.topic, audience: normaliseAudience(event.audience), payload };
}

/** Whether the signed-in caller described by `who` is in the event's audience. */
export function isAddressedTo(
  audience: PlatformEvent['audience'],
  who: { userId: string; activeEnterpriseId: string | null; institutionId: string | null },
): boolean {
  if (audience.userIds.includes(who.userId)) return true;
  if (audience.enterpriseId !== null && audience.enterpriseId === who.activeEnterpriseId) return true;
  return audience.institutionId !== null && audience.institutionId === who.institutionId;
}

/** Parses an event the bus delivered (another instance may run another version): null when it is not one. */
export function parsePlatformEvent(text: string): PlatformEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Record<string, unknown>;
  const audience = candidate.audience as Record<string, unknown> | null | undefined;
  if (typeof candidate.id !== 'string' || typeof candidate.topic !== 'string' || typeof candidate.occurredAt !== 'string') return null;
  if (typeof candidate.payload !== 'object' || candidate.payload === null || Array.isArray(candidate.payload)) return null;
  if (typeof audience !== 'object' || audience === null || !Array.isArray(audience.userIds)) return null;
  if (!audience.userIds.every((id): id is string => typeof id === 'string')) return null;
  const optionalId = (id: unknown): id is string | null => id === null || typeof id === 'string';
  if (!optionalId(audience.enterpriseId) || !optionalId(audience.institutionId)) return null;
  return {
    id: candidate.id,
    topic: candidate.topic,
    audience: { userIds: audience.userIds, enterpriseId: audience.enterpriseId, institutionId: audience.institutionId },
    payload: candidate.payload as EventPayload,
    occurredAt: candidate.occurredAt,
  };
}
