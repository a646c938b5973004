/**
 * `inovasi rulebook`: list, show, init, validate, diff, test and replay rulebooks — the tools a
 * regional government needs to publish and test its own rules on top of a national edition.
 */
import { dirname, join, resolve } from 'node:path';
import { isIsoDate, localize, type Lang, type LocalizedText } from '@inovasi/core';
import { diffRulebooks, type ResolvedRulebook } from '@inovasi/core/rulebook';
import { CoreError } from '@inovasi/core';
import { builtinRegistry } from '@inovasi/core/registry';
import { parseCommandArgs, stringOption, type Command, type ParsedValues } from '../command.js';
import type { Engine, EngineResult, ReplayInput } from '@inovasi/core/contract';
import type * as ContractModuleNs from '@inovasi/core/contract';
import { CliError, describeError, EXIT, exitCodeFor, worstExit } from '../errors.js';
import {
  createPaint,
  parseDateOption,
  parseFormat,
  parseLangOption,
  type Format,
} from '../format.js';
import { documentLabel, parseText, readDocuments, readSource } from '../input.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { emitText, emitXlsx, outputTarget, writeOutputFile, type OutputTarget } from '../output.js';
import { createProgress } from '../progress.js';
import {
  placeFindings,
  renderRulebook,
  renderRulebookDiff,
  renderNewestEditions,
  renderRulebookList,
  renderValidation,
  rulebookListRows,
} from '../render/rulebook.js';
import { renderRows } from '../render/table.js';
import { casesOf, CaseSchema, type Mismatch } from '../rulebook/cases.js';
import { loadRulebook } from '../rulebooks.js';
import { didYouMean } from '../suggest.js';

type ContractModule = typeof ContractModuleNs;

