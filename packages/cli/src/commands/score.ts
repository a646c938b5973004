/**
 * `inovasi score`: rank a competition's entries from the judges' sheets, stage by stage.
 */
import { isIsoDate, type LocalizedText } from '@inovasi/core';
import { safeScorePanel, sheetsFromTable } from '@inovasi/core/scoring';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, EXIT, exitCodeFor, exitForOutcome, describeError } from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import { t } from '../messages.js';
import { emitText, emitXlsx, outputTarget } from '../output.js';
import { loadRulebook } from '../rulebooks.js';
import {
  renderScoringCsv,
  renderScoringJson,
  renderScoringReport,
  renderScoringTable,
  scoringRows,
} from '../render/scoring.js';
import { isTablePath, readTable } from '../tabular.js';

const help: LocalizedText = {
  id: `Pemakaian: inovasi score <berkas panel|-> --rulebook <id|berkas> [opsi]

Menilai dan memeringkat peserta lomba inovasi dari lembar nilai juri, tahap demi tahap:
konflik kepentingan, lembar yang hilang, normalisasi, agregasi, penentu seri, kuota,
kesepakatan juri dan ketahanan hasil; setiap angka dijelaskan.

Argumen:
  <berkas panel|->          peserta, juri dan lembar nilai sebagai JSON atau YAML (- untuk stdin)

Opsi:
  --rulebook <id|berkas>    aturan penilaian, mis. banten-kompetisi-2024 (lihat
                            \`inovasi rulebook list\`), atau berkas rulebook sendiri
  --sheets <berkas>         lembar nilai dari lembar kerja (CSV, TSV atau XLSX): kolom
                            juri, peserta, tahap dan komentar (opsional), lalu satu kolom per
                            kriteria; ditambahkan ke lembar nilai panel
  --worksheet <nama>        sheet XLSX yang dibaca (bawaan: yang pertama)
  --as-of <YYYY-MM-DD>      tanggal aturan dibaca (bawaan: hari ini bila di dalam jendela edisi,
                            selain itu hari pertamanya; keluaran menyebutnya)
  --resamples <n>           jumlah resampel bootstrap untuk uji ketahanan (bawaan 200; 0 mematikan)
  --format <fmt>            table (bawaan), json, csv (peringkat, satu baris per peserta dan
                            tahap), xlsx (perlu --out) atau md (laporan transparansi)
  --report md               sama dengan --format md
  --out <berkas>            tulis ke berkas ini (bawaan: stdout); menolak berkas yang sudah ada
                            kecuali dengan --force
  --force                   timpa berkas --out
  --lang <id|en>            bahasa keluaran (bawaan: id; en juga bila LANG=en*)
  -h, --help                tampilkan bantuan ini

Kode keluar: 0 dinilai, 2 masukan atau pemakaian salah (setiap lembar dan kriteria yang salah
disebut), 3 tidak dapat dipastikan (peserta atau aturan perlu telaah manusia).

Contoh:
  inovasi score panel.json --rulebook kota-metro-2027-judul
  inovasi score panel.yaml --sheets nilai.csv --rulebook banten-kompetisi-2024 --format md
`,
  en: `Usage: inovasi score <panel file|-> --rulebook <id|file> [options]

Ranks the entries of an innovation competition from the judges' score sheets, stage by stage:
conflicts of interest, missing sheets, normalisation, aggregation, tie-breaks, quotas, judge
agreement and robustness, every number explained.

Arguments:
  <panel file|->            entries, judges and sheets as JSON or YAML (- for stdin)

Options:
  --rulebook <id|file>      the scoring rules, e.g. banten-kompetisi-2024 (see
                            \`inovasi rulebook list\`), or a custom rulebook file that may extend one
  --sheets <file>           score sheets from a spreadsheet (CSV, TSV or XLSX): columns
                            juri/judge, peserta/entry, optional tahap/stage and komentar/comment,
                            then one column per criterion; they are added to the panel's sheets
  --worksheet <name>        the XLSX sheet to read (default: the first)
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its first day; the output says which)
  --resamples <n>           bootstrap resamples for robustness (default 200; 0 turns it off)
  --format <fmt>            table (default), json, csv (the ranking, one row per entry and
                            stage), xlsx (needs --out) or md (the transparency report)
  --report md               the same as --format md
  --out <file>              write to this file (default: stdout); refuses an existing file
                            unless --force
  --force                   overwrite the --out file
  --lang <id|en>            language of the output (default: id; en also when LANG=en*)
  -h, --help                show this help

Exit codes: 0 scored, 2 bad input or usage (every bad sheet and criterion is listed),
3 indeterminate (an entry or a rule needs human review).

Examples:
  inovasi score panel.json --rulebook kota-metro-2027-judul
  inovasi score panel.yaml --sheets nilai.csv --rulebook banten-kompetisi-2024 --format md
`,
};

