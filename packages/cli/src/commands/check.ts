/**
 * `inovasi check`: would a KIPP proposal pass administrative selection?
 */
import { CoreError, isIsoDate, type LocalizedText } from '@inovasi/core';
import {
  createReadinessChecker,
  type ReadinessChecker,
  type ReadinessResult,
} from '@inovasi/core/readiness';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import {
  CliError,
  describeError,
  EXIT,
  exitCodeFor,
  exitForOutcome,
  worstExit,
} from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocuments } from '../input.js';
import { t } from '../messages.js';
import { isJsonLinesPath } from '../io/documents.js';
import { checkStream } from '../io/stream-check.js';
import { loadRulebook, readinessRegistryFor } from '../rulebooks.js';
import { emitText, emitXlsx, outputTarget } from '../output.js';
import { READINESS_SHEET, writeCheckedBatch } from './check-batch.js';
import {
  readinessRows,
  renderReadinessCsv,
  renderReadinessJson,
  renderReadinessMarkdown,
  renderReadinessTable,
} from '../render/readiness.js';

/** The proposals of a batch document `{ proposals: [...] }`, or undefined for one proposal. */
function batchOf(data: unknown): unknown[] | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const proposals = (data as { proposals?: unknown }).proposals;
  return Array.isArray(proposals) ? proposals : undefined;
}

