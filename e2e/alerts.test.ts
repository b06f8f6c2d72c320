import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, useHarness } from './harness.js';
import { sql } from '../server/db/sql.js';

const h = useHarness();

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`${h.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

describe.skipIf(!hasChromium)('watches and alerts in Chromium', () => {
  it('watches the botnet JA4 from its page; fresh IPs presenting it raise an alert whose badge appears without reloading; the alert opens the explorer on them', async () => {
    const { page, step, errors } = await openPage(h, 'alerts');
    const { ja4 } = h.demo.truth.botnet;

    await page.goto(`/ja4/${ja4}`);
    const bell = page.getByRole('button', { name: /^Alerts: \d+ new$/ });
    await bell.waitFor();
    const before = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);
    await page
      .getByRole('button', { name: /☆ Watch/ })
      .and(page.locator(':enabled'))
      .click();
    await page.getByRole('button', { name: '★ Watching · stop' }).waitFor();
    const watches = (await gql(`query($e: EntityRefInput!) { watches(entity: $e) { items { rules { kind neighbour } } } }`, { e: { type: 'JA4', value: ja4 } }))
      .watches.items;
    expect(watches).toHaveLength(1);
    expect(watches[0].rules).toContainEqual({ kind: 'NEW_NEIGHBOURS', neighbour: 'IP' });
    await step('watching');

    // the pipeline writes: two addresses never seen with the JA4 present it now
    const fresh = ['198.51.100.61', '198.51.100.62'];
    for (const ip of fresh)
      await h.demo.db.command(
        sql`INSERT INTO ${h.demo.db.table('http_logs')} SELECT * REPLACE (toIPv6(${ip}) AS src_ip, now64(3) AS time)
            FROM ${h.demo.db.table('http_logs')} WHERE ja4 = ${ja4} LIMIT 2`,
      );
    const run = (await gql(`mutation { runAlertEvaluation { raised { id newEntities { key } } } }`)).runAlertEvaluation;
    expect(run.raised).toHaveLength(1);
    expect(run.raised[0].newEntities.map((e: { key: string }) => e.key).sort()).toEqual(fresh);

    // the page was not reloaded: the count moved on its own (server-sent events)
    await page.getByRole('button', { name: `Alerts: ${before + 1} new` }).waitFor({ timeout: 20_000 });
    await step('badge');
    await page.getByRole('button', { name: `Alerts: ${before + 1} new` }).click();
    await page
      .getByRole('dialog', { name: 'New alerts' })
      .getByRole('link', { name: /2 new IP neighbours/ })
      .click();
    await page.waitForURL(/\/alerts\/[0-9a-f]{32}$/);
    const table = page.getByRole('table', { name: 'New neighbours' });
    await table.waitFor();
    expect((await table.locator('tbody tr').allInnerTexts()).map((t) => t.split('\t')[0]!.trim()).sort()).toEqual(fresh);
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByTestId('alert-state').getByText('acknowledged').waitFor();
    await step('alert');

    await page.getByRole('link', { name: 'Open in graph explorer' }).click();
    await page.waitForURL(/\/graph\?/);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ nodes · \d+ links$/ })
      .waitFor();
    const selected = new URL(page.url()).searchParams.getAll('sel').sort();
    expect(selected).toEqual(fresh.map((ip) => `IP:${ip}`));
    const ids = (await page.evaluate('(document.querySelector("[data-testid=graph-canvas]")).cy.nodes().map((n) => n.id())')) as string[];
    expect(ids).toEqual(expect.arrayContaining([`JA4:${ja4}`, ...fresh.map((ip) => `IP:${ip}`)]));
    await step('graph');
    expect(errors).toEqual([]);
  });

  it('turns down a webhook to a destination the operator did not allow, saying which setting allows it', async () => {
    const { page, step } = await openPage(h, 'webhooks');
    await page.goto('/settings/webhooks');
    await page.getByLabel('Name').fill('SOAR');
    await page.getByLabel(/^URL/).fill('http://10.0.0.5/hook');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('alert').filter({ hasText: 'WEBHOOK_DESTINATIONS' }).waitFor();
    expect(await page.getByRole('table', { name: 'Webhooks' }).count()).toBe(0);
    await step('refused');
  });
});
