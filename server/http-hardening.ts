import { randomUUID } from 'node:crypto';
import type { Context as HonoContext } from 'hono';
import type { HttpEnv } from './context.js';

type Env = HttpEnv;

/** Host names match without their port; `*` allows any. */
export function hostAllowed(allowed: readonly string[], host: string | undefined): boolean {
  if (allowed.includes('*')) return true;
  if (!host) return false;
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return allowed.includes(name);
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the charts set styles through the DOM, which CSP allows; a few libraries add <style> elements
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Every answer: not framed, not sniffed, no referrer to third parties; HTML under a CSP with no inline
 * script (GraphiQL's page is the one inline script, allowed by a nonce made for that response).
 */
export async function secure(c: HonoContext<Env>) {
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  if (!c.res.headers.get('content-type')?.startsWith('text/html')) {
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    return;
  }
  if (c.req.path !== '/graphql') {
    c.header('Content-Security-Policy', CSP);
    return;
  }
  const nonce = randomUUID().replace(/-/g, '');
  const html = (await c.res.text()).replace(/<script>/g, `<script nonce="${nonce}">`);
  c.res = new Response(html, { status: c.res.status, headers: c.res.headers });
  c.res.headers.delete('content-length');
  c.header('Content-Security-Policy', CSP.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`));
}