function safeCheck(
  checker: ReadinessChecker,
  input: unknown,
): { success: true; result: ReadinessResult } | { success: false; error: CoreError } {
  try {
    return { success: true, result: checker.check(input) };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}

const help: LocalizedText = {
  id: `Pemakaian: inovasi check <berkas|folder|-> --rulebook <id|berkas> [opsi]

Memeriksa apakah proposal KIPP akan lolos seleksi administrasi sebelum diajukan di SINOVIK,
dan menyebut persis apa yang harus diperbaiki.

Argumen:
  <berkas|folder|->         proposal sebagai JSON atau YAML, satu bundel { "proposals": [...] },
                            tabel CSV/XLSX (satu proposal per baris), folder berisi berkas itu,
                            atau - untuk stdin. Beberapa proposal diperiksa bersama: judul ganda
                            dan kuota per instansi diperiksa lintas proposal.

Opsi:
  --rulebook <id|berkas>    edisinya: kipp-2018 … kipp-2025 (lihat \`inovasi rulebook list\`),
                            atau berkas rulebook sendiri (JSON/YAML) yang boleh memperluas edisi
  --as-of <YYYY-MM-DD>      tanggal aturan dibaca (bawaan: hari ini bila di dalam jendela edisi,
                            selain itu tanggal penutupan pendaftarannya; keluaran menyebutnya)
  --registration-close <YYYY-MM-DD>
                            tanggal penutupan pendaftaran, bila rulebook tidak mengetahuinya
                            atau Anda ingin tanggal lain
  --format <fmt>            table (bawaan), json, md, csv (satu baris per temuan) atau xlsx
                            (perlu --out)
  --out <berkas>            tulis ke berkas ini (bawaan: stdout); menolak berkas yang sudah ada
                            kecuali dengan --force
  --force                   timpa berkas --out
  --stream                  baca, periksa dan tulis satu proposal sekaligus (memori tetap untuk
                            bundel nasional; JSON Lines dengan --format json); judul ganda dan
                            kuota lintas proposal tidak diperiksa. Otomatis untuk .jsonl/.ndjson
  --lang <id|en>            bahasa keluaran (bawaan: id; en juga bila LANG=en*)
  -h, --help                tampilkan bantuan ini

Kode keluar: 0 siap, 1 belum siap, 2 masukan atau pemakaian salah, 3 tidak dapat dipastikan
(perlu telaah manusia).

Contoh:
  inovasi check proposal.json --rulebook kipp-2021 --registration-close 2021-04-30
  inovasi check proposals/ --rulebook kipp-2023 --format md --lang en
  cat bundel.json | inovasi check - --rulebook kipp-2025 --format json
`,
  en: `Usage: inovasi check <file|dir|-> --rulebook <id|file> [options]

Checks whether KIPP proposals would pass administrative selection before they are submitted
in SINOVIK, and says exactly what to fix.

Arguments:
  <file|dir|->              a proposal as JSON or YAML, a batch { "proposals": [...] },
                            a CSV/XLSX table (one proposal per row), a directory of them,
                            or - for stdin. Several proposals are checked together: duplicate
                            titles and quotas per agency are checked across them.

Options:
  --rulebook <id|file>      the edition: kipp-2018 … kipp-2025 (see \`inovasi rulebook list\`),
                            or a custom rulebook file (JSON/YAML) that may extend one
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its registration close; the output says which)
  --registration-close <YYYY-MM-DD>
                            the registration close date, when the rulebook does not know it
                            or you want another one
  --format <fmt>            table (default), json, md, csv (one row per finding) or xlsx
                            (needs --out)
  --out <file>              write to this file (default: stdout); refuses an existing file
                            unless --force
  --force                   overwrite the --out file
  --stream                  read, check and write one proposal at a time (flat memory for
                            national batches; JSON Lines with --format json, the rules and
                            sources once at the top). A repeated title fails as it comes;
                            quotas and first copies come in the summary. On for .jsonl/.ndjson
                            input; with -, stdin may be CSV, JSON Lines or one document
  --lang <id|en>            language of the output (default: id; en also when LANG=en*)
  -h, --help                show this help

Exit codes: 0 ready, 1 not ready, 2 bad input or usage, 3 indeterminate (needs human review).

Examples:
  inovasi check proposal.json --rulebook kipp-2021 --registration-close 2021-04-30
  inovasi check proposals/ --rulebook kipp-2023 --format md --lang en
  cat batch.json | inovasi check - --rulebook kipp-2025 --format json
`,
};

export const checkCommand: Command = {
  name: 'check',
  summary: {
    id: 'periksa kesiapan administrasi proposal KIPP',
    en: 'check KIPP proposals for administrative readiness',
  },
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('check', argv, {
      rulebook: { type: 'string' },
      'as-of': { type: 'string' },
      'registration-close': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      stream: { type: 'boolean' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(t(help));
      return EXIT.ok;
    }
    const format = parseFormat(stringOption(values, 'format'), [
      'table',
      'json',
      'md',
      'csv',
      'xlsx',
    ]);
    const output = outputTarget(values);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    const registrationCloseDate = parseDateOption(
      '--registration-close',
      stringOption(values, 'registration-close'),
      isIsoDate,
    );
    const target = positionals[0];
    if (target === undefined)
      throw new CliError({
        id: 'check: beri berkas proposal, folder, atau - untuk stdin. Lihat `inovasi check --help`.',
        en: 'check: give a proposal file, a directory or - for stdin. See `inovasi check --help`.',
      });
    if (positionals.length > 1)
      throw new CliError({
        id: `check: satu berkas, folder atau - sekaligus; diterima ${positionals.length}.`,
        en: `check: one file, directory or - at a time; got ${positionals.length}.`,
      });
    const rulebookOption = stringOption(values, 'rulebook');
    const { rulebook } = await loadRulebook(
      rulebookOption,
      io,
      await readinessRegistryFor(rulebookOption),
    );
    if (values.stream === true || isJsonLinesPath(target)) {
      if (format === 'xlsx' || output.out !== undefined)
        throw new CliError({
          id: 'check --stream menulis satu baris per proposal ke stdout: pakai --format json, csv atau table tanpa --out (alihkan ke berkas dengan >).',
          en: 'check --stream writes one line per proposal to stdout: use --format json, csv or table without --out (redirect to a file with >).',
        });
      // a long stream runs in a process whose heap stays small (io/stream-restart.ts)
      const restarted = await io.restartForStream?.();
      if (restarted !== undefined) return restarted;
      const streamed = createReadinessChecker(rulebook, {
        ...(asOf !== undefined ? { asOf } : { today: io.today() }),
        ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
      });
      return checkStream(target, io, streamed, format, lang);
    }

    const { documents, errors } = await readDocuments(target, io);
    let exit: number = EXIT.ok;
    const worse = (code: number): void => {
      exit = worstExit(exit, code);
    };
    for (const { error } of errors) {
      io.stderr(describeError(error));
      worse(exitCodeFor(error));
    }
    const checker = createReadinessChecker(rulebook, {
      ...(asOf !== undefined ? { asOf } : { today: io.today() }),
      ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
    });
    // A document may hold one proposal or a batch `{ proposals: [...] }`.
    const names: string[] = [];
    const inputs: unknown[] = [];
    let batchDocument = false;
    for (const doc of documents) {
      const proposals = batchOf(doc.data);
      if (!proposals) {
        names.push(doc.name);
        inputs.push(doc.data);
        continue;
      }
      batchDocument = true;
      proposals.forEach((p, i) => {
        const id = typeof p === 'object' && p !== null ? (p as { id?: unknown }).id : undefined;
        names.push(`${doc.name}#${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`);
        inputs.push(p);
      });
    }
    if (inputs.length === 0) return exit;

    const single =
      inputs.length === 1 &&
      !batchDocument &&
      errors.length === 0 &&
      (target === '-' || names[0] === target);
    if (single) {
      const outcome = safeCheck(checker, inputs[0]);
      if (!outcome.success) {
        io.stderr(describeError(outcome.error, names[0]));
        return worstExit(exit, exitCodeFor(outcome.error));
      }
      const { result } = outcome;
      worse(exitForOutcome(result.outcome));
      const docs = [{ name: names[0] ?? target, result }];
      if (format === 'xlsx')
        await emitXlsx(
          io,
          [{ name: READINESS_SHEET[lang], rows: readinessRows(docs, [], lang) }],
          output,
        );
      else
        await emitText(
          io,
          format === 'json'
            ? renderReadinessJson(result)
            : format === 'csv'
              ? renderReadinessCsv(docs, [], lang)
              : format === 'md'
                ? renderReadinessMarkdown(docs, lang)
                : renderReadinessTable(docs, lang, createPaint(io)),
          output,
        );
      return exit;
    }

    return worstExit(
      exit,
      await writeCheckedBatch(io, checker, inputs, names, format, lang, output),
    );
  },
};
