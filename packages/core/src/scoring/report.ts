/**
 * The transparency report: one Markdown document generated from the configuration and the
 * results — method, weights, scales, normalisation, tie-breaks, quotas, the ranking with every
 * decision explained, agreement, robustness — ready to publish. Pure: result in, string out.
 *
 * @module
 */
import { escapeMarkdown, codeSpan } from '../shared/markdown.js';
import { formatNumber, type Lang, type LocalizedText } from '../shared/i18n.js';
import type { ScoringResult, SlotReading, StageResult } from './score.js';
import { completeRubric } from './score.js';
import { describeScale } from './sheet.js';

// every text that may come from a user or a custom rulebook is escaped (no raw HTML, no links)
const t = (text: LocalizedText, lang: Lang): string => escapeMarkdown(text[lang]);
const cell = escapeMarkdown;

function num(x: number | null | undefined, lang: Lang): string {
  return x === null || x === undefined ? '—' : formatNumber(x, lang);
}

function slotLine<T>(
  reading: SlotReading<T>,
  lang: Lang,
  show: (value: T) => string,
  absent: string,
): string {
  switch (reading.status) {
    case 'known': {
      const src = reading.basis.source;
      return `${show(reading.value)}${src ? ` — ${src.citation} (Tier ${src.tier})` : ''}`;
    }
    case 'default':
      return `${show(reading.value)} (${lang === 'id' ? 'bawaan inovasi' : 'inovasi default'})`;
    case 'unknown':
      return `**${lang === 'id' ? 'tidak diketahui' : 'unknown'}**: ${t(reading.missing, lang)}`;
    case 'absent':
      return absent;
  }
}

