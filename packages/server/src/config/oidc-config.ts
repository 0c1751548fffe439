import { z } from 'zod';

/*
 * Optional sign-in through an agency's OpenID Connect provider (docs/oidc.md, decision 0015).
 * Absent = the feature is off. The client secret never sits in config.json: it comes from the
 * environment (DUPHONG_OIDC_CLIENT_SECRET), so a copied or backed-up home does not carry it.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http only on this machine's loopback (a test provider, a provider behind a local tunnel). */
const safeUrl = () =>
  z
    .string()
    .url('cần một địa chỉ URL đầy đủ')
    .refine((raw) => {
      const url = new URL(raw);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    }, 'phải dùng https (http chỉ được phép với 127.0.0.1, localhost, [::1])');

export const oidcConfigSchema = z.object({
  /** The provider's issuer, e.g. https://sso.tinh.gov.vn/realms/luutru (discovery: /.well-known/openid-configuration). */
  issuer: safeUrl(),
  clientId: z.string().min(1),
  /** Filled from DUPHONG_OIDC_CLIENT_SECRET only; loadConfig refuses it in config.json. */
  clientSecret: z.string().min(1).optional(),
  /** A public client (no secret, PKCE only); by default the client is confidential and needs the secret. */
  publicClient: z.boolean().default(false),
  /** This server's callback as the provider knows it, e.g. https://duphong.tinh.gov.vn/api/oidc/callback. */
  redirectUrl: safeUrl(),
  scopes: z
    .array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'phạm vi (scope) không hợp lệ'))
    .refine((s) => s.includes('openid'), 'phải có "openid"')
    .default(['openid', 'profile', 'email']),
  /** The ID-token claim whose value is the DuPhong username; `email` additionally needs `email_verified`. */
  usernameClaim: z.string().min(1).default('preferred_username'),
  /** The sign-in button's words. */
  label: z.string().min(1).max(80).default('Đăng nhập bằng tài khoản cơ quan'),
  labelEn: z.string().min(1).max(80).default('Sign in with your agency account'),
});
export type OidcConfig = z.infer<typeof oidcConfigSchema>;

export const authConfigSchema = z.object({ oidc: oidcConfigSchema.optional() });

export const OIDC_SECRET_ENV = 'DUPHONG_OIDC_CLIENT_SECRET';

/**
 * Put the environment's client secret into `auth.oidc` of the merged configuration; a secret
 * written in config.json is a problem (it would travel with every copy of the home).
 */
export function applyOidcSecret(
  fileValue: Record<string, unknown>,
  merged: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  problems: string[],
): void {
  const fileOidc = (fileValue.auth as { oidc?: Record<string, unknown> } | undefined)?.oidc;
  if (fileOidc && typeof fileOidc === 'object' && 'clientSecret' in fileOidc)
    problems.push(`auth.oidc.clientSecret: không ghi bí mật vào config.json; đặt biến môi trường ${OIDC_SECRET_ENV}`);
  const secret = env[OIDC_SECRET_ENV];
  if (!secret || !fileOidc || typeof fileOidc !== 'object') return;
  merged.auth = { ...(merged.auth as object), oidc: { ...fileOidc, clientSecret: secret } };
}
