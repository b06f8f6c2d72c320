import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, hasChromium, openPage, useHarness } from './harness.js';

/** Operations the app shell sends on every load, whatever the page. */
const SHELL_OPERATIONS = ['AlertBadge', 'SignedIn'];

const h = useHarness();

interface DrawnNode {
  id: string;
  shape: string;
  x: number;
  y: number;
}

/** Where Cytoscape drew each node, in page coordinates: to click it as an analyst would. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & { cy: any };
    const box = el.getBoundingClientRect();
    return el.cy
      .nodes()
      .map((n: any) => ({ id: n.id(), shape: n.data('shape'), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y })) as DrawnNode[];
  });

/** Waits until no node moves: a layout still running (a busy machine runs it late) would move a node away from a click. */
async function settled(page: Page) {
  let before = '';
  for (let i = 0; i < 60; i++) {
    const now = JSON.stringify(await drawn(page));
    if (now === before) return;
    before = now;
    await page.waitForTimeout(250);
  }
  throw new Error('the canvas never settled');
}

const edgesOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & { cy: any };
    return el.cy.edges().map((e: any) => [e.source().id(), e.target().id()]) as [string, string][];
  });

const status = (page: Page) => page.getByRole('toolbar', { name: 'Graph tools' }).getByRole('status').first();
const nodeCount = async (page: Page) => Number(/^(\d+) nodes/.exec((await status(page).textContent()) ?? '')?.[1]);
const paint = async (page: Page) =>
  JSON.parse((await page.getByTestId('graph-canvas').getAttribute('data-paint')) ?? 'null') as { nodes: number; ms: number } | null;

