/**
 * Two desk processes on one PostgreSQL database: a session opened on one works on the other,
 * and each sees the other's writes at once (nothing is kept in a process).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dropPostgresSchema } from '../src/storage/postgres.js';
import { postgresServer } from './databases.js';
import {
  firstProposal,
  saveDraft,
  signIn,
  startDesk,
  stopDesk,
  type DeskProcess,
} from './processes.js';

const PASSWORD = 'multiprocess-test-1';

describe('two desk processes on one PostgreSQL', () => {
  const schema = `desk_mp_${randomBytes(6).toString('hex')}`;
  const running: DeskProcess[] = [];
  let url = '';
  afterAll(async () => {
    for (const d of running) await stopDesk(d, 'SIGKILL');
    if (url !== '') await dropPostgresSchema(url, schema);
  });

  it('shares sessions and writes', async () => {
    url = (await postgresServer()).url;
    const env = { DATABASE_URL: url, DESK_PG_SCHEMA: schema, DESK_DEMO_PASSWORD: PASSWORD };
    const a = await startDesk(['--demo'], env);
    running.push(a);
    expect(a.output()).toContain('Demo accounts');
    const b = await startDesk(['--demo'], env);
    running.push(b);
    expect(b.output()).not.toContain('Demo accounts');

    // signed in on A, the same cookie works on B
    const cookie = await signIn(a.url, 'inovator01', PASSWORD);
    const { id, csrf } = await firstProposal(b.url, cookie);
    // a save on B is visible on A, and the other way round
    const v1 = await saveDraft(b.url, cookie, csrf, id, 'saved through B');
    const onA = await (await fetch(`${a.url}/proposals/${id}`, { headers: { cookie } })).text();
    expect(onA).toContain('saved through B');
    const v2 = await saveDraft(a.url, cookie, csrf, id, 'saved through A');
    expect(v2).toBe(v1 + 1);
    const onB = await (await fetch(`${b.url}/proposals/${id}`, { headers: { cookie } })).text();
    expect(onB).toContain('saved through A');
    // signing out on B ends the session on A too
    await fetch(`${b.url}/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf },
      redirect: 'manual',
    });
    const after = await fetch(`${a.url}/proposals`, { headers: { cookie }, redirect: 'manual' });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/login/);
  });
});
