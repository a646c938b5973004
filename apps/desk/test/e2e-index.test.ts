/**
 * The index pages end to end in headless Debian Chromium (playwright-core, never a downloaded
 * browser): the admin changes IID answers and sees the predikat move; verifying an answer changes
 * the verified view; the incentive page names the missing value of an indeterminate gate (and
 * filling it in decides the gate); each page's CSV, XLSX and JSON exports open and have the
 * expected rows; the printable reports print on A4. Screenshots and PDFs go to
 * `test-artifacts/` (ignored by git).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/tabular.js';
import { ARTIFACTS, openDeskInBrowser, type DeskInBrowser } from './browser.js';

describe('the index pages in a browser', () => {
  let desk: DeskInBrowser;
  let h: DeskInBrowser['h'];
  let base: string;
  let profile: string;
  let page: Page;
  let signIn: DeskInBrowser['signIn'];
  let axeViolations: DeskInBrowser['axeViolations'];

  beforeAll(async () => {
    desk = await openDeskInBrowser();
    ({ h, base, profile, page, signIn, axeViolations } = desk);
  });
  afterAll(async () => {
    await desk.close();
  });

  const text = async (selector: string) =>
    ((await page.locator(selector).textContent()) ?? '').trim();
  /** A number as the page writes it in Bahasa Indonesia (48,5 → 48.5). */
  const numberIn = async (selector: string) =>
    Number((await text(selector)).replace(/\./g, '').replace(',', '.'));

  async function download(linkName: string, file: string): Promise<string> {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: linkName }).click(),
    ]);
    const path = join(profile, file);
    await d.saveAs(path);
    return path;
  }

  it('shows the region IID with every part filled, and no serious accessibility violation', async () => {
    await signIn('bappeda');
    await page.getByRole('link', { name: 'Indeks (IID)' }).click();
    await page.waitForSelector('#predikat');
    expect(await text('#predikat')).toBe('Inovatif');
    expect(await numberIn('#iid-value')).toBe(48.5);
    // every part of the page is there: gauge with its table, plan, rows, innovations, comparison, years
    expect(await page.locator('#gauge svg').count()).toBe(1);
    expect(await page.locator('#gauge table tbody tr').count()).toBe(4);
    expect(await page.locator('#plan li').count()).toBeGreaterThan(0);
    expect(await page.locator('#spd-rows tbody tr').count()).toBe(20);
    expect(await page.locator('#innovations tbody tr').count()).toBe(12);
    expect(await page.locator('#comparison').count()).toBe(1);
    expect(await page.locator('#years-chart table tbody tr').count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'iid.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'iid-top.png') });
    await page.locator('#plan-chart').screenshot({ path: join(ARTIFACTS, 'iid-plan-chart.png') });
    expect(await axeViolations()).toEqual([]);
  });

  it('changes the verified view when the admin verifies an answer', async () => {
    await page.goto(`${base}/iid?edition=iid-2026&view=verified`);
    const verified = '#views tr[data-view="verified"] td.iid';
    const before = await numberIn(verified);
    const claimed = await numberIn('#views tr[data-view="claimed"] td.iid');
    expect(await page.locator('#spd-rows tr[data-row="SPD-12"]').getAttribute('data-status')).toBe(
      'rejected',
    );
    // SPD-12 (weight 2, level 2) was rejected: verifying it adds 4 of 250 points, 1.6 IID
    const form = page.locator('#v-row-spd-SPD-12');
    await form.locator('select').selectOption('verified');
    await form.locator('input[name="reason"]').fill('Piagam dan SK insentif sudah dilampirkan.');
    await form.getByRole('button').click();
    await expect
      .poll(() => page.locator('#spd-rows tr[data-row="SPD-12"]').getAttribute('data-status'))
      .toBe('verified');
    expect(await numberIn(verified)).toBeCloseTo(before + 1.6, 2);
    // the claimed view does not move
    expect(await numberIn('#views tr[data-view="claimed"] td.iid')).toBe(claimed);
    await page.screenshot({ path: join(ARTIFACTS, 'iid-verified.png'), fullPage: true });
    // the verification is in the audit log
    const audit = await h.store.listAudit(h.region.id, 20);
    expect(audit.some((e) => e.action === 'verify' && e.entity === 'iid-answers')).toBe(true);
  });

  it('moves the predikat when the admin changes IID answers', async () => {
    await page.goto(`${base}/iid?edition=iid-2026`);
    expect(await text('#predikat')).toBe('Inovatif');
    await page.locator('#spd-edit summary').click();
    // one answer first: SPD-12 from 2 to 0 takes 1.6 off the index
    await page.locator('#spd-SPD-12').selectOption('0');
    await page.getByRole('button', { name: 'Simpan jawaban' }).click();
    await page.waitForSelector('#saved');
    expect(await numberIn('#iid-value')).toBe(46.9);
    expect(await text('#predikat')).toBe('Inovatif');
    // then eleven rows down to level 1 (not 0: an empty mandatory row makes the index
    // indeterminate, its consequence is not published): 23.5 of 250 points, below 40,01
    await page.locator('#spd-edit summary').click();
    for (const row of [
      'SPD-01',
      'SPD-02a',
      'SPD-02b',
      'SPD-03',
      'SPD-04',
      'SPD-06',
      'SPD-07',
      'SPD-08',
      'SPD-09',
      'SPD-14',
      'SPD-15',
    ])
      await page.locator(`#spd-${row}`).selectOption('1');
    await page.getByRole('button', { name: 'Simpan jawaban' }).click();
    await page.waitForSelector('#saved');
    expect(await numberIn('#iid-value')).toBe(37.5);
    expect(await text('#predikat')).toBe('Kurang Inovatif');
    // a changed claim needs verifying again
    expect(await page.locator('#spd-rows tr[data-row="SPD-08"]').getAttribute('data-status')).toBe(
      'claimed',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'iid-changed.png'), fullPage: true });
  });

  it('exports the IID page as CSV, XLSX and JSON with one row per scored row', async () => {
    await page.goto(`${base}/iid?edition=iid-2026`);
    const json = JSON.parse(
      readFileSync(await download('Ekspor JSON (format CLI)', 'iid.json'), 'utf8'),
    ) as {
      region: { spd: Record<string, unknown>; innovations: { answers: Record<string, unknown> }[] };
      rows: { subject: string; row: string }[];
      predikat: string;
    };
    expect(Object.keys(json.region.spd)).toHaveLength(20);
    expect(json.region.innovations).toHaveLength(12);
    expect(json.predikat).toBe('kurang-inovatif');
    const spdRows = json.rows.filter((r) => r.subject === 'spd');
    expect(spdRows).toHaveLength(20);
    const csv = parseCsv(readFileSync(await download('Ekspor CSV', 'iid.csv'), 'utf8'));
    expect(csv.header).toContain('explanation');
    expect(csv.rows).toHaveLength(json.rows.length);
    const xlsx = (await readXlsxFile(await download('Ekspor XLSX', 'iid.xlsx')))[0]?.data ?? [];
    expect(xlsx).toHaveLength(json.rows.length + 1);
    const rowCol = (xlsx[0] ?? []).indexOf('row');
    expect(xlsx.slice(1).map((r) => r[rowCol])).toContain('SPD-12');
  });

  it('names the missing value of an indeterminate incentive gate, and decides it once filled in', async () => {
    await page.getByRole('link', { name: 'Insentif fiskal' }).click();
    await page.waitForSelector('#incentive-status');
    await page.screenshot({ path: join(ARTIFACTS, 'incentive.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
    await page.goto(`${base}/incentive?edition=did-2022`);
    const gate = page.locator('#gates tr[data-gate="DID.GATE.EPROC-B"]');
    expect(await gate.getAttribute('data-outcome')).toBe('indeterminate');
    expect(await gate.locator('.explanation').textContent()).toContain('eProcurementGrade');
    expect(await gate.locator('.fix').textContent()).toContain('eProcurementGrade');
    await page.screenshot({ path: join(ARTIFACTS, 'incentive-did-2022.png'), fullPage: true });
    // the exports have one row per gate
    const xlsx =
      (await readXlsxFile(await download('Ekspor XLSX', 'incentive.xlsx')))[0]?.data ?? [];
    const header = xlsx[0] ?? [];
    const gates = xlsx.slice(1).filter((r) => r[header.indexOf('kind')] === 'gate');
    expect(gates).toHaveLength(await page.locator('#gates tbody tr').count());
    expect(
      gates.find((r) => r[header.indexOf('rule')] === 'DID.GATE.EPROC-B')?.[
        header.indexOf('outcome')
      ],
    ).toBe('indeterminate');
    const csv = parseCsv(readFileSync(await download('Ekspor CSV', 'incentive.csv'), 'utf8'));
    expect(csv.rows.length).toBe(xlsx.length - 1);
    const json = JSON.parse(
      readFileSync(await download('Ekspor JSON (format CLI)', 'incentive.json'), 'utf8'),
    ) as { region: { id: string }; gates: unknown[] };
    expect(json.region.id).toBe('36.72');
    expect(json.gates).toHaveLength(gates.length);
    // the admin fills in the grade: the gate is decided
    await page.locator('#incentive-edit summary').click();
    await page.getByLabel('eProcurementGrade').selectOption('B');
    await page.getByRole('button', { name: 'Simpan data' }).click();
    await page.waitForSelector('#saved');
    expect(await gate.getAttribute('data-outcome')).toBe('pass');
  });

  it('prints the IID report and a proposal check on A4, in Indonesian and English', async () => {
    await page.goto(`${base}/iid/report?edition=iid-2026&lang=id`);
    expect(await page.locator('h1').textContent()).toContain('Laporan IID daerah');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTIFACTS, 'iid-report.png'), fullPage: true });
    await page.pdf({ path: join(ARTIFACTS, 'iid-report.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await signIn('inovator01');
    const p = h.byTitle('Layanan Adminduk');
    await page.goto(`${base}/proposals/${p.id}/report?lang=en`);
    expect(await page.locator('h1').textContent()).toContain('Proposal check');
    expect(await page.locator('#findings li').count()).toBeGreaterThan(0);
    await page.pdf({ path: join(ARTIFACTS, 'proposal-report-en.pdf'), format: 'A4' });
    await page.screenshot({ path: join(ARTIFACTS, 'proposal-report-en.png'), fullPage: true });
  });
});
