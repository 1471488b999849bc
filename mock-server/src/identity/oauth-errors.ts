/** Error codes of RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1 and OpenID Connect Core §3.1.2.6. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'login_required'
  | 'invalid_token'
  | 'server_error';

/**
 * `error_description` is for the relying party's developers, not for users, and RFC 6749 limits it to
 * printable ASCII — so it is English; the relying party shows its own Chinese message.
 */
export interface OAuthErrorBody {
  error: OAuthErrorCode;
  error_description: string;
}

export function oauthError(error: OAuthErrorCode, description: string): OAuthErrorBody {
  return { error, error_description: description };
}
