/**
 * `rulebook init`: a commented YAML overlay a city can edit — it extends a national edition and
 * shows, as comments, every parameter and rule it may replace or disable, with the values and
 * sources in force. The file is valid as written.
 */
import { localize } from '@inovasi/core';
import type { ResolvedRulebook } from '@inovasi/core/rulebook';
import { stringify } from 'yaml';

/** What the overlay is called and when it applies. */
export interface OverlayOptions {
  readonly id: string;
  readonly title?: string;
  readonly issuer?: string;
  /** First day the overlay applies (YYYY-MM-DD). */
  readonly from: string;
  readonly to?: string;
}

function comment(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => `${indent}#${line === '' ? '' : ` ${line}`}`)
    .join('\n');
}

function yamlBlock(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * Renders the overlay template.
 *
 * @example
 * ```ts
 * renderOverlayTemplate(builtinRegistry.resolve('kipp-2018'), { id: 'cilegon-lomba-2026', from: '2026-01-01' });
 * ```
 */
export function renderOverlayTemplate(parent: ResolvedRulebook, options: OverlayOptions): string {
  const header = [
    `${options.id}: buku aturan turunan dari ${parent.id} / a rulebook overlay on ${parent.id}`,
    '',
    'Ubah angka dengan menambah parameter bertanggal (nilai + sumber), ganti aturan dengan id yang',
    'sama, atau matikan aturan lewat `disable`. Setiap angka wajib punya sumber (citation, tier A–D).',
    'Change a number by adding a dated parameter (value + source), replace a rule by reusing its id,',
    'or switch one off under `disable`. Every number needs a source (citation, evidence tier A–D).',
    '',
    `Periksa / check:  inovasi rulebook validate ${options.id}.yaml`,
    `Uji / test:       inovasi rulebook test cases.yaml --rulebook ${options.id}.yaml`,
    `Bandingkan / diff: inovasi rulebook diff ${parent.id} ${options.id}.yaml`,
  ];
  const head = {
    id: options.id,
    extends: parent.id,
    title: { id: options.title ?? options.id, en: options.title ?? options.id },
    domain: parent.domain,
    status: 'in-force',
    issuer: options.issuer ?? '(isi nama instansi / fill in the issuing body)',
    effective: { from: options.from, ...(options.to !== undefined ? { to: options.to } : {}) },
  };

  const parameterNotes: string[] = [];
  for (const p of Object.values(parent.parameters)) {
    const latest = p.values.at(-1);
    const now =
      latest === undefined
        ? ''
        : 'value' in latest
          ? `${JSON.stringify(latest.value)} (${latest.source.citation} [${latest.source.tier}])`
          : `unknown: ${typeof latest.unknown === 'string' ? latest.unknown : localize(latest.unknown, 'en')}`;
    parameterNotes.push(
      `- ${p.id} — ${localize(p.title, 'en')}${p.unit ? ` [${p.unit}]` : ''}: ${now}`,
    );
  }
  const known = Object.values(parent.parameters).filter((p) => p.values.some((v) => 'value' in v));
  // A number or a table is a better example than a date.
  const example =
    known.find((p) =>
      p.values.some(
        (v) =>
          'value' in v && !(typeof v.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.value)),
      ),
    ) ?? known[0];
  const exampleValue = example?.values.findLast((v) => 'value' in v);
  const exampleYaml = example
    ? yamlBlock([
        {
          id: example.id,
          title: example.title,
          ...(example.unit ? { unit: example.unit } : {}),
          values: [
            {
              from: options.from,
              value: exampleValue && 'value' in exampleValue ? exampleValue.value : null,
              source: {
                citation: '<the decree or guideline that sets it: its number, year and article>',
                tier: 'C',
              },
            },
          ],
        },
      ])
    : '';

  // The parent's unknowns: each is a decision the region may take, with its own source, so that
  // its overlay reaches a determinate answer honestly (a local decision, not a national rule).
  const read = new Set(parent.rules.flatMap((r) => Object.values(r.parameters)));
  const unknowns = Object.values(parent.parameters).filter((p) => {
    const last = p.values.at(-1);
    return read.has(p.id) && last !== undefined && !('value' in last);
  });
  const decisionYaml = yamlBlock(
    unknowns.map((p) => {
      const last = p.values.at(-1);
      const missing =
        last && 'unknown' in last
          ? typeof last.unknown === 'string'
            ? last.unknown
            : localize(last.unknown, 'id')
          : '';
      return {
        id: p.id,
        title: p.title,
        values: [
          {
            from: options.from,
            value: `<nilai yang diputuskan daerah / the value the region decides> (${missing})`,
            source: {
              citation:
                '<keputusan daerah: nomor dan tahun, mis. Keputusan Kepala Bappeda … / the local decision>',
              tier: 'C',
              note: 'Keputusan daerah, bukan aturan nasional / a local decision, not a national rule',
            },
          },
        ],
      };
    }),
  );
  // Dates kept from a parent edition that ended before the overlay starts.
  const staleDates =
    parent.effective.to !== undefined && parent.effective.to < options.from
      ? Object.values(parent.parameters).flatMap((p) => {
          const last = p.values.findLast((v) => 'value' in v);
          return read.has(p.id) &&
            last &&
            'value' in last &&
            typeof last.value === 'string' &&
            /^\d{4}-\d{2}-\d{2}$/.test(last.value) &&
            last.value < options.from
            ? [{ id: p.id, date: last.value }]
            : [];
        })
      : [];

  const ruleNotes = parent.rules.map((r) => `- ${r.id} (${r.kind}) — ${localize(r.title, 'en')}`);

  return [
    comment(header.join('\n')),
    yamlBlock(head),
    '',
    comment(
      [
        `Parameter ${parent.id} yang berlaku / parameters in force in ${parent.id}:`,
        ...parameterNotes,
        '',
        'Contoh mengganti nilai / example of a new value (uncomment and give the real source):',
      ].join('\n'),
    ),
    exampleYaml === '' ? '' : comment(`parameters:\n${exampleYaml.replace(/^/gm, '  ')}`),
    ...(unknowns.length === 0 && staleDates.length === 0
      ? []
      : [
          '',
          comment(
            [
              `KEPUTUSAN UNTUK DAERAH / DECISIONS FOR THE REGION (${unknowns.length + staleDates.length})`,
              ...staleDates.map(
                (d) =>
                  `! ${d.id} = ${d.date} diwarisi dari ${parent.id}, yang berakhir ${parent.effective.to ?? ''}: tetapkan tanggal sendiri.\n  ${d.id} = ${d.date} is inherited from ${parent.id}, which ended ${parent.effective.to ?? ''}: set your own date.`,
              ),
              ...(unknowns.length > 0
                ? [
                    `${parent.id} tidak mengetahui nilai berikut, sehingga hasilnya "tidak dapat dipastikan".`,
                    'Daerah dapat memutuskannya sendiri: salin ke `parameters`, isi nilai dan sumber keputusan.',
                    `${parent.id} does not know these values, so its answers are "indeterminate". The region`,
                    'may decide them: copy them into `parameters` with the value and the source of the decision.',
                    ...unknowns.map((p) => `- ${p.id} — ${localize(p.title, 'en')}`),
                  ]
                : []),
            ].join('\n'),
          ),
          ...(unknowns.length > 0
            ? [comment(`parameters:\n${decisionYaml.replace(/^/gm, '  ')}`)]
            : []),
        ]),
    'parameters: []',
    '',
    comment(
      [
        `Aturan ${parent.id} / rules of ${parent.id}:`,
        ...ruleNotes,
        '',
        'Ganti aturan dengan id yang sama, atau tambah aturan baru di sini.',
        'Replace a rule by reusing its id, or add new rules here.',
      ].join('\n'),
    ),
    'rules: []',
    '',
    comment(
      [
        'Matikan aturan induk / switch off rules of the parent, e.g.:',
        'disable:',
        `  rules: [${parent.rules[0]?.id ?? 'RULE.ID'}]`,
      ].join('\n'),
    ),
    '',
  ].join('\n');
}
