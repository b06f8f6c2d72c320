import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, useHarness } from './harness.js';
import { sql } from '../server/db/sql.js';

const h = useHarness();

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`${h.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: any }).data;
};

describe.skipIf(!hasChromium)('retro-hunt in Chromium', () => {
  it('pastes a defanged list, gets the table, filters the unseen, opens the seen ones in the graph and saves them as an investigation', async () => {
    const { page, step, errors } = await openPage(h, 'hunt');
    const botnet = h.demo.truth.scenarios.botnet;
    const ips = botnet.ips.slice(0, 4);
    const absent = '198.51.100.250';
    const { ja4 } = h.demo.truth.botnet;
    // what the traffic holds of them: counted from the raw rows of the last 30 days (the page's default window)
    const [row] = await h.demo.db.query<{ n: number }>(
      sql`SELECT count(DISTINCT src_ip) AS n FROM ${h.demo.db.table('http_logs')} WHERE src_ip IN ${sql.typed([...ips, absent], 'Array(IPv6)')} AND time >= now() - INTERVAL 30 DAY`,
    );
    expect(Number(row!.n)).toBe(ips.length);

    await page.goto('/hunt');
    await page.getByLabel('Indicators to hunt').fill([`Seen in the partner's logs:`, ...ips.map((ip) => ip.replace(/\./g, '[.]')), absent, ja4].join('\n'));
    await page.getByRole('button', { name: 'Hunt', exact: true }).click();
    await page.getByText(`6 indicators from a pasted list: 5 seen, 1 not seen`).waitFor();
    const table = page.getByRole('table', { name: 'Indicators and what the traffic holds of them' });
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('tbody tr[data-seen=false]').count()).toBe(1);
    // every value links to its page
    expect(await table.getByRole('link', { name: ips[0], exact: true }).getAttribute('href')).toBe(`/ip/${ips[0]}`);
    // the greeting is listed as not read, with its line
    await page.getByRole('table', { name: 'Parts of the document not read as indicators' }).getByText('line 1').waitFor();
    await step('hunted');

    await page.getByRole('button', { name: 'Not seen' }).click();
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining(absent)]);
    await page.getByRole('button', { name: 'All' }).click();
    // sorted by requests, most first: the order the raw rows give
    await table.getByRole('button', { name: /^Requests/ }).click();
    const firstRow = await table.locator('tbody tr').first().innerText();
    expect(firstRow).toContain(ja4);

    await page.getByRole('button', { name: 'Save as investigation' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Saved:' });
    await saved.waitFor();
    const href = (await saved.getByRole('link').getAttribute('href')) ?? '';
    const key = new URL(href, h.base).searchParams.get('inv')!;
    const inv = (await gql(`query($id: ID!) { investigation(id: $id) { name description entities { type key } } }`, { id: key })).investigation;
    expect(inv.name).toBe('Hunt: a pasted list');
    expect(inv.description).toMatch(/Retro-hunt of a pasted list .*5 of 6 indicators seen, 1 not seen, 1 parts unreadable/);
    expect(inv.entities.map((e: any) => `${e.type}:${e.key}`).sort()).toEqual([...ips.map((ip) => `IP:${ip}`), `JA4:${ja4}`].sort());
    await step('saved');

    await page.getByRole('button', { name: 'Open the seen ones in the graph' }).click();
    await page.waitForURL(/\/graph\?/);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ nodes · \d+ links$/ })
      .waitFor();
    const ids = (await page.evaluate('(document.querySelector("[data-testid=graph-canvas]")).cy.nodes().map((n) => n.id())')) as string[];
    expect(ids.sort()).toEqual([...ips.map((ip) => `IP:${ip}`), `JA4:${ja4}`].sort());
    // and linked as the traffic links them: each botnet address presented the JA4
    await page.waitForFunction(
      (n) => (document.querySelector('[data-testid=graph-canvas]') as unknown as { cy: { edges(): unknown[] } }).cy.edges().length >= n,
      ips.length,
    );
    const edges = (await page.evaluate(
      '(document.querySelector("[data-testid=graph-canvas]")).cy.edges().map((e) => [e.source().id(), e.target().id()].sort().join(" "))',
    )) as string[];
    expect(edges.sort()).toEqual(ips.map((ip) => [`IP:${ip}`, `JA4:${ja4}`].sort().join(' ')).sort());
    await step('graph');
    expect(errors).toEqual([]);
  });

  it('hunts a dropped CSV file and says what it could not read', async () => {
    const { page, errors } = await openPage(h, 'hunt-file');
    const ip = h.demo.truth.scenarios.botnet.ips[0]!;
    await page.goto('/hunt');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'feed.csv', mimeType: 'text/csv', buffer: Buffer.from(`indicator,type\n${ip},ip\n999.0.0.1,ip\n`) });
    await page.getByText('feed.csv').waitFor();
    await page.getByRole('button', { name: 'Hunt', exact: true }).click();
    await page.getByText('1 indicators from feed.csv: 1 seen, 0 not seen').waitFor();
    await page.getByText('"999.0.0.1" is not a valid IPv4 or IPv6 address').waitFor();
    expect(errors).toEqual([]);
  });
});
