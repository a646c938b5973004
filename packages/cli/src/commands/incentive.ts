/**
 * `inovasi incentive`: does a region qualify for the fiscal incentive (DID / Insentif Fiskal), in
 * which cluster, for which pots, and what would it take; `inovasi incentive allocate`: simulate
 * an edition's pots over a national dataset.
 */
import { isIsoDate, issueText, type Lang, type LocalizedText, type Table } from '@inovasi/core';
import {
  regionsFromTable,
  safeCheckEligibility,
  simulateAllocation,
  type RejectedRegion,
} from '@inovasi/core/incentive';
import { parseCommandArgs, stringOption, type Command, type ParsedValues } from '../command.js';
import { CliError, describeError, EXIT, exitForOutcome, worstExit } from '../errors.js';
import { createPaint, parseDateOption, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import { activeLang, t } from '../messages.js';
import type { CliIo } from '../io.js';
import {
  allocationRows,
  renderAllocationCsv,
  renderAllocationMarkdown,
  renderAllocationTable,
  renderEligibilityMarkdown,
  renderEligibilityTable,
} from '../render/incentive.js';
import { emitText, emitXlsx, outputTarget } from '../output.js';
import { loadRulebook } from '../rulebooks.js';
import { isTablePath, readTable } from '../tabular.js';

const help: LocalizedText = {
  id: `Pemakaian: inovasi incentive <berkas daerah|-> --rulebook <id|berkas> [opsi]
           inovasi incentive allocate <berkas nasional> --rulebook <id|berkas> [opsi]

Insentif fiskal untuk daerah berkinerja baik: Dana Insentif Daerah (DID) sampai 2022, Insentif
Fiskal sejak 2023. Memeriksa apakah daerah memenuhi kriteria utama, masuk klaster mana, pagu
mana yang bisa diperoleh, dan apa yang perlu diubah; serta mensimulasikan alokasi.

Argumen:
  <berkas daerah|->         satu daerah sebagai JSON atau YAML (lihat skema RegionPerformance),
                            atau - untuk stdin
  allocate <berkas nasional>
                            banyak daerah: JSON/YAML { "regions": [...], "assumptions": {...} },
                            atau tabel CSV/TSV/XLSX satu daerah per baris; kolomnya jalur isian
                            (id, level, apbdOnTime, auditOpinions.2022, scores.stunting, …)

Opsi:
  --rulebook <id|berkas>    edisinya: did-2017, did-2018, did-2020, did-2020-tambahan,
                            did-2021, did-2022,
                            insentif-fiskal-2023, insentif-fiskal-2024, insentif-fiskal-2025
                            (lihat \`inovasi rulebook list\`), atau berkas rulebook sendiri
  --assumptions <berkas>    allocate: nilai yang tidak diketahui rulebook (pagu per tingkat,
                            kunci nilai, metode, arah indikator), ditandai sebagai asumsi
  --as-of <YYYY-MM-DD>      tanggal aturan dibaca (bawaan: hari ini bila di dalam jendela edisi,
                            selain itu hari terakhirnya; keluaran menyebutnya)
  --format <fmt>            table (bawaan), json atau md; allocate juga csv dan xlsx (perlu --out)
  --out <berkas>            allocate: tulis ke berkas ini (bawaan: stdout); menolak berkas yang
                            sudah ada kecuali dengan --force
  --force                   timpa berkas --out
  --lang <id|en>            bahasa keluaran (bawaan: id; en juga bila LANG=en*)
  -h, --help                tampilkan bantuan ini

Kode keluar: 0 layak (allocate: setiap pagu terbagi), 1 tidak layak, 2 masukan atau pemakaian
salah (allocate: juga bila ada baris yang ditolak; baris lain tetap disimulasikan),
3 tidak dapat dipastikan (suatu nilai atau aturan belum diketahui; perlu telaah manusia).

Contoh:
  inovasi incentive daerah.json --rulebook did-2022
  inovasi incentive daerah.yaml --rulebook insentif-fiskal-2024 --lang en --format md
  inovasi incentive allocate daerah.csv --rulebook insentif-fiskal-2024 \\
    --assumptions asumsi.json --format csv
`,
  en: `Usage: inovasi incentive <region file|-> --rulebook <id|file> [options]
       inovasi incentive allocate <national file> --rulebook <id|file> [options]

The fiscal incentive for well-performing regions: Dana Insentif Daerah (DID) until 2022,
Insentif Fiskal since 2023. Checks whether a region meets the main criteria, which cluster it
falls in, which pots it can receive and what it would take; and simulates the allocation.

Arguments:
  <region file|->           one region as JSON or YAML (see the RegionPerformance schema),
                            or - for stdin
  allocate <national file>  many regions: JSON/YAML { "regions": [...], "assumptions": {...} },
                            or a CSV/TSV/XLSX table with one region per row; columns are field
                            paths (id, level, apbdOnTime, auditOpinions.2022, scores.stunting, …)

Options:
  --rulebook <id|file>      the edition: did-2017, did-2018, did-2020, did-2020-tambahan,
                            did-2021, did-2022,
                            insentif-fiskal-2023, insentif-fiskal-2024, insentif-fiskal-2025
                            (see \`inovasi rulebook list\`), or a custom rulebook file
  --assumptions <file>      allocate: values the rulebook does not know (pot per level, score
                            key, method, indicator directions), labelled as assumptions
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its last day; the output says which)
  --format <fmt>            table (default), json or md; allocate also takes csv and xlsx
                            (needs --out)
  --out <file>              allocate: write to this file (default: stdout); refuses an
                            existing file unless --force
  --force                   overwrite the --out file
  --lang <id|en>            language of the output (default: id; en also when LANG=en*)
  -h, --help                show this help

Exit codes: 0 eligible (allocate: every pot split), 1 not eligible, 2 bad input or usage
(allocate: also when a row was rejected; the other rows are still simulated),
3 indeterminate (a value or rule is unknown; needs human review).

Examples:
  inovasi incentive region.json --rulebook did-2022
  inovasi incentive region.yaml --rulebook insentif-fiskal-2024 --lang en --format md
  inovasi incentive allocate daerah.csv --rulebook insentif-fiskal-2024 \\
    --assumptions asumsi.json --format csv
`,
};

type IncentiveFormat = 'table' | 'json' | 'md' | 'csv' | 'xlsx';

function parseIncentiveFormat(value: string | undefined, allocate: boolean): IncentiveFormat {
  const allowed: readonly IncentiveFormat[] = allocate
    ? ['table', 'json', 'md', 'csv', 'xlsx']
    : ['table', 'json', 'md'];
  if (value === undefined) return 'table';
  const wanted = value === 'text' ? 'table' : value;
  if ((allowed as readonly string[]).includes(wanted)) return wanted as IncentiveFormat;
  throw new CliError({
    id: `--format harus salah satu dari ${allowed.join(', ')}; diterima "${value}".`,
    en: `--format must be one of ${allowed.join(', ')}; got "${value}".`,
  });
}

async function readNational(
  path: string,
  io: CliIo,
): Promise<{
  regions: unknown[];
  rows?: number[];
  rejected: RejectedRegion[];
  assumptions?: unknown;
  table?: Table;
  unknownColumns: string[];
}> {
  if (path !== '-' && isTablePath(path)) {
    const table = await readTable(path, io);
    const read = regionsFromTable(table);
    return {
      regions: read.regions,
      rows: read.rows,
      rejected: read.rejected,
      table,
      unknownColumns: read.unknownColumns,
    };
  }
  const doc = await readDocument(path, io);
  const data = doc.data;
  if (Array.isArray(data)) return { regions: data, rejected: [], unknownColumns: [] };
  if (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { regions?: unknown }).regions)
  ) {
    const { regions, assumptions } = data as { regions: unknown[]; assumptions?: unknown };
    return {
      regions,
      rejected: [],
      ...(assumptions !== undefined ? { assumptions } : {}),
      unknownColumns: [],
    };
  }
  throw new CliError({
    id: `${doc.name}: seharusnya { "regions": [ … ] } atau daftar daerah.`,
    en: `${doc.name}: expected { "regions": [ … ] } or a list of regions.`,
  });
}

