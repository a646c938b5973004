/**
 * The local competition end to end in headless Debian Chromium: the admin sets up a
 * competition and its panel, a judge whose agency runs an entry cannot be assigned to it, two
 * judges score the stage and the ranking and judge agreement appear, the closed stage refuses a
 * late score, the exports open with the expected rows, and an innovator sees the results only
 * once they are published. Screenshots go to `test-artifacts/judging/` (ignored by git).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/tabular.js';
import { createHarness, DEMO_PASSWORD } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts', 'judging');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STAGE = 'METRO.JUDUL';
const ENTRIES = ['Layanan Adminduk', 'Lapor Pajak', 'Bank Sampah'];
/** Each judge's scores per entry code (Kota Metro's six criteria, 1–3). */
const SCORES: Record<string, Record<string, readonly number[]>> = {
  juri1: {
    'CLG-01': [3, 3, 3, 2, 2, 3],
    'CLG-10': [2, 2, 2, 2, 1, 2],
    'CLG-07': [1, 2, 1, 1, 1, 1],
  },
  juri2: {
    'CLG-01': [3, 3, 2, 3, 2, 2],
    'CLG-10': [2, 2, 2, 1, 2, 2],
    'CLG-07': [1, 1, 1, 2, 1, 1],
  },
};
const CRITERIA = [
  'kebaruan',
  'relevansi',
  'kelayakan',
  'keberlanjutan',
  'kolaborasi',
  'dokumentasi',
];

