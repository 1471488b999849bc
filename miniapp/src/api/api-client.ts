import { connectableSession, createAuthenticatedClient, type SessionTokenSource } from './authenticated-client'
import { createGraphQLClient, taroPost, type GraphQLClient } from './client'
import { API_URL, SEND_PERSISTED_OPERATIONS } from './endpoint'
import { MessageReceivedLiveSubscription, UnreadMessageCountLiveSubscription, UnreadMessageCountQuery } from './live.graphql'
import { graphqlWsOpener, liveOperation, liveUrl } from './live-transport'
import { LiveUpdates, type LiveTokenSource } from './live-updates'

/** Without a token: logins and the refresh itself. */
export const anonymousClient = createGraphQLClient({ url: API_URL, post: taroPost })

const session = connectableSession()

/**
 * The app's client: every request carries the session's token and survives its expiry (see
 * createAuthenticatedClient). The session is connected by auth when it is created (`connectSession`).
 */
export const apiClient: GraphQLClient = createAuthenticatedClient(anonymousClient, session.source)

let liveTokens: LiveTokenSource | null = null

/**
 * The 消息 badge and new messages, live (graphql-ws in H5) or polled every 30 s; follows the connected session's
 * access token without ever refreshing it (see LiveUpdates).
 */
export const liveUpdates = new LiveUpdates({
  tokens: {
    currentAccessToken: () => liveTokens?.currentAccessToken() ?? null,
    onTokenChange: (listener) => liveTokens?.onTokenChange(listener) ?? (() => undefined),
  },
  open: graphqlWsOpener(process.env.TARO_ENV === 'h5' ? liveUrl(API_URL, typeof window === 'undefined' ? undefined : window.location) : null),
  operations: {
    unreadCount: liveOperation(UnreadMessageCountLiveSubscription, SEND_PERSISTED_OPERATIONS),
    messageReceived: liveOperation(MessageReceivedLiveSubscription, SEND_PERSISTED_OPERATIONS),
  },
  pollUnreadCount: async (token) =>
    (await anonymousClient.execute(UnreadMessageCountQuery, undefined, { headers: { authorization: `Bearer ${token}` } })).unreadMessageCount,
})

/**
 * Connects the session whose tokens apiClient sends and the live updates follow; called once, where the app's
 * session is created.
 */
export function connectSession(connected: SessionTokenSource & LiveTokenSource): void {
  session.connect(connected)
  liveTokens = connected
  liveUpdates.start()
}
