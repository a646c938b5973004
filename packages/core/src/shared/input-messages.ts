/**
 * The core's catalogue of input problems: every {@link InputIssue} the core writes itself (a table
 * cell that is not a number, a date that does not exist, a sheet for a judge who is not on the
 * panel) has a stable code here and a text in Bahasa Indonesia and English. Problems found by a
 * zod schema are translated from zod's own issue codes (see `zod-messages.ts`).
 *
 * Codes never change once published; the wording may.
 *
 * @module
 */
import { defineMessages, type LocalizedText } from './i18n.js';

/** A value as the user wrote it, for "got …" (long values are cut). */
export function shown(value: unknown): string {
  const text =
    value === undefined || typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : // a function or a symbol has no JSON: its type stands for it
        ((JSON.stringify(value) as string | undefined) ?? typeof value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `, got "x"` / `, diterima "x"` when the value is known (zod reports it only when asked). */
function got(p: { got?: unknown }, lang: 'id' | 'en'): string {
  if (!('got' in p)) return '';
  return lang === 'id' ? `, diterima ${shown(p.got)}` : `, got ${shown(p.got)}`;
}

/** `a, b or c` / `a, b atau c`. */
function choices(list: readonly string[]): LocalizedText {
  if (list.length <= 1) return { id: list.join(''), en: list.join('') };
  const head = list.slice(0, -1).join(', ');
  const last = list[list.length - 1] ?? '';
  return { id: `${head} atau ${last}`, en: `${head} or ${last}` };
}

/** How a sheet is named in a problem: `lembar 3 (juri J1, peserta E2)`. */
function sheetName(p: { sheet: number; judge: string; entry: string }): LocalizedText {
  return {
    id: `lembar ${p.sheet} (juri ${p.judge}, peserta ${p.entry})`,
    en: `sheet ${p.sheet} (judge ${p.judge}, entry ${p.entry})`,
  };
}

/** One of the roles a column of a score table plays. */
type TableRole = 'judge' | 'entry' | 'stage' | 'comment';
const ROLE_NAMES: Record<TableRole, LocalizedText> = {
  judge: { id: 'juri', en: 'judge' },
  entry: { id: 'peserta', en: 'entry' },
  stage: { id: 'tahap', en: 'stage' },
  comment: { id: 'catatan', en: 'comment' },
};

const round = (n: number): string => String(Math.round(n * 1e9) / 1e9);

/** The core's input problems, by code. */
export const inputMessages = defineMessages({
  // ── values ──────────────────────────────────────────────────────────────────────────────
  'INPUT.DATE': (p: { got?: unknown }) => ({
    id: `seharusnya tanggal kalender YYYY-MM-DD${got(p, 'id')}`,
    en: `expected a calendar date as YYYY-MM-DD${got(p, 'en')}`,
  }),
  'INPUT.DATE_RANGE': (p: { earliest: string; latest: string; got?: unknown }) => ({
    id: `seharusnya tanggal antara ${p.earliest} dan ${p.latest}${got(p, 'id')}`,
    en: `expected a date from ${p.earliest} to ${p.latest}${got(p, 'en')}`,
  }),
  'INPUT.BOOLEAN': (p: { got: unknown }) => ({
    id: `seharusnya ya/tidak (true/false), diterima ${shown(p.got)}`,
    en: `expected true/false (ya/tidak), got ${shown(p.got)}`,
  }),
  'INPUT.NUMBER': (p: { got: unknown }) => ({
    id: `seharusnya angka, diterima ${shown(p.got)}`,
    en: `expected a number, got ${shown(p.got)}`,
  }),
  'INPUT.ONE_OF': (p: { choices: readonly string[]; got: unknown }) => ({
    id: `seharusnya ${choices(p.choices).id}, diterima ${shown(p.got)}`,
    en: `expected ${choices(p.choices).en}, got ${shown(p.got)}`,
  }),
  'INPUT.SCORE_RANGE': (p: { got: unknown }) => ({
    id: `seharusnya angka dari 0 sampai 100, diterima ${shown(p.got)}`,
    en: `expected a number from 0 to 100, got ${shown(p.got)}`,
  }),
  'INPUT.WHOLE_NUMBER_RANGE': (p: { min: number; max: number; got: unknown }) => ({
    id: `seharusnya bilangan bulat dari ${p.min} sampai ${p.max}, diterima ${shown(p.got)}`,
    en: `expected a whole number from ${p.min} to ${p.max}, got ${shown(p.got)}`,
  }),
  // ── shapes ──────────────────────────────────────────────────────────────────────────────
  'INPUT.BATCH_NOT_ONE': () => ({
    id: 'ini kumpulan usulan (proposals), padahal yang diharapkan satu usulan',
    en: 'a batch where one proposal was expected',
  }),
  'INPUT.PROPOSAL_OR_PROPOSALS': () => ({
    id: 'isi proposal (satu) atau proposals (kumpulan), tidak keduanya dan tidak kosong keduanya',
    en: 'give either proposal (one) or proposals (a batch), not both and not neither',
  }),
  'INPUT.REGIONS_LIST': () => ({
    id: 'seharusnya daftar daerah ({ "regions": [ … ] } atau sebuah daftar)',
    en: 'expected a list of regions ({ "regions": [ … ] } or a list)',
  }),
  'INPUT.DUPLICATE_REGION': (p: { id: string }) => ({
    id: `id daerah ${p.id} muncul dua kali; setiap daerah cukup sekali`,
    en: `duplicate region id ${p.id}; each region once`,
  }),
  'INPUT.LKPD_YEAR_ONCE': () => ({
    id: 'setiap tahun LKPD paling banyak satu kali',
    en: 'each LKPD year at most once',
  }),
  // ── incentive assumptions ───────────────────────────────────────────────────────────────
  'INCENTIVE.UNKNOWN_POT': (p: { pot: string; rulebook: string; pots: readonly string[] }) => ({
    id: `tidak ada pos ${p.pot} di ${p.rulebook}; pos yang ada: ${p.pots.join(', ')}`,
    en: `no pot ${p.pot} in ${p.rulebook}; pots: ${p.pots.join(', ')}`,
  }),
  'INCENTIVE.ASSUMPTION_KNOWN': (p: { value: unknown }) => ({
    id: `buku aturan sudah memuat nilai ini (${shown(p.value)}); asumsi hanya mengisi nilai yang belum diketahui`,
    en: `the rulebook knows this value (${shown(p.value)}); assumptions only fill unknown values`,
  }),
  'INCENTIVE.POT_NOT_BY_LEVEL': (p: { pot: string }) => ({
    id: `pos ${p.pot} tidak dibagi menurut jenis daerah`,
    en: `pot ${p.pot} is not split by level`,
  }),
  // ── score tables and panels ─────────────────────────────────────────────────────────────
  'SCORING.TABLE.SECOND_COLUMN': (p: { role: TableRole }) => ({
    id: `kolom ${ROLE_NAMES[p.role].id} kedua`,
    en: `a second ${ROLE_NAMES[p.role].en} column`,
  }),
  'SCORING.TABLE.NO_COLUMN': (p: { role: TableRole; names: readonly string[] }) => ({
    id: `tidak ada kolom ${ROLE_NAMES[p.role].id}; beri nama salah satu: ${choices(p.names).id}`,
    en: `no ${ROLE_NAMES[p.role].en} column; name one ${choices(p.names).en}`,
  }),
  'SCORING.TABLE.NO_CRITERIA': () => ({
    id: 'tidak ada kolom kriteria',
    en: 'no criterion columns',
  }),
  'SCORING.TABLE.EMPTY': (p: { role: TableRole }) => ({
    id: `${ROLE_NAMES[p.role].id} kosong`,
    en: `the ${ROLE_NAMES[p.role].en} is empty`,
  }),
  'SCORING.DUPLICATE_ID': (p: { role: TableRole; id: string }) => ({
    id: `id ${ROLE_NAMES[p.role].id} ${p.id} muncul dua kali`,
    en: `duplicate ${ROLE_NAMES[p.role].en} id ${p.id}`,
  }),
  'SCORING.NO_STAGE': () => ({
    id: 'buku aturan tidak punya aturan scoring.stage',
    en: 'the rulebook has no scoring.stage rule',
  }),
  'SCORING.NOT_EARLIER_STAGE': (p: { stage: string }) => ({
    id: `${p.stage} bukan tahap sebelumnya`,
    en: `${p.stage} is not an earlier stage`,
  }),
  'SCORING.STAGE_NEEDS_RUBRIC': () => ({
    id: 'sebuah tahap perlu rubrik, atau combine dengan bobot sendiri (own) 0',
    en: 'a stage needs a rubric, or a combine with own weight 0',
  }),
  'SCORING.NOT_A_CRITERION': (p: { criterion: string }) => ({
    id: `${p.criterion} bukan kriteria rubrik ini`,
    en: `${p.criterion} is not a criterion of the rubric`,
  }),
  'SCORING.NOT_LISTED': (p: {
    sheet?: { sheet: number; judge: string; entry: string };
    role: 'judge' | 'entry';
    id: string;
  }) => {
    const who = p.sheet ? sheetName(p.sheet) : undefined;
    const list = p.role === 'judge' ? 'judges' : 'entries';
    return {
      id: `${who ? `${who.id}: ` : ''}${ROLE_NAMES[p.role].id} ${p.id} tidak ada di ${list}`,
      en: `${who ? `${who.en}: ` : ''}${ROLE_NAMES[p.role].en} ${p.id} is not in ${list}`,
    };
  },
  'SCORING.UNKNOWN_STAGE': (p: {
    sheet?: { sheet: number; judge: string; entry: string };
    stage: string;
    stages: readonly string[];
  }) => {
    const who = p.sheet ? sheetName(p.sheet) : undefined;
    return {
      id: `${who ? `${who.id}: ` : ''}tahap ${p.stage} bukan tahap buku aturan ini (${p.stages.join(', ')})`,
      en: `${who ? `${who.en}: ` : ''}stage ${p.stage} is not a stage of the rulebook (${p.stages.join(', ')})`,
    };
  },
  'SCORING.SECOND_SHEET': (p: { sheet: number; judge: string; entry: string; stage: string }) => ({
    id: `${sheetName(p).id}: lembar kedua untuk juri, peserta dan tahap ${p.stage} yang sama`,
    en: `${sheetName(p).en}: a second sheet for the same judge, entry and stage ${p.stage}`,
  }),
  'SCORING.UNKNOWN_CRITERION': (p: {
    sheet: number;
    judge: string;
    entry: string;
    criterion: string;
    stage: string;
    criteria: readonly string[];
  }) => ({
    id: `${sheetName(p).id}: ${p.criterion} bukan kriteria tahap ${p.stage} (${p.criteria.join(', ')})`,
    en: `${sheetName(p).en}: ${p.criterion} is not a criterion of stage ${p.stage} (${p.criteria.join(', ')})`,
  }),
  'SCORING.CELL': (p: {
    sheet: number;
    judge: string;
    entry: string;
    criterion: string;
    problem: LocalizedText;
  }) => ({
    id: `${sheetName(p).id}, kriteria ${p.criterion}: ${p.problem.id}`,
    en: `${sheetName(p).en}, criterion ${p.criterion}: ${p.problem.en}`,
  }),
  'SCORING.CELL.NOT_APPLICABLE': (p: { criterion: string }) => ({
    id: `"n/a" tidak diizinkan untuk kriteria ${p.criterion}`,
    en: `"n/a" is not allowed for criterion ${p.criterion}`,
  }),
  'SCORING.CELL.NOT_A_POINT': (p: { got: unknown; scale: LocalizedText }) => ({
    id: `${shown(p.got)} bukan titik skala ${p.scale.id}`,
    en: `${shown(p.got)} is not a point of the scale ${p.scale.en}`,
  }),
  'SCORING.CELL.NOT_A_NUMBER': (p: { got: unknown }) => ({
    id: `${shown(p.got)} bukan angka`,
    en: `${shown(p.got)} is not a number`,
  }),
  'SCORING.CELL.OUTSIDE_SCALE': (p: { value: number; scale: LocalizedText }) => ({
    id: `${p.value} di luar skala ${p.scale.id}`,
    en: `${p.value} is outside the scale ${p.scale.en}`,
  }),
  'SCORING.CELL.OFF_STEP': (p: { value: number; step: number; min: number }) => ({
    id: `${p.value} tidak berada pada langkah ${p.step} dari ${p.min}`,
    en: `${p.value} is not on a step of ${p.step} from ${p.min}`,
  }),
  'SCORING.CELL.DOES_NOT_APPLY': (p: {
    sheet: number;
    judge: string;
    entry: string;
    criterion: string;
  }) => ({
    id: `${sheetName(p).id}, kriteria ${p.criterion}: tidak berlaku untuk kategori/kelompok peserta ini`,
    en: `${sheetName(p).en}, criterion ${p.criterion}: does not apply to this entry's category/group`,
  }),
  // ── scoring schemas ─────────────────────────────────────────────────────────────────────
  'SCORING.SCALE.MIN_BELOW_MAX': (p: { min: number; max: number }) => ({
    id: `min ${p.min} harus lebih kecil dari max ${p.max}`,
    en: `min ${p.min} must be below max ${p.max}`,
  }),
  'SCORING.SCALE.SHARED_KEY': () => ({
    id: 'dua titik skala memakai kunci yang sama',
    en: 'two points share a key',
  }),
  'SCORING.SCALE.DISTINCT_VALUES': () => ({
    id: 'titik skala perlu paling sedikit dua nilai yang berbeda',
    en: 'the points need at least two distinct values',
  }),
  'SCORING.RUBRIC.DUPLICATE_CRITERION': (p: { criterion: string }) => ({
    id: `kriteria ${p.criterion} muncul dua kali`,
    en: `duplicate ${p.criterion}`,
  }),
  'SCORING.RUBRIC.WEIGHT_TOTAL': (p: { sum: number; declared: number }) => ({
    id: `bobot yang dihitung berjumlah ${round(p.sum)}, padahal weightTotal menyatakan ${p.declared}`,
    en: `the counted weights sum to ${round(p.sum)}, but weightTotal declares ${p.declared}`,
  }),
  'SCORING.RUBRIC.NO_WEIGHT': () => ({
    id: 'paling sedikit satu kriteria yang dihitung perlu bobot di atas 0',
    en: 'at least one counted criterion needs a weight above 0',
  }),
  'SCORING.RUBRIC.MIXED_SCALES': () => ({
    id: 'weighted-mean memerlukan satu skala untuk semua kriteria; pakai percent untuk skala campuran',
    en: 'weighted-mean needs one scale for every criterion; use percent for mixed scales',
  }),
  'SCORING.COMBINE.WEIGHTS': (p: { sum: number }) => ({
    id: `jumlah bobot ${round(p.sum)}, seharusnya 1`,
    en: `the weights sum to ${round(p.sum)}, not 1`,
  }),
  'SCORING.QUOTA.FIELD': () => ({
    id: 'pakai category, group, agency, agencyType, region, tag atau attributes.<nama>',
    en: 'use category, group, agency, agencyType, region, tag or attributes.<name>',
  }),
  'SCORING.QUOTA.MIN_OR_MAX': () => ({
    id: 'isi min atau max',
    en: 'give min or max',
  }),
});

/** The code of an input problem the core writes itself (a key of {@link inputMessages}). */
export type InputMessageCode = keyof typeof inputMessages;

/** The parameters of the problem `C`. */
export type InputMessageParams<C extends InputMessageCode> =
  Parameters<(typeof inputMessages)[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;
