/**
 * Demo mode: a region seeded from the Cilegon sample of `apps/examples/data/cilegon` (invented
 * data): its OPDs, one innovator per innovation, the 18 proposals as the OPDs' spreadsheet has
 * them, two mentors, a viewer and the Bappeda admin, and the city's overlay rulebook.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { hashPassword } from './auth.js';
import { checkProposal, summaryOf } from './readiness.js';
import type { Role } from './storage/schema.js';
import type { Region, Store } from './storage/store.js';
import { parseCsv, tableToDocuments } from './tabular.js';
import { seedJudging } from './judging/seed.js';
import { seedIndex } from './index/seed.js';

/** The Cilegon sample folder (two levels up from `src/` or `dist/`). */
export const CILEGON_DATA = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'examples',
  'data',
  'cilegon',
);

/** One demo account as printed on start. */
export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly displayName: string;
  readonly opd?: string;
}

/** The rulebook demo proposals are written for (its sections and word limits are known). */
export const DEMO_RULEBOOK = 'kipp-2021';
/** The date demo rules are read at: during KIPP 2021's registration. */
export const DEMO_AS_OF = '2021-03-01';

const INNOVATOR_NAMES = [
  'Ahmad Fauzi',
  'Siti Rahmawati',
  'Dewi Lestari',
  'Budi Santoso',
  'Rina Marlina',
  'Agus Salim',
  'Nur Aini',
  'Hendra Gunawan',
  'Yuliana Sari',
  'Eko Prasetyo',
  'Fitri Handayani',
  'Rudi Hartono',
  'Wahyu Hidayat',
  'Lilis Suryani',
  'Dedi Kurniawan',
  'Maya Anggraini',
  'Iwan Setiawan',
  'Tuti Alawiyah',
];

/**
 * Seeds the Cilegon demo into an empty store. Every account gets `password`. Returns the
 * region and the accounts.
 */
export async function seedCilegon(
  store: Store,
  options: { password: string; today: string; code?: string },
): Promise<{ region: Region; accounts: DemoAccount[] }> {
  const overlay = parseYaml(
    readFileSync(join(CILEGON_DATA, 'cilegon-lomba-2018.yaml'), 'utf8'),
  ) as unknown;
  const region = await store.createRegion(
    {
      code: options.code ?? 'cilegon',
      name: 'Kota Cilegon (contoh)',
      rulebookId: DEMO_RULEBOOK,
      asOf: DEMO_AS_OF,
      overlay: JSON.stringify(overlay),
    },
    null,
  );
  const passwordHash = await hashPassword(options.password);
  const table = parseCsv(readFileSync(join(CILEGON_DATA, 'proposals.csv'), 'utf8'));
  const documents = tableToDocuments(table);
  const accounts: DemoAccount[] = [];
  const user = async (
    username: string,
    displayName: string,
    role: Role,
    opdId: string | null = null,
    opd?: string,
  ) => {
    const created = await store.createUser(
      region.id,
      { username, displayName, role, opdId, passwordHash },
      null,
    );
    accounts.push({ username, role, displayName, ...(opd !== undefined ? { opd } : {}) });
    return created;
  };
  await user('bappeda', 'Kasubbid Inovasi dan Teknologi', 'admin');
  const mentors = [
    await user('mentor1', 'Mentor Bappeda 1', 'mentor'),
    await user('mentor2', 'Narasumber Kementerian', 'mentor'),
  ];
  await user('sekda', 'Sekretaris Daerah', 'viewer');
  const opds = new Map<string, string>();
  for (const [i, doc] of documents.entries()) {
    const unit = typeof doc.unit === 'string' ? doc.unit : 'OPD';
    let opdId = opds.get(unit);
    if (opdId === undefined) {
      opdId = (await store.createOpd(region.id, unit, null)).id;
      opds.set(unit, opdId);
    }
    const n = String(i + 1).padStart(2, '0');
    await user(`inovator${n}`, INNOVATOR_NAMES[i] ?? `Inovator ${n}`, 'innovator', opdId, unit);
    const startedOn =
      typeof doc.implementationStartDate === 'string' ? doc.implementationStartDate : null;
    const innovation = await store.createInnovation(
      region.id,
      {
        opdId,
        title: typeof doc.title === 'string' ? doc.title : `Inovasi ${n}`,
        stage: startedOn === null ? 'uji-coba' : 'penerapan',
        startedOn,
        urusan: null,
      },
      null,
    );
    const data = {
      ...doc,
      group: 'umum',
      innovator: { name: INNOVATOR_NAMES[i] ?? `Inovator ${n}` },
    };
    const outcome = checkProposal(region, DEMO_RULEBOOK, data, options.today);
    if (!outcome.ok) throw new Error(`demo proposal ${n} does not parse: ${outcome.message}`);
    await store.createProposal(
      region.id,
      {
        innovationId: innovation.id,
        rulebookId: DEMO_RULEBOOK,
        data,
        readiness: summaryOf(outcome.result),
      },
      null,
    );
    const mentor = mentors[i < 9 ? 0 : 1];
    if (mentor) await store.assignMentor(region.id, mentor.id, innovation.id, null);
  }
  accounts.push(...(await seedJudging(store, region, { passwordHash })));
  await seedIndex(store, region, CILEGON_DATA);
  return { region, accounts };
}
