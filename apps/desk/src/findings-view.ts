/**
 * The findings panel as HTML, one renderer for the server page and the browser island: each
 * finding with its message, its fix and its source, in the user's language.
 *
 * @module
 */
import type { Finding } from '@inovasi/core';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function sourceOf(finding: Finding): { citation: string; url?: string; tier: string } | undefined {
  const source = finding.rule.source ?? finding.basis?.find((b) => b.source)?.source;
  if (!source) return undefined;
  return {
    citation: source.citation,
    ...(source.url !== undefined ? { url: source.url } : {}),
    tier: source.tier,
  };
}

/** The `<li>` items of a findings list (empty list: one "no findings" item). */
export function renderFindings(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0)
    return `<li class="none">${escapeHtml(t(lang, 'editor.findings.none'))}</li>`;
  return findings
    .map((f) => {
      const source = sourceOf(f);
      const safeUrl =
        source?.url !== undefined && /^https?:\/\//.test(source.url) ? source.url : undefined;
      return [
        `<li class="finding ${f.severity}" data-code="${escapeHtml(f.code)}" data-path="${escapeHtml(f.path ?? '')}">`,
        `<span class="sev">${escapeHtml(f.severity)}</span> <code>${escapeHtml(f.code)}</code>`,
        f.path !== undefined ? ` <span class="path">${escapeHtml(f.path)}</span>` : '',
        `<p>${escapeHtml(f.message[lang])}</p>`,
        f.fix
          ? `<p class="fix"><strong>${escapeHtml(t(lang, 'editor.fix'))}:</strong> ${escapeHtml(f.fix[lang])}</p>`
          : '',
        source
          ? `<p class="source"><strong>${escapeHtml(t(lang, 'editor.source'))}:</strong> ${
              safeUrl !== undefined
                ? `<a href="${escapeHtml(safeUrl)}" rel="noreferrer">${escapeHtml(source.citation)}</a>`
                : escapeHtml(source.citation)
            } (tier ${escapeHtml(source.tier)})</p>`
          : '',
        `</li>`,
      ].join('');
    })
    .join('');
}
