/**
 * The Cilegon demo's index data (invented, from `apps/examples/data/cilegon/region`): the city's
 * IID answers for `iid-2026` (SPD rows and the SID rows of 12 registry innovations), part of
 * them verified and one rejected with its reason, the previous year's report for the comparison,
 * and its incentive data for three editions (one of them missing a value, so the outlook shows
 * an indeterminate gate naming it).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Region, Store } from '../storage/store.js';
import { createIndexStore, SPD_SUBJECT, type AnswerInput } from './store.js';

/** The demo's IID edition. */
export const DEMO_IID_EDITION = 'iid-2026';

interface SampleInnovation {
  readonly id: string;
  readonly name: string;
  readonly form?: string;
  readonly urusan: string;
  readonly implementationDate?: string;
  readonly rancangBangunWords?: number;
  readonly answers: Record<string, number>;
}

const answersOf = (answers: Record<string, number>): AnswerInput[] =>
  Object.entries(answers).map(([row, level]) => ({ row, level, evidence: null }));

/** Seeds the index data of the Cilegon demo region (sample folder `dataDir`). */
export async function seedIndex(store: Store, region: Region, dataDir: string): Promise<void> {
  const index = createIndexStore(store);
  const sample = parseYaml(readFileSync(join(dataDir, 'region', 'iid.yaml'), 'utf8')) as {
    region: { kind?: string; code?: string };
    spd: Record<string, number>;
    innovations: SampleInnovation[];
  };
  const registry = new Map((await store.listInnovations(region.id)).map((i) => [i.title, i]));
  const report = { kind: sample.region.kind ?? null, code: sample.region.code ?? null };

  for (const edition of ['iid-2025', DEMO_IID_EDITION]) {
    await index.saveReport(region.id, edition, report, null);
    await index.saveAnswers(
      region.id,
      edition,
      SPD_SUBJECT,
      answersOf(sample.spd).map((a) => ({
        ...a,
        evidence: `Dokumen pendukung ${a.row} (contoh)`,
      })),
      null,
    );
    for (const inv of sample.innovations) {
      // last year's report had only the innovations already running in 2024
      if (edition === 'iid-2025' && (inv.implementationDate ?? '') >= '2025-01-01') continue;
      const innovation = registry.get(inv.name);
      if (!innovation) continue;
      await index.saveEntry(
        region.id,
        edition,
        innovation.id,
        {
          urusan: inv.urusan,
          form: inv.form ?? null,
          digital: null,
          implementationDate: inv.implementationDate ?? null,
          rancangBangunWords: inv.rancangBangunWords ?? null,
        },
        null,
      );
      await index.saveAnswers(region.id, edition, innovation.id, answersOf(inv.answers), null);
    }
  }

  // the admin's verification so far: the SPD rows checked, one rejected; four innovations checked
  await index.verify(region.id, DEMO_IID_EDITION, SPD_SUBJECT, [], 'verified', null, null);
  await index.verify(
    region.id,
    DEMO_IID_EDITION,
    SPD_SUBJECT,
    ['SPD-12'],
    'rejected',
    'Bukti insentif bagi inovator belum dilampirkan (contoh).',
    null,
  );
  for (const name of [
    'Layanan Adminduk Keliling (Si Dukung)',
    'Izin Usaha Mikro Sehari Jadi',
    'Rekam Medis Elektronik RSUD',
    'Satu Data Kota Cilegon',
  ]) {
    const innovation = registry.get(name);
    if (innovation)
      await index.verify(region.id, DEMO_IID_EDITION, innovation.id, [], 'verified', null, null);
  }

  // incentive data: the sample for the current and past editions
  const performance = parseYaml(
    readFileSync(join(dataDir, 'region', 'insentif-fiskal.yaml'), 'utf8'),
  ) as Record<string, unknown>;
  for (const edition of ['did-2022', 'insentif-fiskal-2025', 'insentif-fiskal-2026'])
    await index.saveIncentive(region.id, edition, performance, null);
}
