import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, useHarness } from './harness.js';
import { envelope, mispTemplateErrors, ruleErrors, stixValidator } from '../server/test/interop.js';

const h = useHarness();

const cyNodes = (page: Page) =>
  page.evaluate(() => {
    const cy = (document.querySelector('[data-testid=graph-canvas]') as any).cy;
    return cy
      .nodes()
      .map((n: any) => ({ id: n.id(), label: n.data('label') as string, noted: Boolean(n.data('noted')), x: n.position().x, y: n.position().y }));
  }) as Promise<{ id: string; label: string; noted: boolean; x: number; y: number }[]>;

async function exportFile(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe.skipIf(!hasChromium)('saved investigations in Chromium', () => {
  it('builds an investigation, notes it, saves, reloads it as saved, and exports it in four formats that pass their validators', async () => {
    const { page, step, errors } = await openPage(h, 'saved-investigation');
    const { ja4 } = h.demo.truth.botnet;
    const ja4Id = `JA4:${ja4}`;
    await page.goto(`/graph?seed=${encodeURIComponent(ja4Id)}`);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ nodes · \d+ links$/ })
      .waitFor();
    const bar = page.getByRole('group', { name: 'Saved investigation' });
    await bar.getByText('Not saved').waitFor();
    await step('built');

    // save it, shared with the team
    await bar.getByRole('button', { name: 'Save…' }).click();
    const form = page.getByRole('form', { name: 'Save the investigation' });
    await form.getByLabel('Name').fill('Botnet JA4 hunt');
    await form.getByLabel('Description').fill('One JA4 shared across countries');
    await form.getByLabel('Share with the team').check();
    await form.getByRole('button', { name: 'Save investigation' }).click();
    await page.waitForURL(/inv=[0-9a-f-]{36}/);
    const id = new URL(page.url()).searchParams.get('inv')!;
    await bar.getByText('Botnet JA4 hunt').waitFor();
    expect(await bar.getByText('Unsaved changes').count()).toBe(0);
    await step('saved');

    // a note on the selected JA4, and one on the investigation
    const notes = page.getByRole('form', { name: 'Add a note' });
    await notes.getByLabel('Note text').fill('**Botnet**: rule sent to the IDS');
    await notes.getByRole('button', { name: 'Add note' }).click();
    const list = page.getByRole('list', { name: 'Notes' });
    await list.locator('strong', { hasText: 'Botnet' }).waitFor();
    await page.waitForFunction((nid) => (document.querySelector('[data-testid=graph-canvas]') as any).cy.getElementById(nid).data('noted') === true, ja4Id);
    expect((await cyNodes(page)).find((n) => n.id === ja4Id)!.label).toMatch(/^✎ /);
    await notes.getByLabel(/on JA4/).uncheck();
    await notes.getByLabel('Note text').fill('Watch the hosting ASes');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await list.getByText('Watch the hosting ASes').waitFor();
    await step('noted');

    // a change shows as unsaved until saved
    await page.getByLabel('Layout').selectOption('concentric');
    await bar.getByText('Unsaved changes').waitFor();
    await bar.getByRole('button', { name: 'Save', exact: true }).click();
    await bar.getByText('Unsaved changes').waitFor({ state: 'detached' });
    const before = await cyNodes(page);
    await step('changed-and-saved');

    // opened fresh, from its link: the same graph, where it was left, with its notes
    const fresh = await page.context().newPage();
    await fresh.goto(`/graph?inv=${id}`);
    await fresh.getByRole('group', { name: 'Saved investigation' }).getByText('Botnet JA4 hunt').waitFor();
    await fresh.waitForFunction((n) => (document.querySelector('[data-testid=graph-canvas]') as any)?.cy?.nodes().length === n, before.length);
    await fresh
      .getByRole('status')
      .filter({ hasText: /^\d+ nodes · \d+ links$/ })
      .waitFor();
    expect(new URL(fresh.url()).searchParams.get('layout')).toBe('concentric');
    const after = await cyNodes(fresh);
    expect(after.map((n) => n.id).sort()).toEqual(before.map((n) => n.id).sort());
    const was = before.find((n) => n.id === ja4Id)!;
    const is = after.find((n) => n.id === ja4Id)!;
    expect([Math.round(is.x), Math.round(is.y)]).toEqual([Math.round(was.x), Math.round(was.y)]);
    expect(is.noted).toBe(true);
    await fresh.getByRole('list', { name: 'Notes' }).getByText('Watch the hosting ASes').waitFor();
    expect(await fresh.getByRole('group', { name: 'Saved investigation' }).getByText('Unsaved changes').count()).toBe(0);
    await fresh.screenshot({ path: 'test-artifacts/e2e/saved-investigation/05-reopened.png', fullPage: true });

    // dragging a node is a change: the investigation says so, and saving keeps the new place
    const reopenedBar = fresh.getByRole('group', { name: 'Saved investigation' });
    const from = await fresh.evaluate((nid) => {
      const el = document.querySelector('[data-testid=graph-canvas]') as any;
      const p = el.cy.getElementById(nid).renderedPosition();
      const box = el.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, ja4Id);
    await fresh.mouse.move(from.x, from.y);
    await fresh.mouse.down();
    await fresh.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
    await fresh.mouse.up();
    await reopenedBar.getByText('Unsaved changes').waitFor();
    const dragged = (await cyNodes(fresh)).find((n) => n.id === ja4Id)!;
    expect(Math.round(dragged.x)).not.toBe(Math.round(is.x));
    await reopenedBar.getByRole('button', { name: 'Save', exact: true }).click();
    await reopenedBar.getByText('Unsaved changes').waitFor({ state: 'detached' });

    // the four exports, as the analyst downloads them
    const stix = await exportFile(fresh, /^STIX 2\.1 bundle/);
    expect(stix.name).toBe('ja4graph-botnet-ja4-hunt.stix.json');
    const bundle = JSON.parse(stix.text);
    const validate = stixValidator();
    expect(validate(envelope(bundle))).toBeNull();
    expect(bundle.objects.map((o: any) => validate(o)).filter(Boolean)).toEqual([]);
    expect(
      bundle.objects
        .filter((o: any) => o.type === 'note')
        .map((n: any) => n.content)
        .sort(),
    ).toEqual(['**Botnet**: rule sent to the IDS', 'Watch the hosting ASes']);
    expect(bundle.objects.find((o: any) => o.type === 'report').name).toBe('Botnet JA4 hunt');

    const misp = JSON.parse((await exportFile(fresh, /^MISP event/)).text);
    expect(misp.Event.Object.map(mispTemplateErrors)).toEqual([[]]);
    expect(misp.Event.Object[0].Attribute.find((a: any) => a.object_relation === 'ja4-fingerprint').value).toBe(ja4);

    // the detector rated the botnet's traffic CRITICAL, but no analyst has judged the JA4: no rule yet, and the file says why
    const unjudged = (await exportFile(fresh, /^Suricata rules/)).text;
    expect(unjudged).toContain('# policy: IDS indicators only for what an analyst classified MALICIOUS');
    expect(unjudged.split('\n').filter((l) => l.startsWith('alert '))).toEqual([]);
    const judge = await page.context().newPage();
    await judge.goto(`/entities/ja4/${ja4}`);
    const verdict = judge.getByRole('form', { name: 'Classification' });
    await verdict.getByRole('button', { name: 'Malicious', exact: true }).click();
    await verdict.getByRole('button', { name: 'Save classification' }).click();
    await verdict
      .getByRole('status')
      .filter({ hasText: /^Saved as malicious/ })
      .waitFor();
    await judge.close();
    const rules = (await exportFile(fresh, /^Suricata rules/)).text.split('\n').filter((l) => l.startsWith('alert '));
    for (const r of rules) expect(ruleErrors(r)).toEqual([]);
    expect(rules.filter((r) => r.includes(`content:"${ja4}"`))).toHaveLength(1);

    const csv = parseCsv((await exportFile(fresh, /^CSV/)).text, { columns: true }) as Record<string, string>[];
    expect(csv.filter((r) => r.record === 'node').map((r) => `${r.type}:${r.key}`)).toContain(ja4Id);
    await fresh.getByTestId('export-status').filter({ hasText: 'Downloaded' }).waitFor();

    // it is in the list of investigations
    await fresh.getByRole('button', { name: 'Investigations' }).click();
    await fresh.getByRole('region', { name: 'Saved investigations' }).getByRole('link', { name: 'Botnet JA4 hunt' }).waitFor();
    await fresh.screenshot({ path: 'test-artifacts/e2e/saved-investigation/06-listed.png', fullPage: true });

    // renamed, then deleted: gone from the list (an admin can restore it)
    const freshBar = fresh.getByRole('group', { name: 'Saved investigation' });
    fresh.once('dialog', (d) => void d.accept('Botnet JA4 hunt, week 48'));
    await freshBar.getByRole('button', { name: 'Rename' }).click();
    await freshBar.locator('strong', { hasText: 'Botnet JA4 hunt, week 48' }).waitFor();
    fresh.once('dialog', (d) => void d.accept());
    await freshBar.getByRole('button', { name: 'Delete' }).click();
    await freshBar.getByText('Not saved').waitFor();
    expect(new URL(fresh.url()).searchParams.has('inv')).toBe(false);
    const res = await fresh.request.post('/graphql', { data: { query: `{ investigations(deleted: true) { items { key name } } }` } });
    expect((await res.json()).data.investigations.items).toContainEqual({ key: id, name: 'Botnet JA4 hunt, week 48' });
    expect(errors).toEqual([]);
  });
});