function stageSection(stage: StageResult, lang: Lang, seed: string): string[] {
  const L = (id: string, en: string): string => (lang === 'id' ? id : en);
  const d = stage.definition;
  const out: string[] = [`## ${t(stage.title, lang)} (${codeSpan(stage.stage)})`, ''];
  out.push(`### ${L('Metode', 'Method')}`, '');
  const rubric = completeRubric(d);
  out.push(
    `- ${L('Skala', 'Scale')}: ${rubric ? describeScale(rubric.scale) : slotLine(d.scale, lang, describeScale, L('tidak diketahui', 'unknown'))}`,
  );
  out.push(
    `- ${L('Agregasi, normalisasi, konflik', 'Aggregation, normalisation, conflicts')}: ${slotLine(
      d.method,
      lang,
      (mth) =>
        `${mth.aggregation.kind}${mth.aggregation.kind === 'trimmed-mean' ? ` (trim ${mth.aggregation.trim})` : ''}; ${mth.normalisation.kind}; ${L('lembar minimal', 'minimum sheets')} ${mth.minimumSheets}; ${L('instansi sama', 'same agency')} ${mth.conflicts.sameAgency ? L('dikecualikan', 'excluded') : L('boleh', 'allowed')}, ${L('daerah sama', 'same region')} ${mth.conflicts.sameRegion ? L('dikecualikan', 'excluded') : L('boleh', 'allowed')}`,
      '—',
    )}`,
  );
  out.push(
    `- ${L('Gabungan tahap', 'Stage combination')}: ${slotLine(
      d.combine,
      lang,
      (c) =>
        [
          `${L('tahap ini', 'this stage')} ${num(c.own * 100, lang)} %`,
          ...c.from.map((f) => `${escapeMarkdown(f.stage)} ${num(f.weight * 100, lang)} %`),
        ].join(' + '),
      L('hanya tahap ini', 'this stage only'),
    )}`,
  );
  out.push(
    `- ${L('Kelolosan', 'Advancement')}: ${slotLine(
      d.advancement,
      lang,
      (a) => {
        const r = a.rule;
        const rule =
          r.kind === 'top'
            ? `top ${r.n}`
            : r.kind === 'passing-grade'
              ? `${L('nilai ambang', 'passing grade')} ≥ ${num(r.min, lang)}`
              : r.kind === 'percentile'
                ? `top ${num(r.top, lang)} %`
                : L('semua lanjut', 'everyone goes on');
        const quotas = a.quotas.map(
          (q) =>
            `${t(q.label, lang)} (${escapeMarkdown(q.field)}${q.value !== undefined ? `=${q.value}` : ''}${q.min !== undefined ? `, min ${q.min}` : ''}${q.max !== undefined ? `, max ${q.max}` : ''})`,
        );
        return `${rule}${quotas.length > 0 ? `; ${L('kuota', 'quotas')}: ${quotas.join('; ')}` : ''}${a.borderline !== undefined ? `; ${L('batas tinjau', 'borderline')} ±${num(a.borderline, lang)}` : ''}`;
      },
      L('tanpa batas: semua lanjut', 'no cut: everyone goes on'),
    )}`,
  );
  out.push(
    `- ${L('Penentu skor sama', 'Tie-breaks')}: ${slotLine(
      d.tieBreaks,
      lang,
      (chain) =>
        [
          ...chain.map((tb) =>
            tb.by === 'criterion'
              ? `${L('nilai', 'score on')} ${escapeMarkdown(tb.criterion)}`
              : tb.by === 'fewer-missing'
                ? L('lembar hilang lebih sedikit', 'fewer missing sheets')
                : `${L('undian berbenih', 'seeded draw')} ("${escapeMarkdown(seed)}")`,
          ),
        ].join(' → '),
      '—',
    )}`,
    '',
  );
  if (d.rubric.status === 'known') {
    out.push(`### ${L('Rubrik', 'Rubric')}`, '');
    out.push(
      `| ${L('Kriteria', 'Criterion')} | ${L('Bobot', 'Weight')} | ${L('Dihitung', 'Counted')} | ${L('Minimum', 'Minimum')} |`,
      '|---|---:|---|---:|',
    );
    for (const c of d.rubric.value.criteria)
      out.push(
        `| ${t(c.label, lang)} (${codeSpan(c.id)}) | ${num(c.weight, lang)} | ${c.counted ? L('ya', 'yes') : L('tidak', 'no')} | ${num(c.minimum, lang)} |`,
      );
    out.push('');
  } else if (d.rubric.status === 'unknown') {
    out.push(
      `### ${L('Rubrik', 'Rubric')}`,
      '',
      `${L('Tidak diketahui', 'Unknown')}: ${t(d.rubric.missing, lang)}`,
      '',
    );
  }
  out.push(`### ${L('Peringkat', 'Ranking')}`, '');
  out.push(
    `| # | ${L('Peserta', 'Entry')} | ${L('Skor', 'Score')} | ${L('Lembar', 'Sheets')} | ${L('Keputusan', 'Decision')} | ${L('Alasan', 'Why')} |`,
    '|---:|---|---:|---:|---|---|',
  );
  for (const e of stage.entries) {
    const decision =
      e.decision === 'advance'
        ? L('lolos', 'in')
        : e.decision === 'out'
          ? L('tidak lolos', 'out')
          : L('tinjau', 'review');
    out.push(
      `| ${e.rank ?? '—'} | ${e.title !== undefined ? `${cell(e.title)} (${cell(e.entry)})` : cell(e.entry)} | ${num(e.score, lang)} | ${e.sheets.filter((s) => s.status === 'counted').length} | ${decision} | ${e.reasons.map((r) => t(r, lang)).join('; ')} |`,
    );
  }
  out.push('');
  if (stage.quotas.length > 0) {
    out.push(
      `### ${L('Kuota', 'Quotas')}`,
      '',
      `| ${L('Kuota', 'Quota')} | ${L('Nilai', 'Value')} | min | max | ${L('Terpilih', 'Selected')} | ${L('Terpenuhi', 'Met')} |`,
      '|---|---|---:|---:|---:|---|',
    );
    for (const q of stage.quotas)
      out.push(
        `| ${escapeMarkdown(q.quota)} | ${cell(q.value)} | ${q.min ?? '—'} | ${q.max ?? '—'} | ${q.selected} | ${q.met ? L('ya', 'yes') : L('tidak', 'no')} |`,
      );
    out.push('');
  }
  out.push(`### ${L('Kesepakatan juri', 'Judge agreement')}`, '');
  out.push(
    `- Krippendorff's alpha (${L('total', 'totals')}): ${num(stage.agreement.overall, lang)}`,
  );
  for (const c of stage.agreement.criteria)
    out.push(`- alpha ${codeSpan(c.criterion)}: ${num(c.alpha, lang)}`);
  for (const j of stage.agreement.judges) {
    const flags = [
      j.flat ? L('nilai seragam', 'flat scores') : '',
      j.disagrees ? L('berbeda jauh dari panel', 'disagrees with the panel') : '',
    ].filter(Boolean);
    out.push(
      `- ${L('Juri', 'Judge')} ${escapeMarkdown(j.judge)}: ${j.sheets} ${L('lembar', 'sheets')}, r = ${num(j.correlationWithPanel, lang)}${flags.length > 0 ? ` — **${flags.join(', ')}**` : ''}`,
    );
  }
  out.push('');
  if (stage.robustness) {
    const r = stage.robustness;
    out.push(
      `### ${L('Ketahanan peringkat', 'Robustness')}`,
      '',
      `${L('Skenario', 'Scenarios')}: ${r.scenarios.join(', ')}; bootstrap ${r.resamples} ${L('sampel juri', 'judge resamples')} (seed "${escapeMarkdown(r.seed)}").`,
      '',
    );
    const close = r.entries.filter((e) => e.tooCloseToCall);
    out.push(
      close.length === 0
        ? L(
            'Tidak ada peserta yang terlalu dekat untuk diputuskan di batas.',
            'No entry is too close to call at the cut.',
          )
        : `${L('Terlalu dekat untuk diputuskan', 'Too close to call')}: ${close
            .map((e) =>
              r.grade !== undefined && e.bootstrapScores
                ? `${escapeMarkdown(e.entry)} (${L('skor', 'score')} ${num(e.bootstrapScores.low, lang)}–${num(e.bootstrapScores.high, lang)} ${L('vs ambang', 'vs grade')} ${num(r.grade, lang)})`
                : `${escapeMarkdown(e.entry)} (${L('peringkat', 'rank')} ${e.bootstrapRanks ? `${e.bootstrapRanks.low}–${e.bootstrapRanks.high}` : `${e.scenarioRanks.best}–${e.scenarioRanks.worst}`})`,
            )
            .join(', ')}`,
      '',
    );
  }
  return out;
}

