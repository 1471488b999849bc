import { parseStoredTokens, type SessionTokens } from './session-tokens'

/** Synchronous key–value storage: Taro storage in the app, a Map in tests. */
export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: string): void
  remove(key: string): void
}

const TOKENS_KEY = 'rongtong.session'

/** The session's tokens in storage, so a session survives closing the app. */
export class TokenStore {
  constructor(private readonly storage: KeyValueStorage) {}

  load(): SessionTokens | null {
    return parseStoredTokens(this.storage.get(TOKENS_KEY))
  }

  save(tokens: SessionTokens): void {
    this.storage.set(TOKENS_KEY, JSON.stringify(tokens))
  }

  clear(): void {
    this.storage.remove(TOKENS_KEY)
  }
}

/** A KeyValueStorage over a Map, for tests and for environments without storage. */
export function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    get: (key) => entries.get(key),
    set: (key, value) => {
      entries.set(key, value)
    },
    remove: (key) => {
      entries.delete(key)
    },
  }
}
