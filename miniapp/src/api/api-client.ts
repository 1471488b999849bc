import { createGraphQLClient, taroPost } from './client'
import { API_URL } from './endpoint'

/** The app's one GraphQL client. */
export const apiClient = createGraphQLClient({ url: API_URL, post: taroPost })
