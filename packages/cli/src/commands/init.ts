/**
 * `inovasi init proposal --rulebook <id>`: a blank proposal to start from — every field the
 * rulebook asks for, the choices it allows, and every section of the group's form with its word
 * limit, as commented YAML that `inovasi check` reads as it is (and answers "not ready" until it
 * is filled in).
 */
import { localize, type Lang, type LocalizedText } from '@inovasi/core';
import { readParameter, type ResolvedRulebook } from '@inovasi/core/rulebook';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { createPaint, parseDateOption, parseLangOption } from '../format.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { writeOutputFile } from '../output.js';
import { loadRulebook } from '../rulebooks.js';

const help: LocalizedText = {
  id: `Pemakaian: inovasi init proposal --rulebook <id|berkas> [opsi]

Menulis proposal KIPP kosong untuk diisi: setiap isian yang diminta rulebook, pilihan yang sah,
dan setiap bagian formulir kelompoknya dengan batas katanya, sebagai YAML berkomentar.

Opsi:
  --rulebook <id|berkas> rulebook kesiapan (mis. kipp-2023, atau berkas lapisan kota)
  --group <id>           kelompok yang formulirnya ditulis, mis. umum (bawaan: yang pertama)
  --as-of <YYYY-MM-DD>   baca rulebook pada tanggal ini (bawaan: hari pertamanya)
  --out <berkas>         tulis ke sini (bawaan: stdout); menolak berkas yang sudah ada
                         kecuali dengan --force
  --force                timpa berkas --out
  --lang <id|en>         bahasa komentar (bawaan: id; en juga bila LANG=en*)
  -h, --help             tampilkan bantuan ini

Kode keluar: 0 ditulis, 2 masukan atau pemakaian salah.

Contoh:
  inovasi init proposal --rulebook kipp-2023 --group umum --out usulan.yaml
  inovasi check usulan.yaml --rulebook kipp-2023
`,
  en: `Usage: inovasi init proposal --rulebook <id|file> [options]

Writes a blank KIPP proposal to fill in: every field the rulebook asks for, the choices it
allows, and every section of the group's form with its word limit, as commented YAML.

Options:
  --rulebook <id|file>   the readiness rulebook (e.g. kipp-2023, or a city overlay file)
  --group <id>           the group (kelompok) whose form to write, e.g. umum (default: the first)
  --as-of <YYYY-MM-DD>   read the rulebook at this date (default: its first day)
  --out <file>           write here (default: stdout); refuses an existing file unless --force
  --force                overwrite the --out file
  --lang <id|en>         language of the comments (default: id; en also when LANG=en*)
  -h, --help             show this help

Exit codes: 0 written, 2 bad input or usage.

Example:
  inovasi init proposal --rulebook kipp-2023 --group umum --out usulan.yaml
  inovasi check usulan.yaml --rulebook kipp-2023
`,
};

interface Option {
  readonly id: string;
  readonly title: { readonly id: string; readonly en: string };
}
interface Section {
  readonly id: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly maxWords: number | null;
  readonly limit?: 'hard' | 'soft';
}

/** The known value of the parameter a rule of `kind` maps to `slot`, if any. */
function valueOf(rulebook: ResolvedRulebook, kind: string, slot: string, asOf: string): unknown {
  const rule = rulebook.rules.find((r) => r.kind === kind);
  const id = rule?.parameters[slot];
  if (id === undefined) return undefined;
  const reading = readParameter(rulebook, id, asOf);
  return reading.status === 'known' ? reading.value : undefined;
}

function options(value: unknown): readonly Option[] {
  const list = (value as { options?: unknown } | undefined)?.options;
  return Array.isArray(list) ? (list as Option[]) : [];
}

const T = {
  head: {
    id: (b: string, g: string) =>
      `Proposal KIPP kosong untuk ${b}${g}. Isi setiap isian, lalu periksa:`,
    en: (b: string, g: string) =>
      `A blank KIPP proposal for ${b}${g}. Fill in every field, then check:`,
  },
  group: { id: 'kelompok', en: 'group' },
  choose: { id: 'pilih satu', en: 'choose one' },
  date: {
    id: 'tanggal mulai implementasi, YYYY-MM-DD',
    en: 'implementation start date, YYYY-MM-DD',
  },
  sdgs: { id: 'nomor TPB/SDGs yang didukung (1–17)', en: 'the SDGs it serves (numbers 1–17)' },
  awards: {
    id: 'hasil KIPP sebelumnya: - { year: 2021, tier: top99 }; kosong bila tidak ada',
    en: 'past KIPP results: - { year: 2021, tier: top99 }; empty if none',
  },
  words: {
    id: (n: number | null, soft: boolean) =>
      n === null
        ? 'batas kata tidak diketahui'
        : `paling banyak ${n} kata${soft ? ' (tidak mengikat)' : ''}`,
    en: (n: number | null, soft: boolean) =>
      n === null ? 'word limit not known' : `at most ${n} words${soft ? ' (not binding)' : ''}`,
  },
  attachments: {
    id: 'lampiran yang diminta (type, fileName):',
    en: 'attachments asked for (type, fileName):',
  },
  notFound: {
    id: 'bagian proposal edisi ini tidak diketahui; tanyakan formulirnya',
    en: "this edition's proposal sections are not known; ask for the form",
  },
} as const;

