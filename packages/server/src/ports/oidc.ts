/*
 * The agency's OpenID Connect provider, as the sign-in use case sees it (decision 0015). The
 * adapter (adapters/oidc-client.ts) does discovery, the authorization request and the code
 * exchange with all of OpenID Connect's checks; the use case decides who may sign in.
 */

/** What one authorization request must be checked against when the browser comes back. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcRequest {
  /** Where to send the browser. */
  url: string;
  checks: OidcChecks;
}

/** The validated ID token's claims (signature, issuer, audience, expiry, nonce checked). */
export interface OidcIdentity {
  subject: string;
  claims: Readonly<Record<string, unknown>>;
}

export interface OidcProvider {
  /** A fresh authorization request (code flow, PKCE S256, state, nonce). */
  begin(): Promise<OidcRequest>;
  /**
   * Validate the callback's parameters against `checks` and exchange the code at the token
   * endpoint; throws when anything does not match or the provider refuses.
   */
  finish(callbackQuery: URLSearchParams, checks: OidcChecks): Promise<OidcIdentity>;
}
