/**
 * `inovasi iid`: the Indeks Inovasi Daerah of a region file, with what-if, plan and comparison;
 * `inovasi iid predikat <score>`: which band a published score falls in.
 */
import { isIsoDate, type LocalizedText } from '@inovasi/core';
import {
  compareIid,
  computeIid,
  iidEngine,
  whatIf as whatIfOf,
  type IidPredikatAnswer,
  type IidView,
} from '@inovasi/core/iid';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, describeError, EXIT, exitCodeFor, exitForOutcome } from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import { emitText, emitXlsx, outputTarget } from '../output.js';
import { t } from '../messages.js';
import type { CliIo } from '../io.js';
import {
  iidRows,
  renderIidCsv,
  renderIidJson,
  renderIidMarkdown,
  renderIidTable,
  renderPredikat,
  type IidReport,
} from '../render/iid.js';
import { loadRulebook } from '../rulebooks.js';

const help: LocalizedText = {
  id: `Pemakaian: inovasi iid <berkas daerah|-> --rulebook <id|berkas> [opsi]
           inovasi iid predikat <nilai> --rulebook <id> [opsi]

Menghitung Indeks Inovasi Daerah (IID) suatu daerah: nilai SPD, SID dan jumlah inovasi, IID
dengan dua desimal, predikatnya, setiap baris dijelaskan, inovasi yang dikeluarkan beserta
alasannya, dan nilai klaim di samping nilai terverifikasi.

Argumen:
  <berkas daerah|->         data daerah sebagai JSON atau YAML (skema:
                            @inovasi/core/schemas/iid-region.schema.json)
  predikat <nilai>          pita predikat untuk nilai IID yang sudah diumumkan

Opsi:
  --rulebook <id|berkas>    edisinya, mis. iid-2026 (lihat \`inovasi rulebook list\`)
  --as-of <YYYY-MM-DD>      tanggal aturan dibaca (bawaan: hari ini bila di dalam jendela edisi,
                            selain itu hari pertamanya; keluaran menyebutnya)
  --view <claimed|verified> jawaban mana yang dihitung dalam rincian (bawaan: claimed, klaim)
  --what-if                 tambahan nilai dari satu inovasi lagi, dari tiap baris, dari urusan
                            yang belum tercakup, dan rencana menuju predikat berikutnya
  --compare <id>            daerah yang sama di bawah rulebook kedua, dengan apa yang berubah
  --format <fmt>            table (bawaan), json, md, csv (satu baris per baris bernilai) atau
                            xlsx (perlu --out); predikat: table atau json
  --out <berkas>            tulis ke berkas ini (bawaan: stdout); menolak berkas yang sudah ada
                            kecuali dengan --force
  --force                   timpa berkas --out
  --lang <id|en>            bahasa keluaran (bawaan: id; en juga bila LANG=en*)
  -h, --help                tampilkan bantuan ini

Kode keluar: 0 dihitung, 2 masukan atau pemakaian salah, 3 tidak dapat dipastikan (suatu nilai
tahun itu belum diketahui).

Contoh:
  inovasi iid kabupaten.json --rulebook iid-2026 --what-if
  inovasi iid kabupaten.json --rulebook iid-2026 --compare iid-2027 --format md
  inovasi iid predikat 62.5 --rulebook iid-2024 --format json
`,
  en: `Usage: inovasi iid <region file|-> --rulebook <id|file> [options]
       inovasi iid predikat <score> --rulebook <id> [options]

Computes the Regional Innovation Index (Indeks Inovasi Daerah, IID) of a region: SPD, SID and
innovation-count scores, the IID to two decimals, the predikat, every row explained, excluded
innovations with the reason, the claimed score beside the verified one.

Arguments:
  <region file|->           the region as JSON or YAML (schema:
                            @inovasi/core/schemas/iid-region.schema.json)
  predikat <score>          which band a published IID score falls in

Options:
  --rulebook <id|file>      the edition, e.g. iid-2026 (see \`inovasi rulebook list\`)
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its first day; the output says which)
  --view <claimed|verified> which answers count in the breakdown (default: claimed)
  --what-if                 the gain of one more innovation, of each row, of the missing urusan,
                            and a plan to reach the next predikat
  --compare <id>            the same region under a second rulebook, with what changed
  --format <fmt>            table (default), json, md, csv (one line per scored row) or xlsx
                            (needs --out); predikat: table or json
  --out <file>              write to this file (default: stdout); refuses an existing file
                            unless --force
  --force                   overwrite the --out file
  --lang <id|en>            language of the output (default: id; en also when LANG=en*)
  -h, --help                show this help

Exit codes: 0 computed, 2 bad input or usage, 3 indeterminate (a value of the year is unknown).

Examples:
  inovasi iid kabupaten.json --rulebook iid-2026 --what-if
  inovasi iid kabupaten.json --rulebook iid-2026 --compare iid-2027 --format md
  inovasi iid predikat 62.5 --rulebook iid-2024 --format json
`,
};

