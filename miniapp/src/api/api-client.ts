import { connectableSession, createAuthenticatedClient } from './authenticated-client'
import { createGraphQLClient, taroPost, type GraphQLClient } from './client'
import { API_URL } from './endpoint'

/** Without a token: logins and the refresh itself. */
export const anonymousClient = createGraphQLClient({ url: API_URL, post: taroPost })

const session = connectableSession()

/**
 * The app's client: every request carries the session's token and survives its expiry (see
 * createAuthenticatedClient). The session is connected by auth when it is created (`connectSession`).
 */
export const apiClient: GraphQLClient = createAuthenticatedClient(anonymousClient, session.source)

/** Connects the session whose tokens apiClient sends; called once, where the app's session is created. */
export const connectSession = session.connect