/**
 * Renders the transparency report of a scoring result as Markdown.
 *
 * @example
 * ```ts
 * const md = renderScoringMarkdown(result, 'id');
 * md.startsWith('# '); // true
 * ```
 */
export function renderScoringMarkdown(result: ScoringResult, lang: Lang): string {
  const L = (id: string, en: string): string => (lang === 'id' ? id : en);
  const out: string[] = [
    `# ${L('Laporan penilaian', 'Scoring report')}: ${t(result.rulebook.title, lang)}`,
    '',
    `- ${L('Aturan', 'Rulebook')}: ${codeSpan(result.rulebook.id)}${result.rulebook.chain.length > 1 ? ` (${result.rulebook.chain.join(' → ')})` : ''}`,
    `- ${L('Tanggal acuan', 'As of')}: ${result.asOf}`,
    `- ${L('Status', 'Status')}: ${t(result.statusText, lang)}`,
    `- ${L('Benih undian', 'Draw seed')}: "${result.seed}"`,
    `- ${L('Lolos tahap akhir', 'Through the last stage')}: ${result.final.length}`,
    '',
  ];
  for (const stage of result.stages) out.push(...stageSection(stage, lang, result.seed));
  if (result.findings.length > 0) {
    out.push(
      `## ${L('Temuan', 'Findings')}`,
      '',
      `| ${L('Tingkat', 'Severity')} | ${L('Kode', 'Code')} | ${L('Pesan', 'Message')} |`,
      '|---|---|---|',
    );
    for (const f of result.findings)
      out.push(`| ${f.severity} | ${codeSpan(f.code)} | ${t(f.message, lang)} |`);
    out.push('');
  }
  out.push(
    `## ${L('Masa sanggah', 'Objection window')}`,
    '',
    L(
      'Hasil ini dapat disanggah sesuai jadwal penyelenggara (KIPP: uji publik sekitar 5 hari kalender setelah pengumuman). Sertakan id peserta dan kode temuan dalam sanggahan.',
      "These results may be challenged within the organiser's window (KIPP: a public test of about 5 calendar days after the announcement). Quote the entry id and finding codes in an objection.",
    ),
    '',
  );
  return out.join('\n');
}
