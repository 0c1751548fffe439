import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { replaceFileDurably } from '../storage/replace-file.js';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { REGIONS, MEDIA, SITE_KINDS, WHOLE_DAY, parseAuditWindow } from '@duphong/core';
import { applyOidcSecret, authConfigSchema } from './oidc-config.js';
import { NATIONAL_DEFAULTS, nationalConfigSchema } from './national-config.js';

/** One storage site as configured. Config is the source of truth for sites: rebuild needs them before any database exists. */
export const siteConfigSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'tên site chỉ gồm a-z, 0-9, - và _'),
    kind: z.enum(SITE_KINDS),
    region: z.enum(REGIONS),
    medium: z.enum(MEDIA),
    path: z.string().min(1).optional(),
    endpoint: z.string().url().optional(),
    bucket: z.string().min(1).optional(),
    prefix: z.string().optional(),
    s3Region: z.string().optional(),
    /** What people call the site (where it is, who keeps it); shown in the UI, never used by the engine. */
    description: z.string().max(500).optional(),
  })
  .superRefine((site, ctx) => {
    if (site.kind === 'fs' && !site.path) ctx.addIssue({ code: 'custom', message: 'site fs cần "path"', path: ['path'] });
    if (site.kind === 's3' && (!site.endpoint || !site.bucket))
      ctx.addIssue({ code: 'custom', message: 'site s3 cần "endpoint" và "bucket"', path: ['endpoint'] });
  });
export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const policySchema = z
  .object({
    copies: z.number().int().min(2).max(20).default(3),
    minRegions: z.number().int().min(1).max(3).default(2),
    minMedia: z.number().int().min(1).max(4).default(2),
  })
  .refine((p) => p.minRegions <= p.copies && p.minMedia <= p.copies, {
    message: 'số vùng và số loại phương tiện không thể vượt số bản sao',
  });

/** Scheduled audits (docs/architecture.md, "Scheduled audits"). */
export const auditConfigSchema = z.object({
  // TT05: every document checked at least once in 3 years; we default to yearly.
  periodMonths: z.number().int().min(1).max(36, 'tối đa 36 tháng (TT05: mỗi tài liệu được kiểm tra ít nhất 3 năm một lần)').default(12),
  /** Bytes the background audit may read per day (Vietnam time), over all copies it re-hashes. */
  dailyBytes: z.number().int().min(1).default(50_000_000_000),
  /** When the background audit may run, Vietnam time, e.g. "22:00-06:00"; the whole day by default. */
  window: z
    .string()
    .refine((w) => parseAuditWindow(w) !== undefined, 'khung giờ dạng "HH:MM-HH:MM" (giờ Việt Nam), ví dụ "22:00-06:00"')
    .default(WHOLE_DAY),
  /** `duphong serve` audits in the background; false leaves audits to `duphong audit` and the API. */
  scheduled: z.boolean().default(true),
});
export type AuditConfig = z.infer<typeof auditConfigSchema>;
const AUDIT_DEFAULTS: AuditConfig = { periodMonths: 12, dailyBytes: 50_000_000_000, window: WHOLE_DAY, scheduled: true };

