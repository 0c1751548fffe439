import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider, { type InteractionResults } from 'oidc-provider';

/*
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 with a random port, for the sign-in
 * tests. Its login and consent pages are replaced by /interaction/:uid, which signs in whoever
 * `subject()` names at that moment and grants the requested scopes — a person who clicked through.
 */
export interface TestOidcProvider {
  issuer: string;
  /** The subject the next interaction signs in; its preferred_username comes from `usernames`. */
  signInAs(subject: string): void;
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  usernames: Record<string, string>;
}): Promise<TestOidcProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  let subject = '';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...key, kid: 'test', use: 'sig', alg: 'RS256' } as never] },
    cookies: { keys: ['duphong-test-cookie-key'] },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...(options.usernames[sub] !== undefined && { preferred_username: options.usernames[sub] }) }),
    }),
    conformIdTokenClaims: false, // put preferred_username into the ID token, as Keycloak does
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });

  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    let result: InteractionResults;
    if (details.prompt.name === 'login') {
      result = { login: { accountId: subject } };
    } else {
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
      grant.addOIDCScope(String(details.params.scope));
      result = { consent: { grantId: await grant.save() } };
    }
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  };
  const callback = provider.callback();
  handler = (req, res) => {
    if (req.url?.startsWith('/interaction/'))
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    else callback(req, res);
  };

  return {
    issuer,
    signInAs: (s) => {
      subject = s;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // fetch keeps connections alive
      }),
  };
}
