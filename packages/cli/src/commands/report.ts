/**
 * `inovasi report`: a printable, self-contained HTML or Markdown report. The rulebook decides
 * which: for innovators (a readiness rulebook), each proposal's readiness and what to fix; for a
 * region (an IID rulebook, optionally with its fiscal-incentive data), the index, its predikat,
 * what to fix and the incentive outlook.
 */
import { isIsoDate, localize, type Lang, type LocalizedText } from '@inovasi/core';
import type { ResolvedRulebook } from '@inovasi/core/rulebook';
import { parseCommandArgs, stringOption, type Command, type ParsedValues } from '../command.js';
import {
  CliError,
  describeError,
  EXIT,
  exitCodeFor,
  exitForOutcome,
  worstExit,
} from '../errors.js';
import { parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { documentLabel, readDocument, readDocuments } from '../input.js';
import type { CliIo } from '../io.js';
import { t as msg } from '../messages.js';
import {
  emitXlsx,
  fillOutput,
  openTextOutput,
  outputTarget,
  type OutputTarget,
} from '../output.js';
import { createProgress } from '../progress.js';
import {
  iidPlanSection,
  iidSection,
  incentiveSection,
  htmlPieces,
  markdownPieces,
  readinessSection,
  type ReportHead,
  type ReportPieces,
  type ReportSection,
} from '../render/report.js';
import { loadRulebook } from '../rulebooks.js';

/** An explicit `--as-of`, or today for the core's date policy. */
type DateChoice = { readonly asOf: string } | { readonly today: string };

const help: LocalizedText = {
  id: `Pemakaian: inovasi report <berkas|folder|-> --rulebook <id|berkas> [opsi]

Menulis laporan siap cetak yang berdiri sendiri (HTML, atau Markdown dengan --format md).
Rulebook menentukan laporannya:
  - rulebook KIPP (kipp-2018 …): untuk inovator — kesiapan tiap proposal, apa yang harus
    diperbaiki, setiap aturan dengan sumbernya
  - rulebook IID (iid-2026 …): untuk daerah — indeks, predikatnya, setiap komponen, apa yang
    harus diperbaiki; tambahkan --incentive untuk prospek insentif fiskal
  - rulebook insentif (insentif-fiskal-2024 …): prospek insentif daerah saja

Argumen:
  <berkas|folder|->         proposal (JSON, YAML, CSV, XLSX, satu folder), atau satu berkas
                            daerah; - untuk stdin

Opsi:
  --rulebook <id|berkas>    edisinya, mis. kipp-2018 atau iid-2026, atau berkas lapisan kota
  --incentive <berkas>      (daerah) data insentif fiskal daerah yang ditambahkan
  --incentive-rulebook <id> (daerah) edisinya, mis. insentif-fiskal-2024
  --as-of <YYYY-MM-DD>      tanggal aturan dibaca (bawaan: hari ini bila di dalam jendela edisi,
                            selain itu tanggal acuannya; keluaran menyebutnya)
  --registration-close <YYYY-MM-DD>
                            (inovator) tanggal penutupan pendaftaran, bila rulebook tidak
                            mengetahuinya
  --format <html|md|xlsx>   format keluaran (bawaan: html); xlsx: tabel ringkasan (perlu --out)
  --out <berkas>            tulis laporan ke sini; bawaan: stdout; menolak berkas yang sudah ada
                            kecuali dengan --force
  --force                   timpa berkas --out
  --title <teks>            judul laporan
  --lang <id|en>            bahasa (bawaan: id; en juga bila LANG=en*)
  -h, --help                tampilkan bantuan ini

Kode keluar: 0 laporan ditulis (apa pun jawabannya: jawabannya ada di dalam laporan),
2 masukan atau pemakaian salah. (Untuk bertindak atas jawabannya dalam skrip, pakai
\`inovasi check\`, \`iid\` atau \`incentive\`: 1 negatif, 3 perlu telaah manusia.)

Contoh:
  inovasi report apps/examples/data/cilegon/proposals.csv --rulebook kipp-2018 --out laporan.html
  inovasi report apps/examples/data/cilegon/region/iid.yaml --rulebook iid-2026 \\
    --incentive apps/examples/data/cilegon/region/insentif-fiskal.yaml \\
    --incentive-rulebook insentif-fiskal-2024 --format md
`,
  en: `Usage: inovasi report <file|dir|-> --rulebook <id|file> [options]

Writes a printable, self-contained report (HTML, or Markdown with --format md). The rulebook
decides which report:
  - a KIPP rulebook (kipp-2018 …): for innovators — each proposal's readiness, what to fix,
    every rule with its source
  - an IID rulebook (iid-2026 …): for a region — the index, its predikat, every component,
    what to fix; add --incentive for the fiscal-incentive outlook
  - an incentive rulebook (insentif-fiskal-2024 …): the region's incentive outlook alone

Arguments:
  <file|dir|->              proposals (JSON, YAML, CSV, XLSX, a directory), or one region file;
                            - for stdin

Options:
  --rulebook <id|file>      the edition, e.g. kipp-2018 or iid-2026, or a city overlay file
  --incentive <file>        (region) the region's fiscal-incentive data to add
  --incentive-rulebook <id> (region) its edition, e.g. insentif-fiskal-2024
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its reference date; the output says which)
  --registration-close <YYYY-MM-DD>
                            (innovators) the registration close, when the rulebook does not know it
  --format <html|md|xlsx>   output format (default: html); xlsx: the summary table (needs --out)
  --out <file>              write the report here; default: stdout; refuses an existing file
                            unless --force
  --force                   overwrite the --out file
  --title <text>            the report's title
  --lang <id|en>            language (default: id; en also when LANG=en*)
  -h, --help                show this help

Exit codes: 0 the report was written (whatever its answers: they are in the report), 2 bad
input or usage. (To act on the answers in a script, use \`inovasi check\`, \`iid\` or
\`incentive\`: 1 negative, 3 needs human review.)

Examples:
  inovasi report apps/examples/data/cilegon/proposals.csv --rulebook kipp-2018 --out laporan.html
  inovasi report apps/examples/data/cilegon/region/iid.yaml --rulebook iid-2026 \\
    --incentive apps/examples/data/cilegon/region/insentif-fiskal.yaml \\
    --incentive-rulebook insentif-fiskal-2024 --format md
`,
};

interface Built {
  readonly exit: number;
  readonly title: { id: string; en: string };
  /** How many sections the report has. */
  readonly count: number;
  /**
   * The sections, each computed as it is taken: a batch report is written a section at a time
   * and never held whole.
   */
  sections(): Iterable<ReportSection>;
}

const t = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

/**
 * The innovators' report. A first pass checks every proposal for the summary (its counts and
 * one row per proposal); the proposals' own sections come from a second pass, each checked again
 * as it is written (the same inputs, date and rulebook give the same result), so a national batch
 * costs two checks a proposal, not the memory of every result at once.
 */
async function innovatorReport(
  target: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  values: ParsedValues,
  io: CliIo,
  lang: Lang,
): Promise<Built> {
  const { safeCheckReadiness } = await import('@inovasi/core/readiness');
  const registrationCloseDate = parseDateOption(
    '--registration-close',
    stringOption(values, 'registration-close'),
    isIsoDate,
  );
  const { documents, errors } = await readDocuments(target, io);
  let exit: number = EXIT.ok;
  for (const { error } of errors) {
    io.stderr(describeError(error));
    exit = worstExit(exit, exitCodeFor(error));
  }
  const options = {
    ...date,
    ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
  };
  const rows: string[][] = [];
  const checked: { readonly data: unknown; readonly label: string }[] = [];
  const counts = { ready: 0, 'not-ready': 0, indeterminate: 0 };
  const progress = createProgress(io, 2 * documents.length, 'report');
  for (const doc of documents) {
    progress.tick();
    const outcome = safeCheckReadiness(doc.data, rulebook, options);
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      exit = worstExit(exit, exitCodeFor(outcome.error));
      continue;
    }
    const { result } = outcome;
    counts[result.status] += 1;
    exit = worstExit(exit, exitForOutcome(result.outcome));
    const label = documentLabel(doc);
    rows.push([
      label,
      localize(result.statusText, lang),
      result.findings.map((f) => f.code).join(', '),
    ]);
    checked.push({ data: doc.data, label });
  }
  const total = rows.length;
  const overview: ReportSection = {
    title: t(lang, 'Ringkasan', 'Summary'),
    paragraphs: [
      t(
        lang,
        `${total} proposal diperiksa: ${counts.ready} siap, ${counts['not-ready']} belum siap, ${counts.indeterminate} perlu ditinjau.`,
        `${total} proposals checked: ${counts.ready} ready, ${counts['not-ready']} not ready, ${counts.indeterminate} need review.`,
      ),
    ],
    table: [[t(lang, 'Proposal', 'Proposal'), 'Status', t(lang, 'Temuan', 'Findings')], ...rows],
  };
  function* sections(): Generator<ReportSection> {
    if (total === 0) return;
    yield overview;
    for (const { data, label } of checked) {
      progress.tick();
      const outcome = safeCheckReadiness(data, rulebook, options);
      // the first pass read this proposal: a second reading of the same input cannot fail
      if (outcome.success) yield readinessSection(label, outcome.result, lang);
    }
    progress.done();
  }
  return {
    exit,
    title: { id: 'Laporan kesiapan proposal inovasi', en: 'Innovation proposal readiness report' },
    count: total === 0 ? 0 : total + 1,
    sections,
  };
}