function describeRejected(source: string, rejected: RejectedRegion): string {
  const where =
    rejected.row !== undefined
      ? `${source}, ${t({ id: 'baris', en: 'row' })} ${rejected.row}`
      : `${source}: regions[${rejected.index}]`;
  const id = rejected.id !== undefined ? ` (${rejected.id})` : '';
  return rejected.issues
    .map((issue) =>
      rejected.row !== undefined
        ? `inovasi: ${where}, ${t({ id: 'kolom', en: 'column' })} ${issue.path}${id}: ${issueText(issue, activeLang())}\n`
        : `inovasi: ${where}.${issue.path}${id}: ${issueText(issue, activeLang())}\n`,
    )
    .join('');
}

const COMMON_OPTIONS = {
  rulebook: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Invocation {
  readonly values: ParsedValues;
  readonly target: string;
  readonly format: IncentiveFormat;
  readonly lang: Lang;
  readonly asOf: string | undefined;
}

/** Parses the options both subcommands share; `undefined` means help was printed. */
function parseInvocation(
  name: string,
  argv: readonly string[],
  io: CliIo,
  allocate: boolean,
  missing: LocalizedText,
): Invocation | undefined {
  const { values, positionals } = parseCommandArgs(name, argv, {
    ...COMMON_OPTIONS,
    ...(allocate ? { assumptions: { type: 'string' } } : {}),
  });
  if (values.help === true) {
    io.stdout(t(help));
    return undefined;
  }
  const format = parseIncentiveFormat(stringOption(values, 'format'), allocate);
  const lang = parseLangOption(stringOption(values, 'lang'));
  const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
  const target = positionals[0];
  if (target === undefined)
    throw new CliError({
      id: `${name}: ${missing.id} Lihat \`inovasi incentive --help\`.`,
      en: `${name}: ${missing.en} See \`inovasi incentive --help\`.`,
    });
  if (positionals.length > 1)
    throw new CliError({
      id: `${name}: satu berkas sekaligus; diterima ${positionals.length}.`,
      en: `${name}: one file at a time; got ${positionals.length}.`,
    });
  return { values, target, format, lang, asOf };
}

async function runAllocate(argv: readonly string[], io: CliIo): Promise<number> {
  const call = parseInvocation('incentive allocate', argv, io, true, {
    id: 'beri berkas nasional (JSON, YAML, CSV atau XLSX).',
    en: 'give a national file (JSON, YAML, CSV or XLSX).',
  });
  if (!call) return EXIT.ok;
  const { values, target, format, lang, asOf: asOfOption } = call;
  const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
  const national = await readNational(target, io);
  const assumptionsPath = stringOption(values, 'assumptions');
  const assumptions =
    assumptionsPath !== undefined
      ? (await readDocument(assumptionsPath, io)).data
      : national.assumptions;
  const date = asOfOption !== undefined ? { asOf: asOfOption } : { today: io.today() };
  const result = simulateAllocation(
    {
      regions: national.regions,
      ...(national.rows ? { rows: national.rows } : {}),
      rejected: national.rejected,
      ...(assumptions !== undefined ? { assumptions } : {}),
    },
    rulebook,
    date,
  );
  let exit: number = exitForOutcome(result.outcome);
  for (const rejected of result.rejected) {
    io.stderr(describeRejected(target, rejected));
    exit = worstExit(exit, EXIT.badInput);
  }
  if (national.unknownColumns.length > 0)
    io.stderr(
      `inovasi: ${target}: ${t({
        id: 'kolom yang tidak ada dalam format daerah diabaikan',
        en: 'columns not in the region format were ignored',
      })}: ${national.unknownColumns.join(', ')}\n`,
    );
  const output = outputTarget(values);
  if (format === 'xlsx')
    await emitXlsx(
      io,
      [{ name: lang === 'id' ? 'Alokasi' : 'Allocation', rows: allocationRows(result, lang) }],
      output,
    );
  else
    await emitText(
      io,
      format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : format === 'csv'
          ? renderAllocationCsv(result, lang)
          : format === 'md'
            ? renderAllocationMarkdown(result, lang)
            : renderAllocationTable(result, lang, createPaint(io)),
      output,
    );
  return exit;
}

export const incentiveCommand: Command = {
  name: 'incentive',
  summary: {
    id: 'insentif fiskal (DID / Insentif Fiskal): kelayakan, klaster, alokasi',
    en: 'fiscal incentive (DID / Insentif Fiskal): eligibility, cluster, allocation',
  },
  help,
  async run(argv, io) {
    if (argv[0] === 'allocate') return runAllocate(argv.slice(1), io);
    const call = parseInvocation('incentive', argv, io, false, {
      id: 'beri berkas daerah atau - untuk stdin (atau `incentive allocate <berkas nasional>`).',
      en: 'give a region file or - for stdin (or `incentive allocate <national file>`).',
    });
    if (!call) return EXIT.ok;
    const { values, target, format, lang, asOf: asOfOption } = call;
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const doc = await readDocument(target, io);
    const date = asOfOption !== undefined ? { asOf: asOfOption } : { today: io.today() };
    const outcome = safeCheckEligibility(doc.data, rulebook, date);
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      return EXIT.badInput;
    }
    const result = outcome.result;
    await emitText(
      io,
      format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : format === 'md'
          ? renderEligibilityMarkdown(doc.name, result, lang)
          : renderEligibilityTable(doc.name, result, lang, createPaint(io)),
      outputTarget(values),
    );
    return exitForOutcome(result.outcome);
  },
};