function parseView(value: string | undefined): IidView {
  if (value === undefined || value === 'claimed') return 'claimed';
  if (value === 'verified') return 'verified';
  throw new CliError({
    id: `--view harus claimed atau verified; diterima "${value}".`,
    en: `--view must be claimed or verified; got "${value}".`,
  });
}

async function predikatCommand(
  positionals: readonly string[],
  values: Parameters<typeof stringOption>[0],
  io: CliIo,
): Promise<number> {
  const text = positionals[1];
  if (text === undefined)
    throw new CliError({
      id: 'iid predikat: beri nilai, mis. `inovasi iid predikat 62.5 --rulebook iid-2024`.',
      en: 'iid predikat: give a score, e.g. `inovasi iid predikat 62.5 --rulebook iid-2024`.',
    });
  // a decimal as written (`62.5`, `62,5`): not `0x41`, `1e1` or `Infinity`, which Number() reads
  const score = /^\s*\d{1,3}(?:[.,]\d+)?\s*$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (!Number.isFinite(score) || score < 0 || score > 100)
    throw new CliError({
      id: `iid predikat: nilai harus angka 0 sampai 100; diterima "${text}".`,
      en: `iid predikat: the score must be a number from 0 to 100; got "${text}".`,
    });
  const format = parseFormat(stringOption(values, 'format'), ['table', 'json']);
  const lang = parseLangOption(stringOption(values, 'lang'));
  const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
  const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
  const answer = iidEngine
    .compile(rulebook, {
      mode: 'predikat',
      ...(asOf !== undefined ? { asOf } : { today: io.today() }),
    })
    .run({ score }) as IidPredikatAnswer;
  io.stdout(renderPredikat(answer, rulebook.id, format === 'json' ? 'json' : 'table', lang));
  return exitForOutcome(answer.outcome);
}

export const iidCommand: Command = {
  name: 'iid',
  summary: {
    id: 'hitung Indeks Inovasi Daerah, predikat, simulasi dan rencana',
    en: 'compute the Regional Innovation Index, what-if and plan',
  },
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('iid', argv, {
      rulebook: { type: 'string' },
      'as-of': { type: 'string' },
      view: { type: 'string' },
      'what-if': { type: 'boolean' },
      compare: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(t(help));
      return EXIT.ok;
    }
    if (positionals[0] === 'predikat') return predikatCommand(positionals, values, io);
    const format = parseFormat(stringOption(values, 'format'), [
      'table',
      'json',
      'md',
      'csv',
      'xlsx',
    ]);
    const output = outputTarget(values);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const view = parseView(stringOption(values, 'view'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    const target = positionals[0];
    if (target === undefined)
      throw new CliError({
        id: 'iid: beri berkas daerah atau - untuk stdin. Lihat `inovasi iid --help`.',
        en: 'iid: give a region file or - for stdin. See `inovasi iid --help`.',
      });
    if (positionals.length > 1)
      throw new CliError({
        id: `iid: satu berkas daerah sekaligus; diterima ${positionals.length}.`,
        en: `iid: one region file at a time; got ${positionals.length}.`,
      });
    const { rulebook, registry } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const compareId = stringOption(values, 'compare');
    const other =
      compareId !== undefined ? (await loadRulebook(compareId, io, registry)).rulebook : undefined;
    const doc = await readDocument(target, io);
    const date = asOf !== undefined ? { asOf } : { today: io.today() };
    const options = { view, ...date };
    let report: IidReport;
    try {
      const result = computeIid(doc.data, rulebook, options);
      const claimed =
        view === 'claimed'
          ? result
          : computeIid(doc.data, rulebook, { ...options, view: 'claimed' });
      report = {
        result,
        ...(values['what-if'] === true ? { whatIf: whatIfOf(claimed, rulebook) } : {}),
        ...(other
          ? {
              comparison: compareIid(doc.data, rulebook, other, {
                view,
                asOfA: result.asOf,
                ...(asOf !== undefined ? { asOfB: asOf } : { today: io.today() }),
              }),
            }
          : {}),
      };
    } catch (error) {
      io.stderr(describeError(error, doc.name));
      return exitCodeFor(error);
    }
    if (format === 'xlsx')
      await emitXlsx(io, [{ name: 'IID', rows: iidRows(report, lang) }], output);
    else
      await emitText(
        io,
        format === 'json'
          ? renderIidJson(report)
          : format === 'md'
            ? renderIidMarkdown(report, lang)
            : format === 'csv'
              ? renderIidCsv(report, lang)
              : renderIidTable(report, lang, createPaint(io)),
        output,
      );
    return exitForOutcome(report.result.outcome);
  },
};