async function incentiveOutlook(
  file: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  io: CliIo,
  lang: Lang,
): Promise<{ exit: number; section: ReportSection }> {
  const { safeCheckEligibility } = await import('@inovasi/core/incentive');
  const doc = await readDocument(file, io);
  const outcome = safeCheckEligibility(doc.data, rulebook, date);
  if (!outcome.success)
    throw new CliError(
      {
        id: `${doc.name}: ${
          describeError(outcome.error)
            .replace(/^inovasi: /, '')
            .split('\n')[0] ?? ''
        }`,
        en: `${doc.name}: ${outcome.error.message}`,
      },
      outcome.error.issues,
    );
  return {
    exit: exitForOutcome(outcome.result.outcome),
    section: incentiveSection(outcome.result, lang),
  };
}

async function regionReport(
  target: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  values: ParsedValues,
  io: CliIo,
  lang: Lang,
): Promise<Built> {
  const sections: ReportSection[] = [];
  let exit: number = EXIT.ok;
  if (rulebook.domain === 'iid') {
    const { planIid, safeComputeIid } = await import('@inovasi/core/iid');
    const doc = await readDocument(target, io);
    const outcome = safeComputeIid(doc.data, rulebook, date);
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      return {
        exit: exitCodeFor(outcome.error),
        title: { id: '', en: '' },
        count: 0,
        sections: () => [],
      };
    }
    exit = exitForOutcome(outcome.result.outcome);
    sections.push(iidSection(outcome.result, lang));
    if (outcome.result.status === 'determinate')
      sections.push(iidPlanSection(planIid(outcome.result, rulebook), lang));
    const file = stringOption(values, 'incentive');
    if (file !== undefined) {
      const id = stringOption(values, 'incentive-rulebook');
      if (id === undefined)
        throw new CliError({
          id: 'report: --incentive memerlukan --incentive-rulebook <id>, mis. insentif-fiskal-2024.',
          en: 'report: --incentive needs --incentive-rulebook <id>, e.g. insentif-fiskal-2024.',
        });
      const { rulebook: incentive } = await loadRulebook(id, io);
      if (incentive.domain !== 'incentive')
        throw new CliError({
          id: `report: --incentive-rulebook ${id} adalah rulebook ${incentive.domain}.`,
          en: `report: --incentive-rulebook ${id} is a ${incentive.domain} rulebook.`,
        });
      const extra = await incentiveOutlook(file, incentive, date, io, lang);
      exit = worstExit(exit, extra.exit);
      sections.push(extra.section);
    }
  } else {
    const only = await incentiveOutlook(target, rulebook, date, io, lang);
    exit = only.exit;
    sections.push(only.section);
  }
  return {
    exit,
    title: { id: 'Laporan inovasi daerah', en: 'Regional innovation report' },
    count: sections.length,
    sections: () => sections,
  };
}

