/**
 * Markdown that is safe to render: text from users (titles, file names, ids, custom rulebooks)
 * cannot open raw HTML, build a link (so no `javascript:` link), or break a table.
 *
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '\\[',
  '|': '\\|',
  '`': '\\`',
  '\\': '\\\\',
  '\n': ' ',
  '\r': ' ',
};

/**
 * Escapes text for Markdown (and a Markdown table cell): `<` and `>` become entities (no raw
 * HTML), `&` too where it would start an entity, `[`, backticks and backslashes are escaped (no
 * link, image or code span can start), pipes are escaped and line breaks become spaces. Other
 * text is left readable (`Novelty & originality`, `[A]` stay as they are, bar the first `\`).
 *
 * @example
 * ```ts
 * escapeMarkdown('<img src=x onerror=alert(1)> [klik](javascript:alert(1))');
 * // '&lt;img src=x onerror=alert(1)&gt; \\[klik](javascript:alert(1))'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/&(?=#?\w+;)|[<>[|`\\\r\n]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Text as an inline code span whatever backticks it holds (the fence is longer than any run of
 * backticks inside); line breaks become spaces and pipes are escaped for tables.
 *
 * @example
 * ```ts
 * codeSpan('a`b'); // '`` a`b ``'
 * ```
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]/g, ' ').replaceAll('|', '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
}

/**
 * A URL that may be a link target in Markdown or HTML: `http:`, `https:` or `mailto:` only;
 * `javascript:`, `data:` and anything else give undefined.
 *
 * @example
 * ```ts
 * safeLinkTarget('https://jdih.go.id/x'); // 'https://jdih.go.id/x'
 * safeLinkTarget('javascript:alert(1)'); // undefined
 * ```
 */
export function safeLinkTarget(url: string): string | undefined {
  // control characters and spaces inside a scheme are how `java\tscript:` slips through
  let compact = '';
  for (let i = 0; i < url.length; i += 1) if (url.charCodeAt(i) > 32) compact += url.charAt(i);
  return /^(?:https?:\/\/|mailto:)/i.test(compact) ? url.trim() : undefined;
}