export const scoreCommand: Command = {
  name: 'score',
  summary: {
    id: 'nilai dan peringkat peserta lomba inovasi',
    en: 'score and rank competition entries',
  },
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('score', argv, {
      rulebook: { type: 'string' },
      sheets: { type: 'string' },
      worksheet: { type: 'string' },
      'as-of': { type: 'string' },
      resamples: { type: 'string' },
      format: { type: 'string' },
      report: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(t(help));
      return EXIT.ok;
    }
    const report = stringOption(values, 'report');
    if (report !== undefined && report !== 'md')
      throw new CliError({
        id: `--report harus md; diterima "${report}".`,
        en: `--report must be md; got "${report}".`,
      });
    const format =
      report === 'md'
        ? 'md'
        : parseFormat(stringOption(values, 'format'), ['table', 'json', 'md', 'csv', 'xlsx']);
    const output = outputTarget(values);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    const resamplesText = stringOption(values, 'resamples');
    const resamples = resamplesText === undefined ? undefined : Number(resamplesText);
    if (
      resamples !== undefined &&
      !(Number.isInteger(resamples) && resamples >= 0 && resamples <= 10_000)
    )
      throw new CliError({
        id: `--resamples harus bilangan bulat 0 sampai 10000; diterima "${resamplesText ?? ''}".`,
        en: `--resamples must be a whole number from 0 to 10000; got "${resamplesText ?? ''}".`,
      });
    const target = positionals[0];
    if (target === undefined)
      throw new CliError({
        id: 'score: beri berkas panel atau - untuk stdin. Lihat `inovasi score --help`.',
        en: 'score: give a panel file or - for stdin. See `inovasi score --help`.',
      });
    if (positionals.length > 1)
      throw new CliError({
        id: `score: satu berkas panel sekaligus; diterima ${positionals.length}.`,
        en: `score: one panel file at a time; got ${positionals.length}.`,
      });
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const doc = await readDocument(target, io);
    let panel = doc.data;
    const sheetsPath = stringOption(values, 'sheets');
    if (sheetsPath !== undefined) {
      if (!isTablePath(sheetsPath))
        throw new CliError({
          id: `--sheets: ${sheetsPath} bukan berkas .csv, .tsv atau .xlsx.`,
          en: `--sheets: ${sheetsPath} is not a .csv, .tsv or .xlsx file.`,
        });
      const worksheet = stringOption(values, 'worksheet');
      const { sheets, issues } = sheetsFromTable(
        await readTable(sheetsPath, io, worksheet !== undefined ? { sheet: worksheet } : {}),
      );
      if (issues.length > 0)
        throw new CliError(
          {
            id: `${sheetsPath}: lembar nilai tidak dapat dibaca.`,
            en: `${sheetsPath}: the score sheets cannot be read.`,
          },
          issues,
        );
      if (typeof panel !== 'object' || panel === null || Array.isArray(panel))
        throw new CliError({
          id: `${doc.name}: seharusnya objek panel berisi peserta (entries) dan juri (judges).`,
          en: `${doc.name}: expected a panel object with entries and judges.`,
        });
      const given = (panel as { sheets?: unknown }).sheets;
      panel = {
        ...panel,
        sheets: [...(Array.isArray(given) ? (given as unknown[]) : []), ...sheets],
      };
    }
    const outcome = safeScorePanel(panel, rulebook, {
      ...(asOf !== undefined ? { asOf } : { today: io.today() }),
      ...(resamples !== undefined ? { resamples } : {}),
    });
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      return exitCodeFor(outcome.error);
    }
    const result = outcome.result;
    if (format === 'xlsx')
      await emitXlsx(
        io,
        [{ name: lang === 'id' ? 'Peringkat' : 'Ranking', rows: scoringRows(result, lang) }],
        output,
      );
    else
      await emitText(
        io,
        format === 'json'
          ? renderScoringJson(result)
          : format === 'md'
            ? renderScoringReport(result, lang)
            : format === 'csv'
              ? renderScoringCsv(result, lang)
              : renderScoringTable(result, lang, createPaint(io)),
        output,
      );
    return exitForOutcome(result.outcome);
  },
};