/** Renders the blank proposal. */
export function renderBlankProposal(
  rulebook: ResolvedRulebook,
  asOf: string,
  group: string | undefined,
  lang: Lang,
): string {
  const groups = options(valueOf(rulebook, 'readiness.group', 'choice', asOf));
  const chosen = group ?? groups[0]?.id;
  if (group !== undefined && groups.length > 0 && !groups.some((g) => g.id === group))
    throw new CliError({
      id: `init proposal: --group ${group}: ${rulebook.id} memiliki ${groups.map((g) => g.id).join(', ')}.`,
      en: `init proposal: --group ${group}: ${rulebook.id} has ${groups.map((g) => g.id).join(', ')}.`,
    });
  const single = valueOf(rulebook, 'readiness.sections', 'single', asOf);
  const template = (single ??
    (chosen !== undefined ? valueOf(rulebook, 'readiness.sections', chosen, asOf) : undefined)) as
    { sections?: readonly Section[] } | undefined;
  const agencyTypes = options(valueOf(rulebook, 'readiness.agency-type', 'choice', asOf));
  const categories = options(valueOf(rulebook, 'readiness.category', 'choice', asOf));
  const attachments = (valueOf(rulebook, 'readiness.attachments', 'documents', asOf) ??
    []) as readonly Option[] & readonly { type?: string }[];
  const list = (o: readonly Option[]): string =>
    o.map((x) => `${x.id} (${localize(x.title, lang)})`).join(' | ');
  const groupText =
    chosen !== undefined && single === undefined ? `, ${T.group[lang]} ${chosen}` : '';
  const out = [
    `# ${T.head[lang](rulebook.id, groupText)}`,
    `#   inovasi check usulan.yaml --rulebook ${rulebook.id}`,
    'title: ""',
    'agency:',
    '  name: ""',
    ...(agencyTypes.length > 0 ? [`  # type: ${T.choose[lang]}: ${list(agencyTypes)}`] : []),
    'unit: ""',
    ...(groups.length > 0 && chosen !== undefined ? [`group: ${chosen}  # ${list(groups)}`] : []),
    ...(categories.length > 0 ? [`# category: ${T.choose[lang]}: ${list(categories)}`] : []),
    `# implementationStartDate: ${T.date[lang]}`,
    `sdgs: []  # ${T.sdgs[lang]}`,
    `awards: []  # ${T.awards[lang]}`,
  ];
  if (attachments.length > 0) {
    out.push(`# ${T.attachments[lang]}`);
    for (const a of attachments)
      out.push(`#   - { type: ${a.type ?? a.id}, fileName: "" }  # ${localize(a.title, lang)}`);
  }
  out.push('sections:');
  if (!template?.sections) out.push(`  # ${T.notFound[lang]}`);
  for (const s of template?.sections ?? []) {
    out.push(
      `  # ${localize(s.title, lang)} — ${T.words[lang](s.maxWords, s.limit === 'soft')}`,
      `  ${s.id}: ""`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** The `init` command. */
export const initCommand: Command = {
  name: 'init',
  summary: {
    id: 'tulis proposal kosong untuk diisi (init proposal --rulebook <id>)',
    en: 'write a blank proposal to fill in (init proposal --rulebook <id>)',
  },
  help,
  async run(argv, io: CliIo) {
    const { values, positionals } = parseCommandArgs('init', argv, {
      rulebook: { type: 'string' },
      group: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(t(help));
      return EXIT.ok;
    }
    if (positionals[0] !== 'proposal' || positionals.length > 1)
      throw new CliError({
        id: 'init: sebutkan apa yang ditulis: `inovasi init proposal --rulebook <id>`.',
        en: 'init: say what to write: `inovasi init proposal --rulebook <id>`.',
      });
    const id = stringOption(values, 'rulebook');
    if (id === undefined)
      throw new CliError({
        id: 'init proposal: beri --rulebook <id|berkas>, mis. --rulebook kipp-2023.',
        en: 'init proposal: give --rulebook <id|file>, e.g. --rulebook kipp-2023.',
      });
    const lang = parseLangOption(stringOption(values, 'lang'));
    const { rulebook } = await loadRulebook(id, io);
    if (rulebook.domain !== 'readiness')
      throw new CliError({
        id: `init proposal: ${rulebook.id} adalah rulebook ${rulebook.domain}; beri rulebook KIPP.`,
        en: `init proposal: ${rulebook.id} is a ${rulebook.domain} rulebook; give a KIPP one.`,
      });
    const { isIsoDate } = await import('@inovasi/core');
    const asOf =
      parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate) ??
      rulebook.effective.from;
    const text = renderBlankProposal(rulebook, asOf, stringOption(values, 'group'), lang);
    const out = stringOption(values, 'out');
    if (out === undefined) {
      io.stdout(text);
      return EXIT.ok;
    }
    await writeOutputFile(io, out, text, values.force === true);
    io.stderr(`${createPaint(io).green('✓')} ${out}\n`);
    return EXIT.ok;
  },
};