describe.skipIf(!hasChromium)('the investigation canvas in Chromium', () => {
  it('seeds the botnet JA4 from its page expanded and selected; every kind of node is selected by a click on its centre', async () => {
    const { page, step, errors } = await openPage(h, 'explorer-seed-select');
    const { ja4 } = h.demo.truth.botnet;
    const botnet = h.demo.truth.scenarios.botnet;
    // a link shared before the page moved: it opens the page at its address now, the window kept
    await page.goto(`/investigation/ja4/${ja4}?window=LAST_7D`);
    await page.waitForURL((u) => u.pathname === `/ja4/${ja4}` && u.search === '?window=LAST_7D');
    await page.getByRole('link', { name: 'Map its infrastructure' }).click();
    await page.waitForURL(/\/graph\?.*step=a/);
    const side = page.getByRole('complementary', { name: 'Selection' });
    // drawn selected, with its links of every type and the expand menu open
    await side.getByText(ja4, { exact: true }).first().waitFor();
    const menu = side.getByRole('list', { name: 'Expand by link type' });
    await menu
      .getByRole('button', { name: /expanded/ })
      .first()
      .waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ nodes · \d+ links$/ })
      .waitFor();
    expect(page.url()).toContain(`sel=${encodeURIComponent(`JA4:${ja4}`)}`);
    const first = await drawn(page);
    expect(first.find((n) => n.id === `group:JA4:${ja4}>IP`)).toBeTruthy();
    expect(first.length).toBeGreaterThan(4);
    await step('seeded-expanded');

    // open the groups of IPs and ASNs, so that every kind the graph holds is drawn one node each
    for (const type of ['IP', 'ASN']) {
      await settled(page);
      const group = (await drawn(page)).find((n) => n.id === `group:JA4:${ja4}>${type}`);
      if (!group) continue;
      await page.mouse.click(group.x, group.y);
      await side.getByRole('button', { name: /Open group/ }).click();
      await page.waitForFunction((id) => !(document.querySelector('[data-testid=graph-canvas]') as any).cy.getElementById(id).nonempty(), group.id);
    }
    await page.waitForFunction(
      (n) => Number(/^(\d+) nodes/.exec(document.querySelector('[role=toolbar] [role=status]')?.textContent ?? '')?.[1]) >= n,
      botnet.ips.length,
    );
    await page.getByRole('button', { name: 'Fit' }).click();
    await settled(page);
    await step('groups-opened');

    const nodes = await drawn(page);
    const byType = new Map<string, DrawnNode>();
    for (const n of nodes) if (!n.id.startsWith('group:')) byType.set(n.id.split(':')[0]!, byType.get(n.id.split(':')[0]!) ?? n);
    expect([...byType.keys()]).toEqual(expect.arrayContaining(['JA4', 'IP', 'ASN', 'HOST', 'USER_AGENT']));
    for (const n of byType.values()) {
      // moved clear of the others (as an analyst drags a node) and zoomed in: the click can land on this shape only
      await page.evaluate((id) => {
        const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
        const box = cy.elements().boundingBox();
        const node = cy.getElementById(id);
        node.position({ x: box.x2 + 400, y: box.y2 + 400 });
        cy.zoom(2);
        cy.center(node);
      }, n.id);
      const [at] = (await drawn(page)).filter((x) => x.id === n.id);
      for (const dy of [0, -4, 4]) {
        await page.mouse.click(at!.x, at!.y + dy);
        await page
          .waitForFunction((id) => new URL(location.href).searchParams.getAll('sel').join() === id, n.id, { timeout: 15_000 })
          .catch(async () => {
            const dbg = await page.evaluate(
              ([id, x, y]) => {
                const el = document.querySelector('[data-testid=graph-canvas]') as any;
                const box = el.getBoundingClientRect();
                const cy = el.cy;
                const n = cy.getElementById(id);
                const hit = cy.renderer().findNearestElement(x - box.left, y - box.top, true, false);
                return {
                  sel: new URL(location.href).searchParams.getAll('sel'),
                  hit: hit?.id(),
                  bb: n.renderedBoundingBox(),
                  pos: n.renderedPosition(),
                  selected: cy.$(':selected').map((e: any) => e.id()),
                };
              },
              [n.id, at!.x, at!.y + dy] as const,
            );
            await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-seed-select', 'miss.png') });
            throw new Error(`a click ${dy} px from the centre of ${n.id} (${n.shape}) did not select it: ${JSON.stringify(dbg)}`);
          });
      }
    }
    await step('every-type-selected');
    expect(errors).toEqual([]);
  });

  it('selects five IPs and expands their ASNs in one request, hides, finds, filters, lays out, undoes and redoes, and the link reproduces the graph', async () => {
    const { page, context, step, errors } = await openPage(h, 'explorer-edit');
    const { ja4 } = h.demo.truth.botnet;
    const botnet = h.demo.truth.scenarios.botnet;
    const bulkRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('"operationName":"ExplorerBulkExpand"')) bulkRequests.push(r.postData()!);
    });
    const timings: { step: string; nodes: number; ms: number }[] = [];
    const measure = async (name: string) => {
      await page.waitForFunction(() => (document.querySelector('[data-testid=graph-canvas]') as HTMLElement).dataset.paint);
      const p = (await paint(page))!;
      timings.push({ step: name, ...p });
    };

    // a shared link: the JA4 and its IPs, opened
    const link = `/graph?step=${encodeURIComponent(`s|JA4|${ja4}`)}&step=${encodeURIComponent(`x|JA4|${ja4}|IP`)}&step=${encodeURIComponent(`o|JA4|${ja4}|IP`)}`;
    await page.goto(link);
    await page
      .getByRole('status')
      .filter({ hasText: `${botnet.ips.length + 1} nodes` })
      .waitFor();
    await measure('JA4 and its IPs (shared link)');
    await step('ips');

    // shift-click five IPs
    await settled(page);
    const ips = (await drawn(page)).filter((n) => n.id.startsWith('IP:')).slice(0, 5);
    await page.evaluate(
      (ids) => {
        const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
        cy.fit(
          cy.nodes().filter((n: any) => ids.includes(n.id())),
          80,
        );
      },
      ips.map((n) => n.id),
    );
    await settled(page);
    const at = (await drawn(page)).filter((n) => ips.some((i) => i.id === n.id));
    // the clicks as fast as the mouse goes: each lands while the previous one's selection is still on
    // its way to the URL, which must not take back what the canvas holds
    await page.mouse.click(at[0]!.x, at[0]!.y);
    await page.keyboard.down('Shift');
    for (const n of at.slice(1)) await page.mouse.click(n.x, n.y);
    await page.keyboard.up('Shift');
    await page.waitForFunction((count) => new URL(location.href).searchParams.getAll('sel').length === count, at.length, { timeout: 15_000 });
    const side = page.getByRole('complementary', { name: 'Selection' });
    await side.getByRole('heading', { name: '5 selected' }).waitFor();
    await step('five-selected');

    const before = await nodeCount(page);
    await side.getByRole('button', { name: /Expand their ASNs/ }).click();
    await page.waitForFunction((n) => Number(/^(\d+) nodes/.exec(document.querySelector('[role=toolbar] [role=status]')?.textContent ?? '')?.[1]) > n, before);
    await measure('five IPs → ASNs (bulk)');
    expect(bulkRequests).toHaveLength(1);
    const edges = await edgesOf(page);
    for (const ip of ips) expect(edges.some(([a, b]) => [a, b].includes(ip.id) && [a, b].some((x) => x.startsWith('ASN:')))).toBe(true);
    expect(page.url()).toContain('step=b%7CASN%7C');
    await step('bulk-expanded');

    // hide the ASNs again, then undo and redo it
    const asns = (await drawn(page)).filter((n) => n.id.startsWith('ASN:')).map((n) => n.id);
    await page.evaluate((ids) => {
      const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
      cy.$(':selected').unselect();
      cy.nodes()
        .filter((n: any) => ids.includes(n.id()))
        .select();
    }, asns);
    await side.getByRole('heading', { name: `${asns.length} selected` }).waitFor();
    await side.getByRole('button', { name: `Hide ${asns.length}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${before} nodes` })
      .waitFor();
    await page.getByRole('button', { name: /Undo/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${before + asns.length} nodes` })
      .waitFor();
    await page.getByRole('button', { name: /Redo/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${before} nodes` })
      .waitFor();
    await step('hidden');

    // find one IP; filter IPs out; another layout
    await page.getByRole('searchbox', { name: 'Find a node' }).fill(ips[0]!.id.slice(3));
    await page.getByRole('status').filter({ hasText: '1 found' }).waitFor();
    expect(await page.evaluate((id) => (document.querySelector('[data-testid=graph-canvas]') as any).cy.getElementById(id).hasClass('found'), ips[0]!.id)).toBe(
      true,
    );
    await step('found');
    const ipFilter = page.getByRole('group', { name: 'Filter the canvas' }).getByRole('checkbox', { name: 'IP', exact: true });
    await ipFilter.click();
    await page.waitForURL(/ft=IP/);
    expect(await page.evaluate(() => (document.querySelector('[data-testid=graph-canvas]') as any).cy.nodes('[id ^= "IP:"]').length)).toBe(0);
    await step('ips-filtered-out');
    await ipFilter.click();
    await page.waitForURL((u) => !u.searchParams.has('ft'));
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.waitForURL(/layout=concentric/);
    // rings by hop: every IP is one hop from the seed, so at one distance from it
    await page.waitForFunction(() => {
      const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
      const c = cy.nodes('[hop = 0]').position();
      const ring = cy.nodes('[hop = 1]').map((n: any) => Math.round(Math.hypot(n.position().x - c.x, n.position().y - c.y)));
      return ring.length > 0 && new Set(ring).size === 1;
    });
    await step('rings');

    // how two of the IPs are connected: through the JA4 and the campaign, drawn
    await page.evaluate(
      (ids) => {
        const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
        cy.$(':selected').unselect();
        cy.nodes()
          .filter((n: any) => ids.includes(n.id()))
          .select();
      },
      [ips[0]!.id, ips[1]!.id],
    );
    await side.getByRole('button', { name: 'How are these connected?' }).click();
    const answer = side.getByRole('status').filter({ hasText: /common neighbours? · \d+ paths?/ });
    await answer.waitFor();
    expect(Number(/^(\d+) common/.exec((await answer.textContent())!)![1])).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(
      (c) => (document.querySelector('[data-testid=graph-canvas]') as any).cy.getElementById(c).nonempty(),
      `CAMPAIGN:${h.demo.truth.botnet.campaignId}`,
    );
    expect(await page.evaluate(() => (document.querySelector('[data-testid=graph-canvas]') as any).cy.edges('.path').length)).toBeGreaterThanOrEqual(4);
    await step('connected');
    const connected = await nodeCount(page);

    // brush the timeline: links re-weighted to the range, silent nodes dimmed, the range in the link
    const canvasWeights = () =>
      page.evaluate(() => (document.querySelector('[data-testid=graph-canvas]') as any).cy.edges().map((e: any) => e.data('label') as string));
    const whole = await canvasWeights();
    await page.getByRole('button', { name: 'Time brush' }).click();
    const brush = page.getByRole('region', { name: 'Time brush' });
    const from = brush.getByRole('slider', { name: 'From' });
    await from.waitFor();
    const max = Number(await from.getAttribute('max'));
    await from.fill(String(Math.floor(max * 0.6)));
    await page.waitForURL(/[?&]t=/);
    await brush
      .getByRole('status')
      .filter({ hasText: /UTC · [\d,]+ requests/ })
      .waitFor();
    await page.waitForFunction((before) => {
      const labels = (document.querySelector('[data-testid=graph-canvas]') as any).cy.edges().map((e: any) => e.data('label'));
      return labels.join() !== before.join();
    }, whole);
    // what the status says the range holds is what the re-weighted links carry
    const total = Number((await brush.getByRole('status').textContent())!.match(/· ([\d,]+) requests/)![1]!.replace(/,/g, ''));
    const weights = await page.evaluate(() =>
      (document.querySelector('[data-testid=graph-canvas]') as any).cy
        .edges()
        .map((e: any) => Number(/· ([\d,]+) requests/.exec(e.data('label'))![1]!.replace(/,/g, ''))),
    );
    expect(weights.reduce((a: number, b: number) => a + b, 0)).toBe(total);
    expect(total).toBeLessThan(
      whole.map((l: string) => Number(/· ([\d,]+) requests/.exec(l)![1]!.replace(/,/g, ''))).reduce((a: number, b: number) => a + b, 0),
    );
    await step('time-brushed');

    // the link, opened by a colleague, draws the same graph
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await other
      .getByRole('status')
      .filter({ hasText: `${connected} nodes` })
      .waitFor();
    expect((await drawn(other)).map((n) => n.id).sort()).toEqual((await drawn(page)).map((n) => n.id).sort());
    await other.screenshot({ path: path.join(ARTIFACTS, 'explorer-edit', '99-colleague.png'), fullPage: true });

    mkdirSync(path.join(ARTIFACTS, 'explorer-edit'), { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'explorer-edit', 'paint-times.json'), JSON.stringify(timings, null, 2));
    expect(timings.every((t) => t.nodes > 0)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('each investigation page asks for its panels in one query, and every panel renders', async () => {
    const { page, step, errors } = await openPage(h, 'pages-one-request');
    const ip = h.demo.truth.scenarios.credential_stuffing.ips[0]!;
    const { ja4 } = h.demo.truth.botnet;
    const counts: { page: string; requests: number; operations: number; ms: number; batches: string[][] }[] = [];
    for (const [name, url, ready] of [
      ['IP investigation', `/ip/${ip}`, 'Risk score'],
      ['JA4 investigation', `/ja4/${ja4}`, 'Key figures'],
      ['entity page (IP)', `/entities/ip/${ip}`, 'JA4 fingerprints'],
    ] as const) {
      await page.goto('/status');
      await page.waitForLoadState('networkidle');
      const sent: string[][] = [];
      const listen = (r: { url(): string; method(): string; postDataJSON(): unknown }) => {
        if (r.url().endsWith('/graphql') && r.method() === 'POST') {
          const body = r.postDataJSON() as { operationName?: string } | { operationName?: string }[];
          // the app shell's own query (the alerts badge, once per load) is not the page's
          const ops = (Array.isArray(body) ? body : [body]).map((o) => o.operationName ?? '?').filter((o) => !SHELL_OPERATIONS.includes(o));
          if (ops.length) sent.push(ops);
        }
      };
      let answered = 0;
      const finished = (r: { url(): string }) => {
        if (r.url().endsWith('/graphql')) answered = Date.now();
      };
      page.on('request', listen);
      page.on('requestfinished', finished);
      const t = Date.now();
      await page.goto(url);
      await page
        .getByRole('region', { name: new RegExp(`^${ready}`) })
        .waitFor()
        .catch(async (e) => {
          await page.screenshot({ path: path.join(ARTIFACTS, 'pages-one-request', 'failed.png'), fullPage: true });
          throw e;
        });
      await page.waitForLoadState('networkidle');
      // from navigation to the last answer: what the page waits for before every panel can render
      const ms = answered - t;
      page.off('request', listen);
      page.off('requestfinished', finished);
      counts.push({ page: name, requests: sent.length, operations: sent.flat().length, ms, batches: sent });
      await step(name.replace(/\W+/g, '-'));
      // no panel shows an error
      expect(await page.locator('.panel-error').count()).toBe(0);
    }
    writeFileSync(path.join(ARTIFACTS, 'pages-one-request', 'requests.json'), JSON.stringify(counts, null, 2));
    // one request of one operation: the page's query, spreading every panel's fragment
    expect(counts.map((c) => c.batches)).toEqual([[['IpPage']], [['Ja4Page']], [['EntityPage']]]);
    expect(errors).toEqual([]);
  });
});
