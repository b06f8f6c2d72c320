import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sql } from '../server/db/sql.js';
import { hasChromium, openPage, useHarness } from './harness.js';

const h = useHarness();

const feedback = (value: string) =>
  h.demo.db.query<{ label: string; analyst: string; tags: string[] }>(
    sql`SELECT toString(classification) AS label, toString(analyst) AS analyst, arrayMap(t -> toString(t), tags) AS tags FROM ${h.demo.db.table('soc_feedback')} WHERE entity_value = ${value} ORDER BY created_at DESC`,
  );

describe.skipIf(!hasChromium)('SOC workflows in Chromium', () => {
  it('1 · suspect IP → details → investigation → classification saved and listed', async () => {
    const { page, step, errors } = await openPage(h, 'workflow-1-suspect-ip');
    const ip = h.demo.truth.scenarios.credential_stuffing.ips[0]!;
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Key figures' })
      .getByText(/^\d[\d,]*$/)
      .first()
      .waitFor();
    await step('dashboard');

    await page.getByRole('link', { name: 'Critical threats' }).click();
    await page.waitForURL(/\/detections\?threat_level=CRITICAL/);
    await page.getByRole('heading', { name: 'Detections', exact: true }).waitFor();
    await page.getByLabel('Time window').selectOption('LAST_7D');
    await page.getByLabel(/^Search \(IP/).fill(ip);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: ip, exact: true }) })
      .first();
    await row.waitFor();
    await step('critical-detections-of-the-ip');
    await row.locator('td').nth(5).click();

    await page.waitForURL(`**/detections/ip/${ip}*`);
    await page.getByRole('heading', { name: `IP ${ip}` }).waitFor();
    await page.getByRole('region', { name: 'Detections' }).getByText('Unique IPs').waitFor();
    await step('details-view');
    // one entity, its views side by side: detections, profile, traffic
    await page.getByRole('navigation', { name: 'Views of this entity' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL((u) => u.pathname === `/ip/${ip}`);

    const risk = page.getByRole('region', { name: 'Risk score' });
    const score = Number((await risk.getByLabel(/Risk score \d+ out of 100/).getAttribute('aria-label'))!.match(/\d+/)![0]);
    expect(score).toBeGreaterThanOrEqual(60);
    const panel = page.getByRole('region', { name: 'Correlation summary and classification' });
    await panel.getByText(/Recommendation: malicious/).waitFor();
    await page.getByRole('region', { name: 'Subnet and ASN' }).getByText('Kind').waitFor();
    await step('investigation');

    expect(await panel.getByRole('button', { name: 'Malicious' }).getAttribute('aria-pressed')).toBe('true');
    expect(await panel.getByRole('button', { name: 'credential-stuffing' }).getAttribute('aria-pressed')).toBe('true');
    await panel.getByLabel('Comment').fill('POST bursts on the login page (e2e)');
    await panel.getByRole('button', { name: 'Save classification' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved as malicious by local-analyst' }).waitFor();
    await page.getByRole('region', { name: 'Decisions recorded' }).getByText('POST bursts on the login page (e2e)').waitFor();
    await step('classified');
    expect((await feedback(ip))[0]).toMatchObject({ label: 'malicious', analyst: 'local-analyst' });
    expect((await feedback(ip))[0]!.tags).toContain('credential-stuffing');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classifications' }).click();
    const list = page.getByRole('table', { name: 'Classifications' });
    await list.getByRole('row').filter({ hasText: ip }).filter({ hasText: 'malicious' }).first().waitFor();
    await step('classification-listed');
    expect(errors).toEqual([]);
  });

  it('2 · JA4 → its infrastructure: countries, ASNs, and the graph of its IPs', async () => {
    const { page, step, errors } = await openPage(h, 'workflow-2-ja4-infrastructure');
    const { ja4 } = h.demo.truth.botnet;
    const botnet = h.demo.truth.scenarios.botnet;
    await page.goto('/analysis/botnets?window=LAST_7D');
    const first = page.getByRole('table', { name: 'JA4 spread' }).getByRole('row').nth(1);
    await first.waitFor();
    expect(await first.getByRole('link').first().textContent()).toBe(ja4);
    await step('botnets-ranking');

    await first.getByRole('link', { name: ja4, exact: true }).click();
    await page.waitForURL(`**/ja4/${ja4}`);
    await page.getByRole('region', { name: `Top countries (${botnet.countries.length})` }).waitFor();
    await page.getByRole('region', { name: `Top ASNs (${botnet.asns.length})` }).waitFor();
    await page.getByRole('region', { name: 'Population' }).getByText('distributed botnet').waitFor();
    await step('ja4-investigation');

    await page.getByRole('link', { name: 'Map its infrastructure' }).click();
    // the graph opens on the JA4 with its links of every type drawn, grouped above 12
    await page.waitForURL(/\/graph\?.*step=a/);
    await page.getByRole('complementary', { name: 'Selection' }).getByRole('list', { name: 'Expand by link type' }).waitFor();
    await page.getByRole('button', { name: 'Table view' }).click();
    const nodes = page.getByRole('table', { name: /Nodes \(\d+\)/ });
    await nodes.getByText(`${botnet.ips.length} IPs of ${ja4}`).waitFor();
    await nodes.getByText(`${botnet.asns.length} ASNs of ${ja4}`).waitFor();
    const countries = botnet.countries.length;
    if (countries > 12) await nodes.getByText(`${countries} countries of ${ja4}`).waitFor();
    await step('graph-table');
    await page.getByRole('button', { name: 'Graph view' }).click();
    await page.getByTestId('graph-canvas').waitFor();
    await step('graph');
    expect(errors).toEqual([]);
  });

  it('3 · ASN → variability → pivot to one of its user agents', async () => {
    const { page, step, errors } = await openPage(h, 'workflow-3-asn-variability');
    const asn = h.demo.truth.scenarios.scraper.asns.find((a) => a === 16276) ?? h.demo.truth.scenarios.scraper.asns[0]!;
    await page.goto(`/detections?asn_number=${asn}&window=LAST_7D`);
    const link = page.getByRole('link', { name: new RegExp(`^AS${asn} `) }).first();
    await link.waitFor();
    await step('detections-of-the-asn');
    await link.click();
    await page.waitForURL(`**/detections/asn/${asn}`);
    // titled with its organisation, as ClickHouse names it
    const [org] = await h.demo.db.query<{ name: string }>(sql`SELECT any(src_asn_org) AS name FROM ${h.demo.db.table('http_logs')} WHERE src_asn = ${asn}`);
    await page.getByRole('heading', { name: `ASN AS${asn} · ${org!.name}` }).waitFor();
    const uas = page.getByRole('region', { name: 'User agents' });
    const script = uas.getByRole('row').filter({ hasText: 'script' }).first();
    await script.waitFor();
    await page
      .getByRole('region', { name: /^JA4 fingerprints/ })
      .getByRole('table')
      .waitFor();
    await step('asn-variability');

    const ua = (await script.getByRole('link').first().getAttribute('title'))!.replace(/^User-Agent /, '');
    await script.getByRole('link').first().click();
    await page.waitForURL('**/entities/user_agent/**');
    await page.getByRole('heading', { name: `User-Agent ${ua}` }).waitFor();
    const ips = page.getByRole('region', { name: /^Associated IPs/ });
    await ips.getByRole('table').getByRole('link').first().waitFor();
    await step('user-agent-entity');
    const shown = await ips
      .getByRole('table')
      .getByRole('link', { name: /^\d+\.\d+\.\d+\.\d+$/ })
      .allTextContents();
    const used = await h.demo.db.query<{ ip: string }>(
      sql`SELECT DISTINCT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip FROM ${h.demo.db.table('http_logs')} WHERE header_user_agent = ${ua} AND time >= now() - INTERVAL 7 DAY`,
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const ip of shown) expect(used.map((u) => u.ip)).toContain(ip);
    expect(errors).toEqual([]);
  });

  it('4 · classification review: an entity page, a decision, the list and the audit trail', async () => {
    const { page, step, errors } = await openPage(h, 'workflow-4-review');
    const ip = h.demo.truth.scenarios.human.ips[3]!;
    await page.goto(`/entities/ip/${ip}`);
    await page
      .getByRole('region', { name: /^Targeted hosts/ })
      .getByRole('table')
      .waitFor();
    await page
      .getByRole('region', { name: /^Paths/ })
      .getByRole('table')
      .waitFor();
    await step('entity-page');
    const form = page.getByRole('form', { name: 'Classification' });
    await form.getByRole('button', { name: 'Legitimate', exact: true }).click();
    await form.getByRole('button', { name: 'legitimate-user' }).click();
    await form.getByRole('button', { name: 'Save classification' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved as legitimate by local-analyst (legitimate-user)' }).waitFor();
    await step('decided');
    expect((await feedback(ip))[0]).toMatchObject({ label: 'legitimate', tags: ['legitimate-user'] });

    await page.goto('/classifications?label=LEGITIMATE');
    await page.getByRole('table', { name: 'Classifications' }).getByRole('row').filter({ hasText: ip }).waitFor();
    await step('review-list');
    await page.goto('/audit');
    await page.getByRole('table', { name: 'Audit entries' }).getByRole('row').filter({ hasText: ip }).filter({ hasText: 'success' }).first().waitFor();
    await step('audit');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('graph explorer in Chromium', () => {
  it('search → expand → undo → copy the link → the link reproduces the same graph', async () => {
    const { page, context, step, errors } = await openPage(h, 'graph-explorer');
    const [ip, ja4s] = Object.entries(h.demo.truth.ja4Rotation.byIp)[0]!;
    await page.goto('/graph');
    await page.getByRole('searchbox', { name: 'Search entities' }).nth(1).fill(ip);
    await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: ip, exact: true }).click();
    // picked from the search box: drawn with its first-level links, selected
    await page.getByRole('button', { name: 'Table view' }).click();
    for (const j of ja4s) await page.getByRole('table', { name: /Nodes/ }).getByRole('link', { name: j, exact: true }).waitFor();
    await page
      .getByRole('table', { name: /Links \(/ })
      .getByText('IP → HOST')
      .first()
      .waitFor();
    const expanded =
      (await page.getByRole('table', { name: /Nodes \(\d+\)/ }).getAttribute('aria-label')) ??
      (await page
        .getByRole('table', { name: /Nodes \(\d+\)/ })
        .locator('caption')
        .textContent());
    await step('seeded-expanded');

    await page.getByRole('button', { name: /Undo/ }).click();
    await page.getByRole('table', { name: 'Nodes (1)' }).waitFor();
    await page.getByRole('button', { name: /Redo/ }).click();
    await page.getByRole('table', { name: expanded! }).waitFor();
    await page.getByRole('button', { name: 'Graph view' }).click();
    await page.getByTestId('graph-canvas').waitFor();
    await step('undone-graph');

    // a click on a drawn node selects it, as in the table
    const at = await page.evaluate((id) => {
      const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
        cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } };
      };
      const p = el.cy.getElementById(id).renderedPosition();
      const box = el.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, `JA4:${ja4s[0]}`);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('complementary', { name: 'Selection' }).getByText(ja4s[0]!, { exact: true }).waitFor();
    expect(page.url()).toContain(`sel=${encodeURIComponent(`JA4:${ja4s[0]}`)}`);
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    await step('selected-on-canvas');

    await page.getByRole('button', { name: 'Copy link' }).click();
    // the clipboard permission is granted: the link must really be on the clipboard
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link).toContain(`step=${encodeURIComponent(`a|IP|${ip}`)}`);
    const nodesBefore = await page.evaluate(() => document.querySelector('[role=toolbar] [role=status]')?.textContent);

    const other = await context.newPage();
    await other.goto(link);
    await other.getByRole('status').filter({ hasText: nodesBefore! }).waitFor();
    await other.getByRole('button', { name: 'Table view' }).click();
    const rows = async (p: typeof page) => {
      const table = p.getByRole('table', { name: /Nodes \(\d+\)/ });
      await table.getByRole('row').nth(1).waitFor();
      return (await table.getByRole('row').allTextContents()).sort();
    };
    await page.getByRole('button', { name: 'Table view' }).click();
    expect(await rows(other)).toEqual(await rows(page));
    await other.screenshot({ path: 'test-artifacts/e2e/graph-explorer/99-reopened-link.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