describe('the local competition in a browser', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  let server: ServerType;
  let base: string;
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let competition = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await createHarness();
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(s);
      });
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'desk-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      acceptDownloads: true,
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
  });
  afterAll(async () => {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    await h.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function signIn(username: string): Promise<void> {
    await context.clearCookies();
    await page.goto(`${base}/login`);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }
  /** Posts a form from the page, with its session's CSRF token, as the browser would. */
  async function postFrom(path: string, fields: Record<string, string>) {
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    return page.evaluate(
      async ({ path, body }) => {
        const res = await fetch(path, {
          method: 'POST',
          headers: { accept: 'application/json' },
          body: new URLSearchParams(body),
          redirect: 'manual',
        });
        return { status: res.status, text: await res.text() };
      },
      { path, body: { ...fields, _csrf: csrf } },
    );
  }
  const cell = (judge: string, entry: string) =>
    page.locator(
      `#matrix-${STAGE.replace('.', '\\.')} td[data-judge="${judge}"][data-entry="${entry}"]`,
    );

  it('sets up a competition from a scoring rulebook, with its panel', async () => {
    await signIn('bappeda');
    await page.goto(`${base}/competitions`);
    await page.getByLabel('Nama lomba').fill('Lomba uji e2e');
    await page.getByLabel('Buku aturan penilaian').selectOption('kota-metro-2027-judul');
    await page.getByLabel(/^Tanggal aturan dibaca/).fill('2027-03-01');
    for (const box of await page.locator('input[name=entry]').all()) await box.uncheck();
    for (const title of ENTRIES) await page.getByLabel(new RegExp(title)).check();
    await page.getByRole('button', { name: 'Buat lomba' }).click();
    await page.waitForURL(/\/competitions\/[0-9a-f-]{36}$/);
    competition = new URL(page.url()).pathname.split('/')[2] ?? '';
    // the rulebook's criteria and weights are shown
    await expect.poll(() => page.locator('table.criteria tbody tr').count()).toBe(6);
    const addJudge = async (username: string, agency: string) => {
      const option = page.locator('#j-user option', { hasText: `(${username},` });
      await page.getByLabel('Akun').selectOption((await option.getAttribute('value')) ?? '');
      await page.getByLabel('Instansi juri').fill(agency);
      await page.getByRole('button', { name: 'Tambahkan juri' }).click();
      await page.waitForSelector(`#panel td:has-text("(${username})")`);
    };
    await addJudge('juri1', 'Universitas (contoh)');
    await addJudge('juri2', 'Bappeda Provinsi Banten');
    // juri3 works at the agency that runs CLG-01
    await addJudge('juri3', 'Dinas Kependudukan dan Pencatatan Sipil');
    expect(await page.locator('#panel tbody tr').count()).toBe(3);
  });

  it('refuses to assign a judge with a conflict of interest, with the reason', async () => {
    await page.goto(`${base}/competitions/${competition}`);
    const conflicted = cell('J3', 'CLG-01');
    expect(await conflicted.getAttribute('class')).toContain('conflict');
    expect(await conflicted.textContent()).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(await conflicted.locator('button').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'assignment-matrix.png'), fullPage: true });
    // asked directly, the server refuses too, and assigns nothing
    const judge3 = (await h.byName('juri3')).id;
    const refused = await postFrom(`/competitions/${competition}/assignments`, {
      stage: STAGE,
      judge: judge3,
      entry: h.byTitle('Layanan Adminduk').innovation_id,
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    await page.reload();
    expect(await cell('J3', 'CLG-01').getAttribute('class')).toContain('conflict');
    // the same judge may score the other entries
    expect(await cell('J3', 'CLG-10').locator('button').count()).toBe(1);
  });

  it('has two judges score the stage, and the ranking and their agreement appear', async () => {
    for (const judge of ['J1', 'J2'])
      for (const entry of ['CLG-01', 'CLG-10', 'CLG-07']) {
        await cell(judge, entry).getByRole('button', { name: 'Tugaskan' }).click();
        await page.waitForSelector(
          `#matrix-METRO\\.JUDUL td.assigned[data-judge="${judge}"][data-entry="${entry}"]`,
        );
      }
    for (const [username, sheets] of Object.entries(SCORES)) {
      await signIn(username);
      await page.goto(`${base}/competitions/${competition}`);
      expect(await page.locator('#my-assignments li').count()).toBe(3);
      for (const [entry, values] of Object.entries(sheets)) {
        await page.locator('#my-assignments a', { hasText: entry }).click();
        // save half, come back, finish
        for (const [i, criterion] of CRITERIA.entries()) {
          if (i >= 3) break;
          await page.locator(`#s-${criterion}`).selectOption(String(values[i]));
        }
        await page.getByRole('button', { name: 'Simpan' }).click();
        await page.waitForSelector('#saved');
        await page.goto(`${base}/competitions/${competition}`);
        await page.locator('#my-assignments a', { hasText: entry }).click();
        expect(await page.locator('#s-kebaruan').inputValue()).toBe(String(values[0]));
        for (const [i, criterion] of CRITERIA.entries())
          await page.locator(`#s-${criterion}`).selectOption(String(values[i]));
        await page.getByRole('button', { name: 'Simpan' }).click();
        await page.waitForSelector('#sheet-total');
        await page.goto(`${base}/competitions/${competition}`);
      }
    }
    await page.screenshot({ path: join(ARTIFACTS, 'judge-home.png'), fullPage: true });
    await signIn('bappeda');
    await page.goto(`${base}/competitions/${competition}`);
    expect(await page.locator('#progress tr[data-judge="J1"] td.complete').textContent()).toBe('3');
    expect(await page.locator('#progress tr[data-judge="J2"] td.complete').textContent()).toBe('3');
    await page.goto(`${base}/competitions/${competition}/results`);
    const rows = page.locator('#ranking-METRO\\.JUDUL tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).getAttribute('data-entry')).toBe('CLG-01');
    expect(await rows.nth(2).getAttribute('data-entry')).toBe('CLG-07');
    const alpha = await page.locator('.alpha[data-stage="METRO.JUDUL"]').textContent();
    expect(alpha).not.toBe('—');
    expect(Number((alpha ?? '').replace(',', '.'))).toBeGreaterThan(0.5);
    expect(await page.locator('#agreement-METRO\\.JUDUL tbody tr').count()).toBe(2);
    // the charts, each with its table
    expect(await page.locator('#chart-criteria-METRO\\.JUDUL svg').count()).toBe(1);
    expect(await page.locator('#chart-judges-METRO\\.JUDUL table tbody tr').count()).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'results.png'), fullPage: true });
    // every score change is in the audit log
    const audit = (await h.store.listAudit(h.region.id, 2000)).filter(
      (e) => e.entity === 'score-sheet' && e.entity_id === competition,
    );
    expect(audit.length).toBe(12);
  });

  it('keeps the results from an innovator until they are published', async () => {
    await signIn('inovator01');
    const res = await page.goto(`${base}/competitions/${competition}/results`);
    expect(res?.status()).toBe(403);
    await page.goto(`${base}/competitions/${competition}`);
    expect(await page.locator(`a[href$="/results"]`).count()).toBe(0);
    expect(await page.locator('#ranking-METRO\\.JUDUL').count()).toBe(0);
  });

  it('freezes a closed stage: a late score is refused', async () => {
    await signIn('bappeda');
    await page.goto(`${base}/competitions/${competition}`);
    await page.getByRole('button', { name: 'Tutup tahap ini' }).click();
    await page.waitForSelector('text=ditutup (dibekukan)');
    await signIn('juri1');
    const entry = h.byTitle('Bank Sampah').innovation_id;
    await page.goto(`${base}/competitions/${competition}/score/${STAGE}/${entry}`);
    expect(await page.locator('#closed').count()).toBe(1);
    expect(await page.locator('#s-kebaruan').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'closed-stage.png'), fullPage: true });
    const late = await postFrom(`/competitions/${competition}/score/${STAGE}/${entry}`, {
      'c.kebaruan': '3',
    });
    expect(late.status).toBe(409);
    const sheets = await h.store.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'score-sheet')
      .where('entity_id', '=', competition)
      .execute();
    expect(sheets.length).toBe(12);
  });

  it('exports the results as XLSX, CSV and JSON with the expected rows', async () => {
    await signIn('bappeda');
    await page.goto(`${base}/competitions/${competition}/results`);
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.exports a', { hasText: new RegExp(`^${name}$`) }).click(),
      ]);
      const path = join(profile, file.suggestedFilename());
      await file.saveAs(path);
      return path;
    };
    const xlsx = (await readXlsxFile(await download('XLSX')))[0]?.data ?? [];
    expect(xlsx.length).toBe(4);
    expect(xlsx[0]).toContain('peserta');
    expect(xlsx.slice(1).map((r) => r[2])).toEqual(['CLG-01', 'CLG-10', 'CLG-07']);
    const csv = parseCsv(readFileSync(await download('CSV'), 'utf8'));
    expect(csv.rows.map((r) => r[2])).toEqual(['CLG-01', 'CLG-10', 'CLG-07']);
    const json = JSON.parse(readFileSync(await download('JSON'), 'utf8')) as {
      stages: { entries: { entry: string; rank: number }[] }[];
    };
    expect(json.stages[0]?.entries.map((e) => [e.entry, e.rank])).toEqual([
      ['CLG-01', 1],
      ['CLG-10', 2],
      ['CLG-07', 3],
    ]);
  });

  it('publishes, then the innovator sees the results; prints on A4 in either language', async () => {
    await page.goto(`${base}/competitions/${competition}`);
    await page.getByRole('button', { name: 'Umumkan hasil kepada inovator' }).click();
    await page.waitForURL(/\/results$/);
    await signIn('inovator01');
    await page.goto(`${base}/competitions/${competition}/results`);
    expect(await page.locator('#ranking-METRO\\.JUDUL tbody tr').count()).toBe(3);
    await page.goto(`${base}/competitions/${competition}/print`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    await page.pdf({ path: join(ARTIFACTS, 'result-id.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForSelector('text=Judge agreement');
    await page.screenshot({ path: join(ARTIFACTS, 'print-en.png'), fullPage: true });
  });

  it('has no serious accessibility violation on the judging pages (axe-core)', async () => {
    const violations = async () => {
      await page.addScriptTag({ content: AXE });
      return page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (ctx: Document) => Promise<{
                violations: {
                  id: string;
                  impact?: string | null;
                  nodes: { target: unknown[] }[];
                }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
      });
    };
    await signIn('bappeda');
    await page.goto(`${base}/lang/id?next=/competitions/${competition}`);
    expect(await violations()).toEqual([]);
    await page.goto(`${base}/competitions/${competition}/results`);
    expect(await violations()).toEqual([]);
  });
});
