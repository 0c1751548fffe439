import * as client from 'openid-client';
import type { OidcConfig } from '../config/oidc-config.js';
import type { OidcChecks, OidcIdentity, OidcProvider, OidcRequest } from '../ports/oidc.js';

/*
 * OidcProvider with the maintained `openid-client` (v6, certified): discovery from the issuer,
 * authorization code flow with PKCE (S256), state and nonce; the ID token's signature (the
 * provider's JWKS), issuer, audience, expiry and nonce are checked by the library.
 * Discovery happens at the first sign-in, not at start-up, so a provider that is down does not
 * stop the server; a failed discovery is retried at the next sign-in.
 */
export function openidClientProvider(config: OidcConfig): OidcProvider {
  let discovered: Promise<client.Configuration> | undefined;
  const issuer = new URL(config.issuer);
  const insecure = issuer.protocol === 'http:'; // loopback only (oidc-config.ts)

  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        config.publicClient ? undefined : config.clientSecret,
        config.publicClient ? client.None() : undefined,
        insecure ? { execute: [client.allowInsecureRequests], timeout: 15 } : { timeout: 15 },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    async begin(): Promise<OidcRequest> {
      const c = await configuration();
      const checks: OidcChecks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: config.redirectUrl,
        scope: config.scopes.join(' '),
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, checks };
    },

    async finish(callbackQuery: URLSearchParams, checks: OidcChecks): Promise<OidcIdentity> {
      const c = await configuration();
      // The callback URL is rebuilt from the configured redirect URL, never from the request's
      // Host header, so what is sent as redirect_uri is exactly what the provider registered.
      const current = new URL(config.redirectUrl);
      current.search = callbackQuery.toString();
      const tokens = await client.authorizationCodeGrant(c, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the token response carries no ID token');
      return { subject: claims.sub, claims: { ...claims } };
    },
  };
}
