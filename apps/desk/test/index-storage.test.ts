/**
 * The index store on SQLite and PostgreSQL: answers and incentive data upsert per region and
 * edition, a changed claim goes back to `claimed`, verification sets status and reason, every
 * write leaves its audit row, and another region sees none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexStore, SPD_SUBJECT } from '../src/index/store.js';
import type { Store } from '../src/storage/store.js';
import { backends } from './databases.js';

describe.each(['sqlite', 'postgres'] as const)('the index store on %s', (kind) => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await backends[kind]());
  });
  afterAll(async () => {
    await close();
  });

  it('keeps answers, verification and incentive data per region and edition, audited', async () => {
    const index = createIndexStore(store);
    const a = await store.createRegion(
      { code: `ia-${kind}`, name: 'A', rulebookId: 'kipp-2021' },
      null,
    );
    const b = await store.createRegion(
      { code: `ib-${kind}`, name: 'B', rulebookId: 'kipp-2021' },
      null,
    );
    const opd = await store.createOpd(a.id, 'Dinas Kesehatan', null);
    const inn = await store.createInnovation(
      a.id,
      { opdId: opd.id, title: 'Posyandu', stage: 'penerapan' },
      null,
    );
    const admin = await store.createUser(
      a.id,
      { username: `ia-admin-${kind}`, displayName: 'Admin', role: 'admin' },
      null,
    );

    expect(
      await index.saveAnswers(
        a.id,
        'iid-2026',
        SPD_SUBJECT,
        [
          { row: 'SPD-01', level: 3, evidence: 'Perda 1/2025' },
          { row: 'SPD-02a', level: 2, evidence: null },
        ],
        admin.id,
      ),
    ).toEqual(['SPD-01', 'SPD-02a']);
    expect(await index.verify(a.id, 'iid-2026', SPD_SUBJECT, [], 'verified', null, admin.id)).toBe(
      2,
    );
    // the same claim again changes nothing; another level sends the row back to claimed
    expect(
      await index.saveAnswers(
        a.id,
        'iid-2026',
        SPD_SUBJECT,
        [
          { row: 'SPD-01', level: 3, evidence: 'Perda 1/2025' },
          { row: 'SPD-02a', level: 1, evidence: null },
        ],
        admin.id,
      ),
    ).toEqual(['SPD-02a']);
    const spd = await index.listAnswers(a.id, 'iid-2026', SPD_SUBJECT);
    expect(spd.map((x) => [x.row_id, x.level, x.status])).toEqual([
      ['SPD-01', 3, 'verified'],
      ['SPD-02a', 1, 'claimed'],
    ]);
    expect(
      await index.verify(
        a.id,
        'iid-2026',
        SPD_SUBJECT,
        ['SPD-02a'],
        'rejected',
        'Tanpa bukti',
        admin.id,
      ),
    ).toBe(1);
    expect((await index.listAnswers(a.id, 'iid-2026', SPD_SUBJECT))[1]?.reason).toBe('Tanpa bukti');

    await index.saveEntry(
      a.id,
      'iid-2026',
      inn.id,
      {
        urusan: 'kesehatan',
        form: 'pelayanan-publik',
        digital: true,
        implementationDate: '2025-02-01',
        rancangBangunWords: 320,
      },
      admin.id,
    );
    await index.saveEntry(
      a.id,
      'iid-2026',
      inn.id,
      {
        urusan: 'kesehatan',
        form: null,
        digital: null,
        implementationDate: '2025-02-01',
        rancangBangunWords: 350,
      },
      admin.id,
    );
    expect(
      await index.verifyEntry(a.id, 'iid-2026', inn.id, 'rejected', 'Duplikat', admin.id),
    ).toBe(true);
    const entries = await index.listEntries(a.id, 'iid-2026');
    expect(entries.map((e) => [e.title, e.rancang_bangun_words, e.status, e.reason])).toEqual([
      ['Posyandu', 350, 'rejected', 'Duplikat'],
    ]);
    expect((await index.listReports(a.id)).map((r) => r.edition)).toEqual(['iid-2026']);

    await index.saveIncentive(a.id, 'did-2022', { id: '1', level: 'kota' }, admin.id);
    await index.saveIncentive(
      a.id,
      'did-2022',
      { id: '1', level: 'kota', apbdOnTime: true },
      admin.id,
    );
    expect(await index.listIncentive(a.id)).toMatchObject([
      { edition: 'did-2022', data: { id: '1', level: 'kota', apbdOnTime: true } },
    ]);

    // another region sees nothing, and cannot verify what is not its own
    expect(await index.listAnswers(b.id, 'iid-2026')).toEqual([]);
    expect(await index.listEntries(b.id, 'iid-2026')).toEqual([]);
    expect(await index.listIncentive(b.id)).toEqual([]);
    expect(await index.verify(b.id, 'iid-2026', SPD_SUBJECT, [], 'verified', null, null)).toBe(0);

    const audit = await store.listAudit(a.id, 100);
    const kinds = audit
      .filter((e) => e.actor_id === admin.id)
      .map((e) => `${e.action} ${e.entity}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'save iid-answers',
        'verify iid-answers',
        'reject iid-answers',
        'save iid-entry',
        'reject iid-entry',
        'save incentive-input',
      ]),
    );
    // the unchanged second save wrote no audit row of its own: 2 answer saves, not 3
    expect(kinds.filter((k) => k === 'save iid-answers')).toHaveLength(2);
  });
});
