/**
 * End to end in headless Debian Chromium (playwright-core, never a downloaded browser): each role
 * signs in; an innovator types and sees a finding appear and disappear; a mentor comments; the
 * admin sees the 18 proposals and exports them as XLSX, which the test opens and reads.
 * Screenshots of the main pages go to `test-artifacts/` (ignored by git).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openDeskInBrowser, type DeskInBrowser } from './browser.js';

describe('the desk in a browser', () => {
  let desk: DeskInBrowser;
  let h: DeskInBrowser['h'];
  let base: string;
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let signIn: DeskInBrowser['signIn'];
  let axeViolations: DeskInBrowser['axeViolations'];

  beforeAll(async () => {
    desk = await openDeskInBrowser();
    ({ h, base, context, profile, page, signIn, axeViolations } = desk);
  });
  afterAll(async () => {
    await desk.close();
  });
  const rowCount = () => page.locator('#proposals tbody tr').count();

  it('signs in as each role and shows each its own proposals', async () => {
    await page.goto(`${base}/login`);
    await page.screenshot({ path: join(ARTIFACTS, 'login.png') });
    await signIn('bappeda');
    expect(await rowCount()).toBe(18);
    await signIn('sekda');
    expect(await rowCount()).toBe(18);
    await signIn('mentor1');
    expect(await rowCount()).toBe(9);
    await signIn('inovator01');
    expect(await rowCount()).toBe(1);
    // a wrong password is refused
    await context.clearCookies();
    await page.goto(`${base}/login`);
    await page.getByLabel('Nama pengguna').fill('bappeda');
    await page.getByLabel('Kata sandi').fill('wrong');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('salah');
  });

  it('shows an innovator a finding appear and disappear as they type, and saves', async () => {
    await signIn('inovator01');
    await page.locator('#proposals a').first().click();
    await page.waitForSelector('html[data-island="ready"]');
    const finding = page.locator(
      '#findings li[data-path="sections.ringkasan"][data-code="KIPP.SECTION.MISSING"]',
    );
    const ringkasan = page.getByLabel(/^Ringkasan/);
    await expect.poll(() => finding.count()).toBe(1);
    await ringkasan.pressSequentially('Layanan adminduk keliling menjangkau warga lansia.', {
      delay: 5,
    });
    await expect.poll(() => finding.count()).toBe(0);
    await expect.poll(() => page.locator('#f-sections-ringkasan-count .n').textContent()).toBe('6');
    await ringkasan.fill('');
    await expect.poll(() => finding.count()).toBe(1);
    await ringkasan.fill('Layanan adminduk keliling menjangkau warga lansia.');
    await expect.poll(() => finding.count()).toBe(0);
    // each finding shows its fix and its source
    expect(await page.locator('#findings li.finding .fix').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings li.finding .source').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'proposal-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.waitForSelector('#saved');
    expect(await page.locator('#saved').textContent()).toContain('2');
    // the server re-checked it: no finding for the section it now has
    expect(await finding.count()).toBe(0);
    const p = h.byTitle('Layanan Adminduk');
    const latest = await h.store.getLatestVersion(h.region.id, p.id);
    expect((latest?.data as { sections?: Record<string, string> }).sections?.ringkasan).toBe(
      'Layanan adminduk keliling menjangkau warga lansia.',
    );
  });

  it('lets a mentor comment on a section', async () => {
    await signIn('mentor1');
    await page.goto(`${base}/proposals/${h.byTitle('Layanan Adminduk').id}`);
    await page.getByLabel('Bagian', { exact: true }).selectOption('ringkasan');
    await page.getByLabel('Komentar', { exact: true }).fill('Tambahkan angka jangkauan layanan.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await expect
      .poll(() => page.locator('#section-ringkasan .comments').textContent())
      .toContain('Tambahkan angka jangkauan layanan.');
    // a mentor reads but does not edit
    expect(await page.getByRole('button', { name: 'Simpan draf' }).count()).toBe(0);
  });

  it('shows the admin all 18 proposals and exports them as XLSX', async () => {
    await signIn('bappeda');
    expect(await rowCount()).toBe(18);
    await page.screenshot({ path: join(ARTIFACTS, 'proposals.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ekspor XLSX' }).click(),
    ]);
    const file = join(profile, 'proposals.xlsx');
    await download.saveAs(file);
    const sheets = await readXlsxFile(file);
    const rows = sheets[0]?.data ?? [];
    expect(rows.length).toBe(19);
    const header = rows[0] ?? [];
    const titleCol = header.indexOf('title');
    const statusCol = header.indexOf('desk.readiness');
    expect(titleCol).toBeGreaterThanOrEqual(0);
    const titles = rows.slice(1).map((r) => r[titleCol]);
    expect(titles).toContain('Layanan Adminduk Keliling (Si Dukung)');
    expect(titles).toContain('Ambulans Desa Gratis');
    expect(new Set(rows.slice(1).map((r) => r[statusCol]))).toEqual(new Set(['not-ready']));
    await page.goto(`${base}/registry`);
    await page.screenshot({ path: join(ARTIFACTS, 'registry.png'), fullPage: true });
  });

  it('has no serious accessibility violation on the main pages (axe-core)', async () => {
    await context.clearCookies();
    await page.goto(`${base}/login`);
    expect(await axeViolations()).toEqual([]);
    await signIn('bappeda');
    expect(await axeViolations()).toEqual([]);
    await page.goto(`${base}/registry`);
    expect(await axeViolations()).toEqual([]);
    await page.goto(`${base}/audit`);
    expect(await axeViolations()).toEqual([]);
    await signIn('inovator01');
    await page.locator('#proposals a').first().click();
    await page.waitForSelector('html[data-island="ready"]');
    expect(await axeViolations()).toEqual([]);
  });

  it('switches to English and fits a 360-px phone', async () => {
    await signIn('inovator01');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForSelector('text=My proposals');
    await page.locator('#proposals a').first().click();
    await page.waitForSelector('html[data-island="ready"]');
    expect(await page.getByRole('heading', { name: 'Readiness findings' }).count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'proposal-editor-360.png'), fullPage: true });
  });
});
