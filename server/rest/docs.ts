import type { HttpEnv } from '../context.js';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { openApiDocument } from './openapi.js';
import type { Route } from './route.js';

const require = createRequire(import.meta.url);
const dirOf = (pkgFile: string) => path.relative(process.cwd(), path.dirname(require.resolve(pkgFile))) || '.';

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** /openapi.json, Swagger UI at /docs and ReDoc at /redoc, from installed packages (no CDN). */
export function mountDocs(app: Hono<HttpEnv>, routes: Route[]) {
  const doc = openApiDocument(routes);
  app.get('/openapi.json', (c) => c.json(doc));

  const swaggerDir = dirOf('swagger-ui-dist/package.json');
  app.get('/docs', (c) =>
    c.html(
      page(
        'ja4graph — REST API',
        '<link rel="stylesheet" href="/docs/assets/swagger-ui.css">',
        '<div id="swagger"></div><script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script>',
      ),
    ),
  );
  app.get('/docs/init.js', (c) =>
    c.body("window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger', deepLinking: true });", 200, { 'content-type': 'text/javascript' }),
  );
  app.use('/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace(/^\/docs\/assets/, '') }));

  const redocDir = dirOf('redoc/bundles/redoc.standalone.js');
  app.get('/redoc', (c) =>
    c.html(page('ja4graph — REST API (ReDoc)', '', '<redoc spec-url="/openapi.json"></redoc><script src="/redoc/redoc.standalone.js"></script>')),
  );
  app.use('/redoc/redoc.standalone.js', serveStatic({ root: redocDir, rewriteRequestPath: () => '/redoc.standalone.js' }));
}
