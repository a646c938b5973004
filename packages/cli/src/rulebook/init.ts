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
