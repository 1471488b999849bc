/** The app's one GraphQL client; it carries the session (see src/auth). */
export { apiClient } from '@/auth/session'
