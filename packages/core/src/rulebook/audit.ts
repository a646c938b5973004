/**
 * The source audit of a rulebook: every value (and every source inside a value, such as a pot's
 * or a tranche's), every rule and every legal basis, with its evidence tier and citation. A tier
 * A or B source must be traceable: a URL, or a document reference (a regulation, letter or
 * announcement number, or an article title in quotes). `inovasi rulebook audit` prints it; a test
 * over every built-in rulebook fails on an untraceable tier-A/B source.
 *
 * @module
 */
import type { LocalizedText } from '../shared/i18n.js';
import type { EvidenceTier, Source } from '../shared/source.js';
import type { ResolvedRulebook } from './resolve.js';

/** One audited source. */
export interface AuditEntry {
  readonly rulebook: string;
  /** Where the source sits, e.g. `legalBasis[0]`, `if.pots@2024-01-01`, `if.pots@2024-01-01 value[3].source`, `rule IF.POTS`. */
  readonly where: string;
  /** For a parameter value: `value` or `unknown` (with what is missing). */
  readonly kind: 'legal-basis' | 'value' | 'unknown' | 'nested' | 'rule';
  readonly tier: EvidenceTier | null;
  readonly citation: string | null;
  readonly url?: string;
  readonly missing?: LocalizedText | string;
  /** Set when a tier-A/B source has neither a URL nor a document reference. */
  readonly problem?: 'UNTRACEABLE';
}

// A regulation, decree, letter or announcement with its number, or an article title in quotes.
const DOCUMENT_REFERENCE =
  /\b(UU|Undang-Undang|PP|Perpres|Peraturan|PMK|KMK|Permendagri|Kepmendagri|PermenPANRB|KepmenPANRB|Pedoman|Surat|Pengumuman|Keputusan)\b[^;]*\d|["“][^"”]{8,}["”]/i;

/**
 * Is a source traceable: a URL, or a document reference in its citation? Tiers C and D are always
 * accepted (they say themselves how weak they are).
 *
 * @example
 * ```ts
 * isTraceable({ citation: 'PMK 43 Tahun 2024, Pasal 26', tier: 'A' }); // true
 * isTraceable({ citation: 'a ministry release', tier: 'A' }); // false
 * ```
 */
export function isTraceable(source: Source): boolean {
  if (source.tier === 'C' || source.tier === 'D') return true;
  return source.url !== undefined || DOCUMENT_REFERENCE.test(source.citation);
}

function isSource(x: unknown): x is Source {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { citation?: unknown }).citation === 'string' &&
    typeof (x as { tier?: unknown }).tier === 'string'
  );
}

function nestedSources(value: unknown, path: string, out: [string, Source][]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      nestedSources(v, `${path}[${i}]`, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (isSource(v)) out.push([at, v]);
      else nestedSources(v, at, out);
    }
  }
}

function entry(
  rulebook: string,
  where: string,
  kind: AuditEntry['kind'],
  source: Source | undefined,
  missing?: LocalizedText | string,
): AuditEntry {
  return {
    rulebook,
    where,
    kind,
    tier: source?.tier ?? null,
    citation: source?.citation ?? null,
    ...(source?.url !== undefined ? { url: source.url } : {}),
    ...(missing !== undefined ? { missing } : {}),
    ...(source && !isTraceable(source) ? { problem: 'UNTRACEABLE' as const } : {}),
  };
}

/**
 * Lists every source of a resolved rulebook: its legal basis, every dated parameter value (or
 * what is missing), every source inside a value, and every rule.
 *
 * @example
 * ```ts
 * const entries = auditRulebook(builtinRegistry.resolve('insentif-fiskal-2024'));
 * entries.filter((e) => e.problem).length; // 0
 * ```
 */
export function auditRulebook(rulebook: ResolvedRulebook): AuditEntry[] {
  const id = rulebook.id;
  const out: AuditEntry[] = rulebook.legalBasis.map((s, i) =>
    entry(id, `legalBasis[${i}]`, 'legal-basis', s),
  );
  for (const parameter of Object.values(rulebook.parameters)) {
    for (const v of parameter.values) {
      const where = `${parameter.id}@${v.from}`;
      if ('unknown' in v) out.push(entry(id, where, 'unknown', v.source, v.unknown));
      else {
        out.push(entry(id, where, 'value', v.source));
        const nested: [string, Source][] = [];
        nestedSources(v.value, 'value', nested);
        for (const [path, s] of nested) out.push(entry(id, `${where} ${path}`, 'nested', s));
      }
    }
  }
  for (const rule of rulebook.rules) out.push(entry(id, `rule ${rule.id}`, 'rule', rule.source));
  return out;
}
