/**
 * KIPP proposals (the `Proposal` format of `@inovasi/core/readiness`) at national scale: a KIPP
 * year had about 3,000 (3,178 in 2021). Sections are filled to half to nearly all of the KIPP
 * 2021 word limits, about 2,000 words a proposal in kelompok umum, and about one in ten has a
 * problem a readiness check reports (a section over its limit, a copied section, an innovation
 * too young, no SDG, no video).
 *
 * @module
 */
import type { Proposal } from '@inovasi/core/readiness';
import { generatePemda } from './pemda.js';
import { between, createRandom, isoDate, pick, type Random } from './random.js';
import { phrase, prose } from './text.js';

/** Word limits per section of KIPP 2021, by group. */
export const SECTION_LIMITS: Readonly<
  Record<'umum' | 'replikasi' | 'khusus', Record<string, number>>
> = (() => {
  const umum = {
    ringkasan: 200,
    'ide-inovatif': 600,
    signifikansi: 600,
    'kontribusi-tpb': 200,
    adaptabilitas: 400,
    keberlanjutan: 600,
    kolaborasi: 200,
  };
  return {
    umum,
    replikasi: { ...umum, inspirasi: 100, 'proses-replikasi': 200, 'faktor-pembeda': 100 },
    khusus: {
      ringkasan: 200,
      pembaruan: 200,
      adaptabilitas: 200,
      'penguatan-keberlanjutan': 300,
      evaluasi: 300,
    },
  };
})();

const CATEGORIES = [
  'kesehatan',
  'pendidikan',
  'tata-kelola-pemerintahan',
  'pemberdayaan-masyarakat',
  'ketahanan-pangan',
  'ekonomi-inklusif',
  'lingkungan-hidup',
  'penegakan-hukum',
] as const;

const MINISTRIES = Array.from({ length: 40 }, (_, i) => `Kementerian Sintetis ${i + 1}`);

/** Options of the proposal generator. */
export interface ProposalOptions {
  readonly seed?: number;
  /** Share of proposals with a problem a readiness check reports (default 0.1). */
  readonly problemShare?: number;
}

type Agency = NonNullable<Proposal['agency']>;

function agencies(seed: number): Agency[] {
  const regional = generatePemda(seed).map((p) => ({
    name: `Pemerintah ${p.name}`,
    type: p.level,
  }));
  return [
    ...regional,
    ...MINISTRIES.map((name) => ({ name, type: 'kementerian' as const })),
    { name: 'Lembaga Sintetis 1', type: 'lembaga' },
    { name: 'BUMN Sintetis 1', type: 'bumn' },
    { name: 'BUMD Sintetis 1', type: 'bumd' },
  ];
}

function proposal(random: Random, index: number, agency: Agency, problemShare: number): Proposal {
  const draw = random();
  const group = draw < 0.8 ? 'umum' : draw < 0.9 ? 'replikasi' : 'khusus';
  const sections: Record<string, string> = {};
  for (const [id, max] of Object.entries(SECTION_LIMITS[group]))
    sections[id] = prose(random, Math.round(max * (0.5 + random() * 0.45)));
  const problem =
    random() < problemShare ? pick(random, ['long', 'young', 'sdg', 'copy', 'video']) : undefined;
  if (problem === 'long' && group !== 'khusus') sections.signifikansi = prose(random, 650);
  if (problem === 'copy') sections.adaptabilitas = sections.ringkasan ?? '';
  const number = String(index + 1).padStart(7, '0');
  return {
    id: `P-${number}`,
    title: `${phrase(random, 3)} ${number}`,
    agency,
    unit: `Unit Pelayanan ${phrase(random, 2)}`,
    group,
    category: pick(random, CATEGORIES),
    sdgs: problem === 'sdg' ? [] : [between(random, 1, 17)],
    implementationStartDate: problem === 'young' ? '2020-06-01' : isoDate(random, 2014, 2018),
    innovator: { name: `Inovator ${number}`, isTeam: random() < 0.6 },
    awards: group === 'khusus' ? [{ year: 2017, tier: 'top-terpuji' }] : [],
    ...(group === 'replikasi'
      ? { replicationOf: [{ title: 'Inovasi sumber', year: 2018, tier: 'top99' as const }] }
      : {}),
    sections,
    attachments: [
      { type: 'bukti-mulai-implementasi', fileName: 'bukti.pdf', sizeBytes: 400_000 },
      ...(group === 'replikasi' ? [{ type: 'surat-pernyataan-replikasi', fileName: 'p.pdf' }] : []),
    ],
    ...(problem === 'video' ? {} : { videoUrl: `https://www.youtube.com/watch?v=v${number}` }),
  };
}

/**
 * Proposals one at a time, for any count (a million for a streaming test) without holding
 * them all in memory.
 *
 * @example
 * ```ts
 * for (const p of proposalStream(1_000_000, { seed: 1 })) write(JSON.stringify(p));
 * ```
 */
export function* proposalStream(count: number, options: ProposalOptions = {}): Generator<Proposal> {
  const seed = options.seed ?? 1;
  const random = createRandom(seed ^ 0x9a9e);
  const from = agencies(seed);
  for (let i = 0; i < count; i += 1)
    yield proposal(random, i, pick(random, from), options.problemShare ?? 0.1);
}

/**
 * A KIPP year of proposals (default 3,000), about 2,000 words each.
 *
 * @example
 * ```ts
 * const proposals = generateProposals(3000, { seed: 1 });
 * proposals[0].sections.ringkasan; // '… pelayanan publik …'
 * ```
 */
export function generateProposals(count = 3000, options: ProposalOptions = {}): Proposal[] {
  return [...proposalStream(count, options)];
}

/** Words in a proposal's sections (split on spaces, as the generator writes them). */
export function sectionWords(proposal: Proposal): number {
  let words = 0;
  for (const text of Object.values(proposal.sections ?? {})) words += text.split(' ').length;
  return words;
}
