/**
 * The desk in headless Debian Chromium for the end-to-end tests (playwright-core, never a
 * downloaded browser): a harness served on a free port, a fresh browser profile, signing in, and
 * axe-core's serious and critical violations. Screenshots go to {@link ARTIFACTS} (ignored by git).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHarness, DEMO_PASSWORD } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where screenshots and printed reports are kept. */
export const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');

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

/** A desk served to a browser. */
export interface DeskInBrowser {
  readonly h: Awaited<ReturnType<typeof createHarness>>;
  readonly base: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The browser profile folder (a temp dir; downloads can be saved here). */
  readonly profile: string;
  /** Signs in through the sign-in form and waits for the proposals page. */
  readonly signIn: (username: string) => Promise<void>;
  /** Serious and critical axe-core violations on the current page. */
  readonly axeViolations: () => Promise<string[]>;
  readonly close: () => Promise<void>;
}

/** Serves a fresh harness and opens Chromium on it. */
export async function openDeskInBrowser(): Promise<DeskInBrowser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const h = await createHarness();
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolve(s);
    });
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'desk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    // the pages' CSP forbids inline scripts; the test injects axe-core, so it bypasses it
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  return {
    h,
    base,
    context,
    page,
    profile,
    signIn: async (username) => {
      await context.clearCookies();
      await page.goto(`${base}/login`);
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${base}/proposals`);
    },
    axeViolations: async () => {
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
          .map(
            (v) =>
              `${v.id} (${String(v.impact)}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
          );
      });
    },
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await h.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