/** The loopback names a browser on this machine uses; `server.allowedHosts` replaces them. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

export const configSchema = z.object({
  catalogue: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('sqlite'), file: z.string().default('catalogue.sqlite') }),
      z.object({
        kind: z.literal('postgres'),
        url: z.string().min(1),
        /** Optional schema (search_path), so several homes can share one database. */
        schema: z
          .string()
          .regex(/^[a-z_][a-z0-9_]{0,62}$/)
          .optional(),
      }),
    ])
    .default({ kind: 'sqlite', file: 'catalogue.sqlite' }),
  sites: z.array(siteConfigSchema).default([]),
  policy: policySchema.default({ copies: 3, minRegions: 2, minMedia: 2 }),
  audit: auditConfigSchema.default(AUDIT_DEFAULTS),
  server: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8080),
      // Names a request's Host header may carry (any port): a DNS-rebinding page reaches the
      // loopback API under its own name, so only names the operator chose are served (docs/security.md).
      allowedHosts: z
        .array(z.string().min(1))
        .min(1)
        .default([...DEFAULT_ALLOWED_HOSTS]),
      // Behind a TLS reverse proxy: believe its X-Forwarded-For / X-Forwarded-Proto (client address
      // for the lockout and the access log; `Secure` cookies). Never set it without such a proxy.
      trustProxy: z.boolean().default(false),
      // Sessions end after this long without a request, and this long after sign-in whatever happens.
      sessionIdleMinutes: z.number().int().min(1).default(30),
      sessionMaxHours: z.number().int().min(1).default(12),
    })
    .default({
      host: '127.0.0.1',
      port: 8080,
      allowedHosts: [...DEFAULT_ALLOWED_HOSTS],
      trustProxy: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    }),
  /** Resumable uploads (tus) staged under HOME/uploads before intake or import. */
  uploads: z
    .object({
      /** The largest single upload; a bigger Upload-Length is refused with 413 before a byte is sent. */
      maxBytes: z.number().int().min(1).default(20_000_000_000),
      /** All unfinished and unconsumed uploads together (the staging disk is shared). */
      maxTotalBytes: z.number().int().min(1).default(100_000_000_000),
    })
    .default({ maxBytes: 20_000_000_000, maxTotalBytes: 100_000_000_000 }),
  /** Digitisation (docs/digitisation.md): quality-control rules, OCR, what the backup copy keeps. */
  digitisation: z
    .object({
      /** ocrmypdf processes at once; default: the machine's cores. Each runs with OMP_THREAD_LIMIT=1. */
      parallel: z.number().int().min(1).max(64).optional(),
      /** Tesseract language(s): `vie`, or e.g. `vie+eng`. */
      language: z
        .string()
        .regex(/^[a-z_]+(\+[a-z_]+)*$/)
        .default('vie'),
      /** Pages whose mean OCR word confidence (0–100) is below this wait for review. */
      minConfidence: z.number().min(0).max(100).default(60),
      /** Overrides of the quality-control rules (core DEFAULT_QC_RULES), for every unit. */
      rules: z.record(z.string(), z.unknown()).default({}),
      /**
       * Keep the original scans in the backup copy beside the PDF/A made from them (TT05
       * AttachmentFile of each document, under data/ban-quet/<document code>/). Off by default:
       * they take several times the PDF/A's room on every site.
       */
      keepOriginals: z.boolean().default(false),
      /** Per unit: its own quality-control rules over the instance's, and its own keepOriginals. */
      units: z
        .record(z.string(), z.object({ rules: z.record(z.string(), z.unknown()).optional(), keepOriginals: z.boolean().optional() }))
        .default({}),
    })
    .default({ language: 'vie', minConfidence: 60, rules: {}, keepOriginals: false, units: {} }),
  /** Plans and yearly reports (docs/plans-and-reports.md): the day each level's results report is due, DD/MM. */
  reports: z
    .object({
      deadlines: z
        .object({
          ministry: z
            .string()
            .regex(/^\d{2}\/\d{2}$/)
            .default('15/12'),
          province: z
            .string()
            .regex(/^\d{2}\/\d{2}$/)
            .default('15/12'),
          agency: z
            .string()
            .regex(/^\d{2}\/\d{2}$/)
            .default('10/12'),
        })
        .default({ ministry: '15/12', province: '15/12', agency: '10/12' }),
    })
    .default({ deadlines: { ministry: '15/12', province: '15/12', agency: '10/12' } }),
  jobs: z
    .object({
      pollMs: z.number().int().min(50).default(2000),
      // Probing writes a small object on S3 sites: once a minute is enough to notice a site returning.
      probeMs: z.number().int().min(1000).default(60_000),
    })
    .default({ pollMs: 2000, probeMs: 60_000 }),
  // Optional OpenID Connect sign-in (oidc-config.ts, docs/oidc.md).
  auth: authConfigSchema.default({}),
  /** The national level: this instance, its peers and upstream (national-config.ts, docs/national.md). */
  national: nationalConfigSchema.default(NATIONAL_DEFAULTS),
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE = 'config.json';

/** Replace HOME/config.json whole. */
export function writeConfigFile(home: string, value: unknown): void {
  mkdirSync(home, { recursive: true });
  const file = join(home, CONFIG_FILE);
  replaceFileDurably(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Environment overrides, applied on top of HOME/config.json. */
function fromEnvironment(env: NodeJS.ProcessEnv, problems: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const int = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n)) problems.push(`${name}="${raw}" không phải số nguyên`);
    return n;
  };
  if (env.DUPHONG_PG_URL) out.catalogue = { kind: 'postgres', url: env.DUPHONG_PG_URL };
  const port = int('DUPHONG_PORT');
  const host = env.DUPHONG_HOST;
  const allowedHosts = env.DUPHONG_ALLOWED_HOSTS?.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (port !== undefined || host || allowedHosts?.length)
    out.server = { ...(port !== undefined && { port }), ...(host && { host }), ...(allowedHosts?.length && { allowedHosts }) };
  const period = int('DUPHONG_AUDIT_PERIOD_MONTHS');
  if (period !== undefined) out.audit = { periodMonths: period };
  return out;
}

/** Read HOME/config.json and the environment; throw ConfigError listing every problem at once. */
export function loadConfig(home: string, env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  let fileValue: Record<string, unknown> = {};
  const file = join(home, CONFIG_FILE);
  if (existsSync(file)) {
    try {
      fileValue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${file}: không đọc được JSON (${(error as Error).message})`);
    }
  }
  const envValue = fromEnvironment(env, problems);
  const merged = { ...fileValue, ...envValue };
  // Sections set both in the file and the environment: the environment overrides field by field.
  for (const section of ['server', 'audit'] as const)
    if (envValue[section] && typeof fileValue[section] === 'object')
      merged[section] = { ...(fileValue[section] as object), ...(envValue[section] as object) };
  applyOidcSecret(fileValue, merged, env, problems);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
  } else {
    const names = new Set<string>();
    for (const site of parsed.data.sites) {
      if (names.has(site.name)) problems.push(`sites: tên site "${site.name}" bị trùng`);
      names.add(site.name);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

export function resolveHome(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, flag ?? env.DUPHONG_HOME ?? 'duphong-data');
}

/** Site paths in config may be relative to the home. */
export function sitePath(home: string, site: SiteConfig): string {
  return resolve(home, site.path ?? '.');
}
