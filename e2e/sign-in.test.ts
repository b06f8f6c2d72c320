import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, useHarness } from './harness.js';
import { AUDIENCE, SECRET, startTestIdp, type TestIdp } from '../server/test/oidc.js';
import { SESSION_COOKIE } from '../server/oidc-session.js';

let idp: TestIdp | undefined;
const h = useHarness({}, async (base) => {
  idp = await startTestIdp({ redirectUris: [`${base}/auth/callback`], webTtlS: 4 });
  return {
    AUTH_MODE: 'oidc',
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_ROLE_MAP: 'soc-viewers=viewer,soc-analysts=analyst,soc-admins=admin',
    OIDC_CLIENT_ID: 'ja4graph-web',
    OIDC_CLIENT_SECRET: SECRET,
    OIDC_SCOPES: 'openid profile groups',
    SESSION_SECRET: 'e2e-session-secret-of-at-least-32-chars',
    PUBLIC_URL: base,
    ALLOW_ANONYMOUS_READ: '0',
    OIDC_CLOCK_SKEW_S: '0',
  };
});
afterAll(async () => idp?.close());

describe.skipIf(!hasChromium)('signing in through the identity provider in Chromium', () => {
  it('a page asks for sign-in, the provider’s login page signs the analyst in, the page shows them with their role; sign-out ends both sessions', async () => {
    const { page, context, step, errors } = await openPage(h, 'sign-in');
    const missing: string[] = [];
    page.on('response', (r) => r.status() === 404 && missing.push(r.url()));
    await page.goto('/detections');
    // the page's first request is turned away: the browser goes to the provider's login page
    await page.waitForURL((u) => u.origin === idp!.issuer);
    await page.locator('input[name="login"]').fill('alice');
    await page.locator('input[name="password"]').fill('any password');
    await step('login-page');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    // back where the analyst was, signed in
    await page.waitForURL(`${h.base}/detections`);
    await page.locator('.signed-in').waitFor();
    expect(await page.locator('.signed-in').innerText()).toMatch(/alice\s*·\s*analyst/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await step('signed-in');

    const session = (await context.cookies(h.base)).find((c) => c.name === SESSION_COOKIE)!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    // what the page reads is read as alice: the API's viewer says so
    const viewer = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { user role via } }' }),
      });
      return ((await res.json()) as { data: unknown }).data;
    });
    expect(viewer).toEqual({ viewer: { user: 'alice', role: 'analyst', via: 'oidc' } });

    // the access token lives 4 s: past it, the next page load is refreshed with the refresh token, not sent back to sign in
    await page.waitForTimeout(5000);
    await page.goto('/investigations');
    await page.locator('.signed-in').waitFor();
    expect(page.url()).toBe(`${h.base}/investigations`);
    const renewed = (await context.cookies(h.base)).find((c) => c.name === SESSION_COOKIE)!;
    expect(renewed.value).not.toBe(session.value);

    await page.getByRole('button', { name: 'Sign out' }).click();
    // the provider asks to confirm; where it does not, say where the browser went instead (a flake seen once under load)
    const confirm = page.getByRole('button', { name: 'Yes, sign me out' });
    await confirm.waitFor({ timeout: 30_000 }).catch(async (err: unknown) => {
      const seen = await page
        .locator('body')
        .innerText()
        .catch(() => '');
      throw new Error(`no sign-out confirmation at ${page.url()}: ${seen.slice(0, 300)}`, { cause: err });
    });
    await confirm.click();
    // signed out here and at the provider: the next page asks for the login again
    await page.waitForURL((u) => u.origin === idp!.issuer && !u.pathname.startsWith('/session'));
    await page.locator('input[name="login"]').waitFor();
    expect((await context.cookies(h.base)).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    await step('signed-out');
    // the turned-away first requests, and the provider's own missing favicon, are the only errors the console saw
    expect(missing.filter((u) => !u.startsWith(`${idp!.issuer}/favicon.ico`))).toEqual([]);
    expect(errors.filter((e) => !/401|Unauthorized|404|fonts\.googleapis|ERR_/.test(e))).toEqual([]);
  });
});
