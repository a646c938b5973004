import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/storage/store.js';
import { backends } from './databases.js';

const readiness = { status: 'not-ready', errors: 2, warnings: 1 };

describe.each(['sqlite', 'postgres'] as const)('storage on %s', (kind) => {
  let store: Store;
  let close: () => Promise<void>;
  let exec: (sql: string) => Promise<void>;
  beforeAll(async () => {
    ({ store, close, exec } = await backends[kind]());
  });
  afterAll(async () => {
    await close();
  });

  it('keeps every row scoped by region', async () => {
    const a = await store.createRegion(
      { code: `a-${kind}`, name: 'A', rulebookId: 'kipp-2021' },
      null,
    );
    const b = await store.createRegion(
      { code: `b-${kind}`, name: 'B', rulebookId: 'kipp-2021' },
      null,
    );
    const opdA = await store.createOpd(a.id, 'Dinas Kesehatan', null);
    const opdB = await store.createOpd(b.id, 'Dinas Kesehatan', null);
    const inn = await store.createInnovation(
      a.id,
      { opdId: opdA.id, title: 'Posyandu', stage: 'penerapan' },
      null,
    );
    await store.createInnovation(
      b.id,
      { opdId: opdB.id, title: 'Other', stage: 'inisiatif' },
      null,
    );
    expect((await store.listInnovations(a.id)).map((i) => i.title)).toEqual(['Posyandu']);
    expect(await store.getInnovation(b.id, inn.id)).toBeUndefined();
    expect(await store.getOpd(b.id, opdA.id)).toBeUndefined();
    const p = await store.createProposal(
      a.id,
      { innovationId: inn.id, rulebookId: 'kipp-2021', data: { title: 'x' }, readiness },
      null,
    );
    expect(await store.getProposal(b.id, p.id)).toBeUndefined();
    expect(await store.listProposals(b.id)).toEqual([]);
    expect(await store.saveProposal(b.id, p.id, { data: {}, readiness }, null)).toBeUndefined();
    expect((await store.listAudit(b.id)).some((e) => e.entity_id === p.id)).toBe(false);
  });

  it('keeps the draft history, comments and the audit trail', async () => {
    const r = await store.createRegion(
      { code: `h-${kind}`, name: 'H', rulebookId: 'kipp-2021' },
      null,
    );
    const opd = await store.createOpd(r.id, 'Dukcapil', null);
    const mentor = await store.createUser(
      r.id,
      { username: `m-${kind}`, displayName: 'M', role: 'mentor' },
      null,
    );
    const inn = await store.createInnovation(
      r.id,
      { opdId: opd.id, title: 'Si Dukung', stage: 'penerapan', startedOn: '2016-08-17' },
      null,
    );
    const p = await store.createProposal(
      r.id,
      { innovationId: inn.id, rulebookId: 'kipp-2021', data: { title: 'v1' }, readiness },
      null,
    );
    expect(
      await store.saveProposal(r.id, p.id, { data: { title: 'v2' }, readiness }, mentor.id),
    ).toBe(2);
    expect(
      await store.saveProposal(
        r.id,
        p.id,
        {
          data: { title: 'v3' },
          readiness: { status: 'ready', errors: 0, warnings: 0 },
          status: 'submitted',
        },
        mentor.id,
      ),
    ).toBe(3);
    const versions = await store.listVersions(r.id, p.id);
    expect(versions.map((v) => [v.version, v.data])).toEqual([
      [3, { title: 'v3' }],
      [2, { title: 'v2' }],
      [1, { title: 'v1' }],
    ]);
    expect(versions[0]?.author).toBe('M');
    const row = await store.getProposal(r.id, p.id);
    expect(row).toMatchObject({
      version: 3,
      status: 'submitted',
      readiness: 'ready',
      errors: 0,
      title: 'Si Dukung',
      opd_name: 'Dukcapil',
    });
    await store.addComment(
      r.id,
      { proposalId: p.id, section: 'ringkasan', body: 'Perjelas dampaknya.' },
      mentor.id,
    );
    expect(
      (await store.listComments(r.id, p.id)).map((c) => [c.section, c.body, c.author]),
    ).toEqual([['ringkasan', 'Perjelas dampaknya.', 'M']]);
    await store.assignMentor(r.id, mentor.id, inn.id, null);
    expect(await store.listAssignedInnovationIds(r.id, mentor.id)).toEqual([inn.id]);
    const audit = await store.listAudit(r.id);
    const actions = audit.map((e) => `${e.action}:${e.entity}`);
    for (const a of [
      'create:region',
      'create:opd',
      'create:user',
      'create:innovation',
      'create:proposal',
      'save:proposal',
      'create:comment',
      'assign:mentor',
    ])
      expect(actions).toContain(a);
    expect(
      audit.find((e) => e.action === 'save' && (e.detail as { version: number }).version === 3)
        ?.actor_id,
    ).toBe(mentor.id);
  });

  it('refuses to change or delete audit rows (append-only)', async () => {
    const r = await store.createRegion(
      { code: `x-${kind}`, name: 'X', rulebookId: 'kipp-2021' },
      null,
    );
    await expect(
      exec(`UPDATE audit_log SET action = 'x' WHERE region_id = '${r.id}'`),
    ).rejects.toThrow(/append-only/);
    await expect(exec(`DELETE FROM audit_log WHERE region_id = '${r.id}'`)).rejects.toThrow(
      /append-only/,
    );
    expect((await store.listAudit(r.id)).length).toBe(1);
  });

  it('gives concurrent saves distinct version numbers and loses none', async () => {
    const r = await store.createRegion(
      { code: `c-${kind}`, name: 'C', rulebookId: 'kipp-2021' },
      null,
    );
    const opd = await store.createOpd(r.id, 'Dinsos', null);
    const inn = await store.createInnovation(
      r.id,
      { opdId: opd.id, title: 'Lansia', stage: 'uji-coba' },
      null,
    );
    const p = await store.createProposal(
      r.id,
      { innovationId: inn.id, rulebookId: 'kipp-2021', data: {}, readiness },
      null,
    );
    const saved = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.saveProposal(r.id, p.id, { data: { n: i }, readiness }, null),
      ),
    );
    expect([...saved].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    expect((await store.listVersions(r.id, p.id)).length).toBe(21);
  });

  it('handles sessions, setup tokens and passwords', async () => {
    const r = await store.createRegion(
      { code: `s-${kind}`, name: 'S', rulebookId: 'kipp-2021' },
      null,
    );
    const admin = await store.createUser(
      r.id,
      { username: `admin-${kind}`, displayName: 'Admin', role: 'admin' },
      null,
    );
    await store.createSetupToken(r.id, admin.id, 'tok', '2099-01-01T00:00:00.000Z');
    expect((await store.peekSetupToken('tok', '2026-01-01T00:00:00.000Z'))?.id).toBe(admin.id);
    expect((await store.consumeSetupToken('tok', '2026-01-01T00:00:00.000Z'))?.id).toBe(admin.id);
    expect(await store.consumeSetupToken('tok', '2026-01-01T00:00:00.000Z')).toBeUndefined();
    await store.createSession({
      idHash: 'h1',
      regionId: r.id,
      userId: admin.id,
      csrfToken: 'c',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect((await store.getSession('h1', '2026-01-01T00:00:00.000Z'))?.user.username).toBe(
      `admin-${kind}`,
    );
    expect(await store.getSession('h1', '2100-01-01T00:00:00.000Z')).toBeUndefined();
    await store.setPassword(r.id, admin.id, 'scrypt$x', admin.id);
    expect(await store.getSession('h1', '2026-01-01T00:00:00.000Z')).toBeUndefined();
    expect((await store.getUserByUsername(`admin-${kind}`))?.password_hash).toBe('scrypt$x');
  });

  it('keeps evidence files by region, with their bytes and hash', async () => {
    const r = await store.createRegion(
      { code: `e-${kind}`, name: 'E', rulebookId: 'kipp-2021' },
      null,
    );
    const other = await store.createRegion(
      { code: `e2-${kind}`, name: 'E2', rulebookId: 'kipp-2021' },
      null,
    );
    const opd = await store.createOpd(r.id, 'Dinkes', null);
    const inn = await store.createInnovation(
      r.id,
      { opdId: opd.id, title: 'Posyandu', stage: 'penerapan' },
      null,
    );
    const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10]);
    const file = await store.addEvidence(
      r.id,
      { innovationId: inn.id, fileName: 'bukti.pdf', mediaType: 'application/pdf', content },
      null,
    );
    expect(file.size_bytes).toBe(8);
    expect((await store.listEvidence(r.id, inn.id)).map((f) => f.file_name)).toEqual(['bukti.pdf']);
    const back = await store.getEvidence(r.id, file.id);
    expect(back?.content.equals(content)).toBe(true);
    expect(back?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.getEvidence(other.id, file.id)).toBeUndefined();
    expect(
      (await store.listAudit(r.id)).some((e) => e.action === 'upload' && e.entity === 'evidence'),
    ).toBe(true);
  });

  it('enforces the schema: foreign keys and the innovator OPD', async () => {
    const r = await store.createRegion(
      { code: `f-${kind}`, name: 'F', rulebookId: 'kipp-2021' },
      null,
    );
    await expect(
      store.createInnovation(r.id, { opdId: 'no-such-opd', title: 'x', stage: 'inisiatif' }, null),
    ).rejects.toThrow();
    await expect(
      store.createUser(r.id, { username: `i-${kind}`, displayName: 'I', role: 'innovator' }, null),
    ).rejects.toThrow();
    // a failed write leaves no audit row behind (same transaction)
    expect((await store.listAudit(r.id)).map((e) => e.entity)).toEqual(['region']);
  });
});

describe.each(['sqlite', 'postgres'] as const)('the audit log on %s', (kind) => {
  it('lists writes of one instant newest first, in the order they were made', async () => {
    // a clock that stands still: every row has the same time
    const { store, close } = await backends[kind]({ now: () => '2027-01-01T00:00:00.000Z' });
    try {
      const r = await store.createRegion(
        { code: `t-${kind}`, name: 'T', rulebookId: 'kipp-2021' },
        null,
      );
      const names = Array.from({ length: 12 }, (_, i) => `Dinas ${i}`);
      for (const name of names) await store.createOpd(r.id, name, null);
      const listed = (await store.listAudit(r.id))
        .filter((e) => e.entity === 'opd')
        .map((e) => (e.detail as { name: string }).name);
      expect(listed).toEqual([...names].reverse());
    } finally {
      await close();
    }
  });
});
