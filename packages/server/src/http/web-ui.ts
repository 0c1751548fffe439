import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { requestLang } from './errors.js';

/** packages/web/dist, found from this file's place in the server package (src/http or dist/http alike). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

// No inline style or script: the Content-Security-Policy (security-headers.ts) forbids them.
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>DuPhong — giao diện chưa được biên dịch</title></head>
<body>
<h1>Giao diện web chưa được biên dịch</h1>
<p>Máy chủ DuPhong đang chạy và API vẫn dùng được tại <a href="/api/health">/api/health</a>
(tài liệu OpenAPI: <a href="/api/openapi.json">/api/openapi.json</a>).</p>
<p>Để có giao diện web, chạy lệnh sau ở thư mục gốc của mã nguồn rồi khởi động lại <code>duphong serve</code>:</p>
<pre><code>npm run build</code></pre>
<p lang="en">The web UI is not built: run <code>npm run build</code> at the repository root and restart <code>duphong serve</code>.</p>
</body>
</html>
`;

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * The built single-page UI and its fallback: any GET outside /api that is not a file gets
 * index.html, so the UI's own paths survive a reload. Unknown /api paths stay JSON 404s.
 */
export function registerWebUi(app: FastifyInstance, webRoot: string): void {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html' });

  app.setNotFoundHandler(async (request, reply) => {
    const page = request.method === 'GET' || request.method === 'HEAD';
    if (page && !isApi(request.url)) {
      if (built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    const path = request.url.split('?')[0];
    const en = requestLang(request) === 'en';
    return reply.code(404).send({
      error: {
        code: 'DP-NOT-FOUND',
        message: en ? `No such API route: ${request.method} ${path}` : `Không có đường dẫn API này: ${request.method} ${path}`,
      },
    });
  });
}