/** Writes a report a section at a time (an `--out` file appears whole or not at all). */
async function writeReport(
  io: CliIo,
  pieces: ReportPieces,
  head: ReportHead,
  built: Built,
  output: OutputTarget,
): Promise<void> {
  await fillOutput(await openTextOutput(io, output), async (sink) => {
    await sink.write(pieces.start(head));
    for (const section of built.sections()) await sink.write(pieces.section(section, head.lang));
    await sink.write(pieces.end(head));
  });
}

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  summary: {
    id: 'tulis laporan siap cetak dalam HTML atau Markdown',
    en: 'write a printable HTML or Markdown report',
  },
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('report', argv, {
      rulebook: { type: 'string' },
      incentive: { type: 'string' },
      'incentive-rulebook': { type: 'string' },
      'as-of': { type: 'string' },
      'registration-close': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      title: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(msg(help));
      return EXIT.ok;
    }
    const raw = stringOption(values, 'format') ?? 'html';
    const format = raw === 'html' ? 'html' : parseFormat(raw, ['md', 'xlsx']);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const target = positionals[0];
    if (target === undefined || positionals.length > 1)
      throw new CliError({
        id: 'report: beri satu berkas, folder, atau - untuk stdin. Lihat `inovasi report --help`.',
        en: 'report: give one file, directory or - for stdin. See `inovasi report --help`.',
      });
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const given = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    // every engine applies the core's date policy to each rulebook it reads
    const date: DateChoice = given !== undefined ? { asOf: given } : { today: io.today() };
    let built: Built;
    if (rulebook.domain === 'readiness')
      built = await innovatorReport(target, rulebook, date, values, io, lang);
    else if (rulebook.domain === 'iid' || rulebook.domain === 'incentive')
      built = await regionReport(target, rulebook, date, values, io, lang);
    else
      throw new CliError({
        id: `report: ${rulebook.id} adalah rulebook ${rulebook.domain}; untuk laporan transparansi lomba pakai \`inovasi score --format md\`.`,
        en: `report: ${rulebook.id} is a ${rulebook.domain} rulebook; for a competition's transparency report use \`inovasi score --format md\`.`,
      });
    if (built.count === 0) return built.exit;
    const head: ReportHead = {
      title: stringOption(values, 'title') ?? localize(built.title, lang),
      subtitle: `${localize(rulebook.title, lang)} (${rulebook.id})`,
      lang,
      footer: t(
        lang,
        'Dibuat oleh inovasi. Setiap hasil menyebut aturan, nilai, ambang dan sumbernya; hasil "perlu ditinjau" memerlukan pemeriksaan manusia.',
        'Made by inovasi. Every result names its rule, value, threshold and source; "needs review" results need a person to check them.',
      ),
    };
    const output = outputTarget(values);
    if (format === 'xlsx')
      // the report's tables, one sheet each (its paragraphs are in the HTML and Markdown forms)
      await emitXlsx(
        io,
        [...built.sections()].flatMap((s) => (s.table ? [{ name: s.title, rows: s.table }] : [])),
        output,
      );
    else
      await writeReport(io, format === 'html' ? htmlPieces : markdownPieces, head, built, output);
    if (output.out !== undefined)
      io.stderr(`${output.out}: ${built.count} ${t(lang, 'bagian', 'sections')}\n`);
    // The report is the product: written means done (its answers are inside it). Bad input
    // stops before anything is written (exit 2).
    return built.exit === EXIT.badInput || built.exit === EXIT.internal ? built.exit : EXIT.ok;
  },
};