const SUBCOMMANDS = ['list', 'show', 'init', 'validate', 'diff', 'test', 'replay'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

const help: LocalizedText = {
  id: `Pemakaian: inovasi rulebook <subperintah> [opsi]

Rulebook (buku aturan) adalah aturan satu edisi (kipp-2018 …) sebagai data, tiap angka dengan
dasar hukum dan tingkat buktinya. Kota menulis rulebooknya sendiri sebagai lapisan YAML kecil
di atas edisi nasional.

Subperintah:
  list                        semua rulebook bawaan: mesin, status, jendela, nilai yang belum
                              diketahui
  show <id|berkas>            satu rulebook: dasar hukum, parameter dengan sumber, aturan
  init --extends <id> --id <id-baru> [--out <berkas>]
                              tulis lapisan YAML berkomentar untuk disunting (ke stdout tanpa --out)
  validate <berkas>           periksa berkas rulebook: skema dan makna, dengan berkas:baris:kolom
  diff <a> <b>                apa yang berubah antara dua rulebook (id atau berkas)
  test <kasus…> [--rulebook <id|berkas>]
                              jalankan berkas kasus (name, asOf, input, expected) pada rulebook
  replay <a> <b> <masukan>    jalankan masukan yang sama pada dua rulebook; siapa naik, siapa turun

Opsi:
  --format <fmt>              format keluaran: text (bawaan), json, md; csv dan xlsx (perlu
                              --out) untuk list dan replay
  --lang <id|en>              bahasa keluaran (bawaan: id; en juga bila LANG=en*)
  --extends <id>              (init) rulebook yang menjadi dasar, mis. kipp-2018
  --id <id-baru>              (init) id rulebook baru, mis. cilegon-lomba-2026
  --title <teks>              (init) judulnya
  --issuer <teks>             (init) lembaga penerbit, mis. "Bappeda Kota Cilegon"
  --from <YYYY-MM-DD>         (init) hari pertama berlaku (bawaan: hari ini)
  --out <berkas>              (init, list, replay) tulis ke sini; menolak berkas yang sudah ada
                              kecuali dengan --force
  --force                     timpa berkas --out
  --rulebook <id|berkas>      (test) rulebook untuk kasus yang tidak menyebut rulebook
  --as-of <YYYY-MM-DD>        (replay) baca kedua rulebook pada tanggal ini (bawaan: hari ini bila
                              di dalam jendela tiap edisi, selain itu tanggal acuannya)
  -h, --help                  tampilkan bantuan ini

Kode keluar: 0 berhasil / sah / semua kasus lulus, 1 tidak sah / ada kasus gagal, 2 masukan
atau pemakaian salah (juga: tidak ada kasus sah yang ditemukan).

Lapisan pertama sebuah kota, dari awal sampai akhir:
  inovasi rulebook init --extends kipp-2018 --id cilegon-lomba-2026 --out cilegon.yaml
  inovasi rulebook validate cilegon.yaml
  inovasi rulebook diff kipp-2018 cilegon.yaml
  inovasi rulebook test cases.yaml --rulebook cilegon.yaml
`,
  en: `Usage: inovasi rulebook <subcommand> [options]

Rulebooks are the rules of one edition (kipp-2018 …) as data, each number with its legal
source and evidence tier. A city writes its own as a small YAML overlay on a national edition.

Subcommands:
  list                        every built-in rulebook: engine, status, window, unknown values
  show <id|file>              one rulebook: legal basis, parameters with sources, rules
  init --extends <id> --id <new-id> [--out <file>]
                              write a commented YAML overlay to edit (to stdout without --out)
  validate <file>             check a rulebook file: schema and meaning, with file:line:column
  diff <a> <b>                what changed between two rulebooks (ids or files)
  test <cases…> [--rulebook <id|file>]
                              run case files (name, asOf, input, expected) against a rulebook
  replay <a> <b> <inputs>     run the same inputs under two rulebooks; who gains, who loses

Options:
  --format <fmt>              output format: text (default), json, md; csv and xlsx (needs
                              --out) for list and replay
  --lang <id|en>              language of the output (default: id; en also when LANG=en*)
  --extends <id>              (init) the rulebook to build on, e.g. kipp-2018
  --id <new-id>               (init) the new rulebook's id, e.g. cilegon-lomba-2026
  --title <text>              (init) its title
  --issuer <text>             (init) the issuing body, e.g. "Bappeda Kota Cilegon"
  --from <YYYY-MM-DD>         (init) first day it applies (default: today)
  --out <file>                (init, list, replay) write here; refuses an existing file unless
                              --force
  --force                     overwrite the --out file
  --rulebook <id|file>        (test) the rulebook for cases that do not name one
  --as-of <YYYY-MM-DD>        (replay) read both rulebooks at this date (default: today inside
                              each edition's window, else its reference date)
  -h, --help                  show this help

Exit codes: 0 ok / valid / every case passed, 1 not valid / a case failed, 2 bad input or usage
(also: no valid case found).

A city's first overlay, start to finish:
  inovasi rulebook init --extends kipp-2018 --id cilegon-lomba-2026 --out cilegon.yaml
  inovasi rulebook validate cilegon.yaml
  inovasi rulebook diff kipp-2018 cilegon.yaml
  inovasi rulebook test cases.yaml --rulebook cilegon.yaml
`,
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function list(io: CliIo, format: Format, lang: Lang, output: OutputTarget): Promise<number> {
  const all = builtinRegistry.list();
  if (format === 'xlsx') {
    await emitXlsx(io, [{ name: 'Rulebook', rows: rulebookListRows(all, lang) }], output);
    return EXIT.ok;
  }
  const newest =
    format === 'table' || format === 'md' ? `\n${renderNewestEditions(all, io.today(), lang)}` : '';
  await emitText(
    io,
    format === 'json' ? json(all) : `${renderRulebookList(all, lang, format)}${newest}`,
    output,
  );
  return EXIT.ok;
}

async function show(target: string, io: CliIo, format: Format, lang: Lang): Promise<number> {
  const { rulebook } = await loadRulebook(target, io);
  if (format === 'json') io.stdout(json(rulebook));
  else if (format === 'md') io.stdout(`\`\`\`\n${renderRulebook(rulebook, lang)}\`\`\`\n`);
  else io.stdout(renderRulebook(rulebook, lang));
  return EXIT.ok;
}

async function init(values: ParsedValues, io: CliIo): Promise<number> {
  const parentId = stringOption(values, 'extends');
  const id = stringOption(values, 'id');
  if (parentId === undefined || id === undefined)
    throw new CliError({
      id: 'rulebook init: beri --extends <id> (lihat `inovasi rulebook list`) dan --id <id-baru>, mis. --extends kipp-2018 --id cilegon-lomba-2026.',
      en: 'rulebook init: give --extends <id> (see `inovasi rulebook list`) and --id <new-id>, e.g. --extends kipp-2018 --id cilegon-lomba-2026.',
    });
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new CliError({
      id: `rulebook init: --id "${id}": pakai huruf kecil, angka dan tanda hubung.`,
      en: `rulebook init: --id "${id}": use lower-case letters, digits and dashes.`,
    });
  const { rulebook: parent } = await loadRulebook(parentId, io);
  const from = parseDateOption('--from', stringOption(values, 'from'), isIsoDate) ?? io.today();
  const title = stringOption(values, 'title');
  const issuer = stringOption(values, 'issuer');
  const { renderOverlayTemplate } = await import('../rulebook/init.js');
  const text = renderOverlayTemplate(parent, {
    id,
    from,
    ...(title !== undefined ? { title } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
  });
  const out = stringOption(values, 'out');
  // What the region must decide (dates inherited from an ended edition), said when it is written.
  const warnings = builtinRegistry
    .validate(await parseText(text, `${id}.yaml`))
    .findings.filter((f) => f.severity === 'warning');
  const lang = parseLangOption(stringOption(values, 'lang'));
  for (const f of warnings) io.stderr(`! ${localize(f.message, lang)}\n`);
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  await writeOutputFile(io, out, text, values.force === true);
  io.stderr(
    `${createPaint(io).green('✓')} ${out}: ${id} ${lang === 'id' ? 'turunan dari' : 'extends'} ${parent.id}. ${lang === 'id' ? 'Berikutnya' : 'Next'}: inovasi rulebook validate ${out}\n`,
  );
  return EXIT.ok;
}

async function validate(target: string, io: CliIo, format: Format, lang: Lang): Promise<number> {
  const { name, text } = await readSource(target, io);
  const data = await parseText(text, name);
  const report = builtinRegistry.validate(data);
  const { createLocator } = await import('../positions.js');
  const findings = placeFindings(report.findings, createLocator(text));
  if (format === 'json') io.stdout(json({ file: name, valid: report.valid, findings }));
  else if (findings.length === 0)
    io.stdout(
      `${createPaint(io).green('✓')} ${name}: ${lang === 'id' ? 'buku aturan sah' : 'the rulebook is valid'}\n`,
    );
  else io.stdout(renderValidation(findings, name, lang));
  return report.valid ? EXIT.ok : EXIT.negative;
}

async function diff(a: string, b: string, io: CliIo, format: Format, lang: Lang): Promise<number> {
  const { rulebook: left } = await loadRulebook(a, io);
  const { rulebook: right } = await loadRulebook(b, io);
  const result = diffRulebooks(left, right);
  io.stdout(
    format === 'json'
      ? json(result)
      : renderRulebookDiff(result, lang, format === 'md' ? 'md' : 'table'),
  );
  return EXIT.ok;
}

/** The core's contract (every engine), loaded on first use so other commands start without it. */
async function contract(): Promise<ContractModule> {
  return import('@inovasi/core/contract');
}

/** The engine for a rulebook (every domain has one in the core's contract). */
async function engineFor(rulebook: ResolvedRulebook): Promise<Engine<EngineResult, object>> {
  return (await contract()).engineFor(rulebook.domain);
}

/**
 * A case may bring its own rulebook in `input.overlay` (e.g. a scoring template filled in by a
 * city); the rest of `input` is the input.
 */
function overlayOf(input: unknown): { overlay?: Record<string, unknown>; input: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { input };
  const { overlay, ...rest } = input as { overlay?: unknown };
  if (typeof overlay !== 'object' || overlay === null || Array.isArray(overlay)) return { input };
  return { overlay: overlay as Record<string, unknown>, input: rest };
}

interface CaseReport {
  readonly file: string;
  readonly name: string;
  readonly rulebook: string;
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  readonly error?: string;
}

async function test(
  targets: readonly string[],
  values: ParsedValues,
  io: CliIo,
  format: Format,
  lang: Lang,
): Promise<number> {
  if (targets.length === 0)
    throw new CliError({
      id: 'rulebook test: beri satu atau lebih berkas kasus atau folder.',
      en: 'rulebook test: give one or more case files or directories.',
    });
  const override = stringOption(values, 'rulebook');
  const cache = new Map<string, ResolvedRulebook>();
  const rulebookFor = async (value: string): Promise<ResolvedRulebook> => {
    const cached = cache.get(value);
    if (cached) return cached;
    const { rulebook } = await loadRulebook(value, io);
    cache.set(value, rulebook);
    return rulebook;
  };
  let exit: number = EXIT.ok;
  const reports: CaseReport[] = [];
  const pending: { file: string; raw: unknown }[] = [];
  for (const target of await caseFiles(targets, io)) {
    const { documents, errors } = await readDocuments(target, io);
    for (const { error } of errors) {
      io.stderr(describeError(error));
      exit = worstExit(exit, exitCodeFor(error));
    }
    for (const doc of documents)
      for (const raw of casesOf(doc.data)) pending.push({ file: doc.name, raw });
  }
  const progress = createProgress(io, pending.length, 'rulebook test');
  for (const { file, raw } of pending) {
    progress.tick();
    const parsed = CaseSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      io.stderr(
        `inovasi: ${file}: ${t({ id: 'bukan kasus rulebook', en: 'not a rulebook case' })}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}\n`,
      );
      exit = worstExit(exit, EXIT.badInput);
      continue;
    }
    const c = parsed.data;
    const named = override ?? c.rulebook;
    if (named === undefined)
      throw new CliError({
        id: `${file}: kasus "${c.name}" tidak menyebut rulebook; beri --rulebook <id|berkas>.`,
        en: `${file}: case "${c.name}" names no rulebook; give --rulebook <id|file>.`,
      });
    // A case's own rulebook file is found beside the case file.
    const value =
      override === undefined && /[/\\]|\.(json|ya?ml)$/i.test(named)
        ? join(dirname(file), named)
        : named;
    const { overlay, input } = overlayOf(c.input);
    let rulebook: ResolvedRulebook;
    let error: string | undefined;
    try {
      rulebook = await rulebookFor(value);
      if (overlay !== undefined)
        rulebook = builtinRegistry.with([overlay]).resolve(String(overlay.id));
    } catch (problem) {
      if (!(problem instanceof CoreError)) throw problem;
      reports.push({
        file,
        name: c.name,
        rulebook: value,
        passed: false,
        mismatches: (await contract()).compareCaseError(c.expected, problem),
        error: describeError(problem).trim(),
      });
      continue;
    }
    const outcome = (await contract()).runCase(await engineFor(rulebook), rulebook, {
      ...c,
      input,
    });
    const mismatches: readonly Mismatch[] = outcome.mismatches;
    if ('error' in outcome) error = describeError(outcome.error).trim();
    reports.push({
      file,
      name: c.name,
      rulebook: rulebook.id,
      passed: mismatches.length === 0,
      mismatches,
      ...(error !== undefined ? { error } : {}),
    });
  }
  progress.done();
  const passed = reports.filter((r) => r.passed).length;
  const failed = reports.length - passed;
  if (format === 'json') io.stdout(json({ passed, failed, cases: reports }));
  else {
    const paint = createPaint(io);
    const out: string[] = [];
    for (const r of reports) {
      out.push(
        `${r.passed ? paint.green('✓') : paint.red('✗')} ${r.name} ${paint.dim(`(${r.file}, ${r.rulebook})`)}`,
      );
      for (const m of r.mismatches)
        out.push(
          `    ${m.path}: ${lang === 'id' ? 'diharapkan' : 'expected'} ${JSON.stringify(m.expected)}, ${lang === 'id' ? 'hasil' : 'got'} ${JSON.stringify(m.actual)}`,
        );
      if (r.error && !r.passed) out.push(`    ${r.error.split('\n').join('\n    ')}`);
    }
    out.push(
      t({ id: `${passed} lulus, ${failed} gagal`, en: `${passed} passed, ${failed} failed` }),
    );
    io.stdout(`${out.join('\n')}\n`);
  }
  if (failed > 0) exit = worstExit(exit, EXIT.negative);
  if (reports.length === 0) {
    // nothing was tested: that is not a pass
    io.stderr(
      `inovasi: rulebook test: ${t({
        id: 'tidak ada kasus sah yang ditemukan (setiap kasus perlu name, input dan expected).',
        en: 'no valid case found (each case needs name, input and expected).',
      })}\n`,
    );
    exit = worstExit(exit, EXIT.badInput);
  }
  return exit;
}

/** Case files: the files given, and every .json/.yaml/.yml under the directories given. */
async function caseFiles(targets: readonly string[], io: CliIo): Promise<string[]> {
  const { readdir, stat } = await import('node:fs/promises');
  const out: string[] = [];
  const walk = async (path: string, top: boolean): Promise<void> => {
    const info =
      path === '-' ? undefined : await stat(resolve(io.cwd, path)).catch(() => undefined);
    if (!info?.isDirectory()) {
      if (top || /\.(json|ya?ml)$/i.test(path)) out.push(path);
      return;
    }
    for (const name of (await readdir(resolve(io.cwd, path))).sort())
      await walk(join(path, name), false);
  };
  for (const target of targets) await walk(target, true);
  return out;
}

async function replay(
  a: string,
  b: string,
  inputs: string,
  values: ParsedValues,
  io: CliIo,
  format: Format,
  lang: Lang,
): Promise<number> {
  const { rulebook: left } = await loadRulebook(a, io);
  const { rulebook: right } = await loadRulebook(b, io);
  if (left.domain !== right.domain)
    throw new CliError({
      id: `rulebook replay: ${left.id} untuk ${left.domain} tetapi ${right.id} untuk ${right.domain}; bandingkan dua rulebook dari satu mesin.`,
      en: `rulebook replay: ${left.id} is for ${left.domain} but ${right.id} is for ${right.domain}; compare two rulebooks of one engine.`,
    });
  const engine = await engineFor(left);
  const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
  // both rulebooks under the core's date policy: each edition at its own date unless --as-of
  const date = asOf !== undefined ? { asOf } : { today: io.today() };
  const before = engine.compile(left, date);
  const after = engine.compile(right, date);
  const { documents, errors } = await readDocuments(inputs, io);
  let exit: number = EXIT.ok;
  for (const { error } of errors) {
    io.stderr(describeError(error));
    exit = worstExit(exit, exitCodeFor(error));
  }
  const items: ReplayInput[] = documents.map((doc) => ({
    name: documentLabel(doc),
    input: doc.data,
  }));
  const progress = createProgress(io, items.length, 'rulebook replay');
  const result = (await contract()).replay(before, after, items);
  progress.done();
  for (const row of result.rows)
    for (const problem of row.errors ?? []) {
      io.stderr(
        describeError(
          new CoreError(problem.code as CoreError['code'], problem.message, problem.issues),
          `${row.input} (${problem.side === 'before' ? left.id : right.id})`,
        ),
      );
      exit = worstExit(exit, exitCodeFor(new CoreError(problem.code as CoreError['code'], '')));
    }
  const shown = result.rows.filter((r) => r.change !== 'not-run');
  // nothing replayed and the reasons on stderr: an empty report would read as "no change"
  if (shown.length === 0 && exit !== EXIT.ok) return exit;
  const output = outputTarget(values);
  const rows = [
    [
      lang === 'id' ? 'masukan' : 'input',
      left.id,
      right.id,
      lang === 'id' ? 'perubahan' : 'change',
    ],
    ...shown.map((r) => [
      r.input,
      r.before ? localize(r.before.statusText, lang) : '',
      r.after ? localize(r.after.statusText, lang) : '',
      localize(r.changeText, lang),
    ]),
  ];
  if (format === 'json') await emitText(io, json(result), output);
  else if (format === 'xlsx') await emitXlsx(io, [{ name: 'Replay', rows }], output);
  else {
    let text = renderRows(rows, format);
    if (format === 'table') {
      const { contractMessages } = await contract();
      const changes = ['unchanged', 'gains', 'loses', 'changes'] as const;
      const asOf = lang === 'id' ? 'per' : 'as of';
      text += `${changes
        .map((c) => `${result.counts[c]} ${localize(contractMessages[c](), lang)}`)
        .join(', ')} (${left.id} ${asOf} ${before.asOf}; ${right.id} ${asOf} ${after.asOf})\n`;
    }
    await emitText(io, text, output);
  }
  return exit;
}

function need(sub: Sub, args: readonly (string | undefined)[], what: LocalizedText): string[] {
  if (args.some((a) => a === undefined))
    throw new CliError({
      id: `rulebook ${sub}: beri ${what.id}. Lihat \`inovasi rulebook --help\`.`,
      en: `rulebook ${sub}: give ${what.en}. See \`inovasi rulebook --help\`.`,
    });
  return args as string[];
}

/** The `rulebook` command. */
export const rulebookCommand: Command = {
  name: 'rulebook',
  summary: {
    id: 'daftar, tampilkan, tulis, validasi, bandingkan dan uji rulebook (buku aturan)',
    en: 'list, show, write, validate, diff and test rulebooks',
  },
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('rulebook', argv, {
      format: { type: 'string' },
      lang: { type: 'string' },
      extends: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      issuer: { type: 'string' },
      from: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      rulebook: { type: 'string' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    const [sub, ...args] = positionals;
    if (values.help === true || sub === undefined) {
      io.stdout(t(help));
      return values.help === true ? EXIT.ok : EXIT.badInput;
    }
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new CliError({
        id: `rulebook: subperintah tidak dikenal "${sub}".${didYouMean(sub, SUBCOMMANDS)} Subperintah: ${SUBCOMMANDS.join(', ')}.`,
        en: `rulebook: unknown subcommand "${sub}".${didYouMean(sub, SUBCOMMANDS)} Subcommands: ${SUBCOMMANDS.join(', ')}.`,
      });
    const lang = parseLangOption(stringOption(values, 'lang'));
    const raw = stringOption(values, 'format');
    const allowed: Record<Sub, readonly Format[]> = {
      list: ['table', 'json', 'csv', 'md', 'xlsx'],
      show: ['table', 'json', 'md'],
      init: ['table'],
      validate: ['table', 'json'],
      diff: ['table', 'json', 'md'],
      test: ['table', 'json'],
      replay: ['table', 'json', 'csv', 'md', 'xlsx'],
    };
    const format = parseFormat(raw, allowed[sub as Sub]);
    const arity: Partial<Record<Sub, number>> = {
      list: 0,
      show: 1,
      init: 0,
      validate: 1,
      diff: 2,
      replay: 3,
    };
    const expected = arity[sub as Sub];
    if (expected !== undefined && args.length > expected)
      throw new CliError({
        id: `rulebook ${sub}: argumen tak terduga "${args[expected] ?? ''}".`,
        en: `rulebook ${sub}: unexpected argument "${args[expected] ?? ''}".`,
      });
    switch (sub as Sub) {
      case 'list':
        return list(io, format, lang, outputTarget(values));
      case 'show':
        return show(
          need('show', [args[0]], {
            id: 'id atau berkas rulebook',
            en: 'a rulebook id or file',
          })[0] ?? '',
          io,
          format,
          lang,
        );
      case 'init':
        return init(values, io);
      case 'validate':
        return validate(
          need('validate', [args[0]], {
            id: 'berkas rulebook (JSON atau YAML)',
            en: 'a rulebook file (JSON or YAML)',
          })[0] ?? '',
          io,
          format,
          lang,
        );
      case 'diff': {
        const [a = '', b = ''] = need('diff', [args[0], args[1]], {
          id: 'dua rulebook (id atau berkas)',
          en: 'two rulebooks (ids or files)',
        });
        return diff(a, b, io, format, lang);
      }
      case 'test':
        return test(args, values, io, format, lang);
      case 'replay': {
        const [a = '', b = '', inputs = ''] = need('replay', [args[0], args[1], args[2]], {
          id: 'dua rulebook dan masukannya (berkas, folder atau -)',
          en: 'two rulebooks and the inputs (a file, a directory or -)',
        });
        return replay(a, b, inputs, values, io, format, lang);
      }
    }
  },
};
