import Fastify from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { z } from 'zod';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Context } from '../ports/context.js';
import './route-access.js';
import { gate } from './auth.js';
import { registerSecurityHeaders } from './security-headers.js';
import { errorHandler } from './errors.js';
import { DEFAULT_WEB_ROOT, registerWebUi } from './web-ui.js';
import { healthRoutes, SERVER_VERSION } from './routes/health.js';
import { instanceRoutes } from './routes/instance.js';
import { oaiRoutes } from './routes/oai.js';
import { portalRoutes } from './routes/portal.js';
import { siteRoutes } from './routes/sites.js';
import { objectListRoutes } from './routes/objects.js';
import { objectDetailRoutes } from './routes/object-detail.js';
import { auditRoutes } from './routes/audits.js';
import { jobRoutes } from './routes/jobs.js';
import { incidentRoutes } from './routes/incidents.js';
import { unitRoutes } from './routes/units.js';
import { unitEditRoutes } from './routes/unit-edits.js';
import { codeListRoutes } from './routes/codelists.js';
import { codeListSyncRoutes } from './routes/codelist-sync.js';
import { recordRoutes } from './routes/records.js';
import { backupListRoutes } from './routes/backup-lists.js';
import { searchRoutes } from './routes/search.js';
import { sessionRoutes } from './routes/session.js';
import { userRoutes } from './routes/users.js';
import { tokenRoutes } from './routes/tokens.js';
import { accessLogRoutes } from './routes/access-log.js';
import { oidcRoutes } from './routes/oidc.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { recordPageRoutes } from './routes/record-page.js';
import { readingRequestRoutes } from './routes/reading-requests.js';
import { uploadRoutes } from './routes/uploads.js';
import { intakeRoutes } from './routes/intake.js';
import { catalogueImportRoutes } from './routes/catalogue-import.js';
import { digitisationRoutes } from './routes/digitisation.js';
import { microfilmRoutes } from './routes/microfilm.js';
import { reportRoutes } from './routes/reports.js';
import { planRoutes } from './routes/plans.js';
import { handoverRoutes } from './routes/handovers.js';

export interface AppOptions {
  /** Folder of the built web UI; default packages/web/dist beside this server package. */
  webRoot?: string;
  /** Host names served; default the configuration's `server.allowedHosts`. */
  allowedHosts?: readonly string[];
}

const OPENAPI_INFO = {
  title: 'DuPhong API',
  version: SERVER_VERSION,
  description:
    'API của DuPhong — hệ thống lưu trữ dự phòng: site lưu trữ, hồ sơ và bản sao dự phòng, kiểm tra toàn vẹn, tác vụ nền, sự cố và đơn vị (bộ, tỉnh, cơ quan lưu trữ) theo thời gian. ' +
    'Lỗi trả về dạng {error:{code, message}}, thông báo bằng tiếng Việt (tiếng Anh nếu Accept-Language: en).',
};

/** The HTTP API and web UI over one opened context. Every route has zod schemas, which also yield the OpenAPI document. */
export function buildApp(ctx: Context, options: AppOptions = {}) {
  const app = Fastify({ logger: false, trustProxy: ctx.config.server.trustProxy }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler(ctx.log));
  registerSecurityHeaders(app);
  // The one gate every request passes; see auth.ts: Host check, principal, the route's action.
  app.addHook('onRequest', gate(ctx, options.allowedHosts ?? ctx.config.server.allowedHosts));
  // The web UI's static files (registered by @fastify/static, which takes no route config) are
  // public: outside /api there is only the UI, and it asks the API for everything it shows.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') && route.config?.action === undefined) route.config = { ...route.config, action: 'public' };
  });

  app.register(fastifySwagger, { openapi: { openapi: '3.0.3', info: OPENAPI_INFO }, transform: jsonSchemaTransform });
  for (const routes of [
    healthRoutes,
    instanceRoutes,
    oaiRoutes,
    siteRoutes,
    objectListRoutes,
    objectDetailRoutes,
    auditRoutes,
    jobRoutes,
    incidentRoutes,
    unitRoutes,
    unitEditRoutes,
    codeListRoutes,
    codeListSyncRoutes,
    recordRoutes,
    backupListRoutes,
    searchRoutes,
    sessionRoutes,
    userRoutes,
    tokenRoutes,
    accessLogRoutes,
    dashboardRoutes,
    recordPageRoutes,
    readingRequestRoutes,
    uploadRoutes,
    intakeRoutes,
    catalogueImportRoutes,
    digitisationRoutes,
    microfilmRoutes,
    reportRoutes,
    planRoutes,
    portalRoutes,
    handoverRoutes,
  ]) {
    app.register(routes(ctx));
  }
  // Optional sign-in through the agency's OpenID Connect provider (routes/oidc.ts, decision 0015).
  app.register(oidcRoutes(ctx));
  app.register(async (api) => {
    api.withTypeProvider<ZodTypeProvider>().get(
      '/api/openapi.json',
      {
        config: { action: 'public' },
        schema: {
          tags: ['hệ thống'],
          summary: 'Tài liệu OpenAPI của API này',
          response: {
            200: z.looseObject({
              openapi: z.string(),
              info: z.looseObject({ title: z.string() }),
              paths: z.record(z.string(), z.unknown()),
            }),
          },
        },
      },
      () => app.swagger() as unknown as { openapi: string; info: { title: string }; paths: Record<string, unknown> },
    );
  });
  registerWebUi(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}

export type DuphongApp = ReturnType<typeof buildApp>;
