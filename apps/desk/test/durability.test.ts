/**
 * Durability on SQLite: a burst of saves, the server killed with SIGKILL in the middle of it,
 * a restart — and every save the server acknowledged is there, in a database that passes
 * SQLite's integrity check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/storage/sqlite.js';
import {
  firstProposal,
  saveDraft,
  signIn,
  startDesk,
  stopDesk,
  type DeskProcess,
} from './processes.js';

const PASSWORD = 'durability-test-1';

describe('durability (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-durability-'));
  const running: DeskProcess[] = [];
  afterAll(async () => {
    for (const d of running) await stopDesk(d, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged save when the server is killed mid-burst', async () => {
    const env = { DESK_DATA_DIR: dir, DESK_DEMO_PASSWORD: PASSWORD };
    const first = await startDesk(['--demo'], env);
    running.push(first);
    const cookie = await signIn(first.url, 'inovator01', PASSWORD);
    const { id, csrf } = await firstProposal(first.url, cookie);
    const acknowledged = new Map<number, string>();
    let sent = 0;
    const state = { killed: false };
    // 8 writers save as fast as they can; the server is killed after 40 acknowledgements
    const writer = async () => {
      while (!state.killed) {
        const text = `draft ${String(sent++)} ${Math.random().toString(36).slice(2)}`;
        try {
          const version = await saveDraft(first.url, cookie, csrf, id, text);
          acknowledged.set(version, text);
          // another writer may have killed it while this one awaited
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
          if (acknowledged.size >= 40 && !state.killed) {
            state.killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          if (first.child.exitCode !== null || first.child.signalCode !== null) return;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await stopDesk(first, 'SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);

    // the database is intact and holds every acknowledged version with its text
    const raw = new BetterSqlite3(join(dir, 'desk.db'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = openSqliteStore(join(dir, 'desk.db'));
    const region = (await store.listRegions())[0]!;
    const versions = new Map((await store.listVersions(region.id, id)).map((v) => [v.version, v]));
    for (const [version, text] of acknowledged) {
      const stored = versions.get(version);
      expect(stored, `version ${String(version)}`).toBeDefined();
      expect((stored?.data as { sections?: { ringkasan?: string } }).sections?.ringkasan).toBe(
        text,
      );
    }
    const saves = (await store.listAudit(region.id, 100_000)).filter(
      (e) => e.action === 'save' && e.entity_id === id,
    );
    expect(saves.length).toBe(versions.size - 1);
    await store.close();

    // and the server starts again on it (no re-seed), serving the last version
    const second = await startDesk(['--demo'], env);
    running.push(second);
    expect(second.output()).not.toContain('Demo accounts');
    const again = await signIn(second.url, 'inovator01', PASSWORD);
    const page = await (
      await fetch(`${second.url}/proposals/${id}`, { headers: { cookie: again } })
    ).text();
    const latest = versions.get(Math.max(...versions.keys()));
    const text = (latest?.data as { sections?: { ringkasan?: string } }).sections?.ringkasan;
    expect(text).toBeDefined();
    // (HTML drops one newline right after <textarea>)
    expect(/name="sections.ringkasan"[^>]*>\n?([^<]*)</.exec(page)?.[1]).toBe(text);
    await stopDesk(second);
  });
});
