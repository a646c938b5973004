/**
 * The `/docs` page: the OpenAPI document rendered as one self-contained HTML page (no script,
 * no CDN), with a curl example for each operation.
 */

type Json = Record<string, unknown>;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function asRecord(value: unknown): Json {
  return value && typeof value === 'object' ? (value as Json) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function curlOf(method: string, path: string, params: readonly Json[], example: unknown): string {
  const value = (name: string, where: string): unknown =>
    params.find((p) => p.name === name && p.in === where)?.example;
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = value(name, 'path');
    return typeof v === 'string' ? encodeURIComponent(v) : `<${name}>`;
  });
  const query =
    example === undefined
      ? params
          .filter((p) => p.in === 'query' && p.example !== undefined)
          .map((p) => `${str(p.name)}=${encodeURIComponent(String(p.example))}`)
          .join('&')
      : '';
  const url = `'http://localhost:3000${filled}${query ? `?${query}` : ''}'`;
  if (example === undefined) return `curl -s ${url}`;
  return [
    `curl -s -X ${method.toUpperCase()} ${url} \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '${JSON.stringify(example).replaceAll("'", "'\\''")}'`,
  ].join('\n');
}

function renderOperation(path: string, method: string, op: Json): string {
  const params = (Array.isArray(op.parameters) ? op.parameters : [])
    .map(asRecord)
    .filter((p) => typeof p.name === 'string');
  const body = asRecord(asRecord(asRecord(op.requestBody).content)['application/json']);
  const responses = Object.entries(asRecord(op.responses));
  const id = str(op.operationId);
  return `<section id="${escapeHtml(id)}">
<h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${escapeHtml(str(op.summary))}</strong>${op.description ? ` — ${escapeHtml(str(op.description))}` : ''}</p>
${
  params.length > 0
    ? `<table><tr><th>parameter</th><th>in</th><th>description</th></tr>${params
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(str(p.name))}</code>${p.required === true ? ' *' : ''}</td><td>${escapeHtml(str(p.in))}</td><td>${escapeHtml(str(p.description))}</td></tr>`,
        )
        .join('')}</table>`
    : ''
}
<pre>${escapeHtml(curlOf(method, path, params, body.example))}</pre>
<p class="r">${responses.map(([status, r]) => `<span title="${escapeHtml(str(asRecord(r).description))}">${escapeHtml(status)}</span>`).join(' ')}</p>
</section>`;
}

/** Tags in reading order: the rulebooks, then each engine as a user meets it; the rest; meta last. */
const TAG_ORDER = ['rulebooks', 'readiness', 'scoring', 'iid', 'incentive'];

function tagRank(tag: string): number {
  if (tag === 'meta') return TAG_ORDER.length + 1;
  const i = TAG_ORDER.indexOf(tag);
  return i < 0 ? TAG_ORDER.length : i;
}

function byTagOrder<T>(entries: Iterable<[string, T]>): [string, T][] {
  return [...entries].sort(([a], [b]) => tagRank(a) - tagRank(b) || a.localeCompare(b));
}

/** Renders the docs page from an OpenAPI document. */
export function renderDocsPage(document: Json): string {
  const info = asRecord(document.info);
  const paths = asRecord(document.paths);
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(asRecord(item))) {
      const op = asRecord(raw);
      const tag = (Array.isArray(op.tags) ? str(op.tags[0]) : '') || 'other';
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag))?.push(renderOperation(path, method, op));
      (toc.get(tag) ?? toc.set(tag, []).get(tag))?.push(
        `<a href="#${escapeHtml(str(op.operationId))}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a>`,
      );
    }
  }
  const schemas = Object.keys(asRecord(asRecord(document.components).schemas))
    .filter((name) => name.startsWith('format.'))
    .map((name) => name.slice('format.'.length))
    .map((name) => `<a href="/v1/schemas/${escapeHtml(name)}.json">${escapeHtml(name)}</a>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(str(info.title))} ${escapeHtml(str(info.version))}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}
section{border-top:1px solid #ddd;padding:.5rem 0}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.m{display:inline-block;min-width:3.5rem;padding:0 .3rem;color:#fff;background:#555;border-radius:3px;font-size:13px;text-align:center}
.m.post{background:#1a7f37}.m.get{background:#0969da}.r span{display:inline-block;margin-right:.4rem;padding:0 .3rem;background:#eee;border-radius:3px;font-size:12px}
nav a{display:block}
</style></head><body>
<h1>${escapeHtml(str(info.title))} <small>${escapeHtml(str(info.version))}</small></h1>
<p>${escapeHtml(str(info.description))}</p>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1). Input formats (JSON Schema): ${schemas.join(', ') || 'none'}.
Errors are <code>application/problem+json</code> (RFC 9457) in Bahasa Indonesia by default; send <code>Accept-Language: en</code> or <code>?lang=en</code> for English.</p>
<nav>${byTagOrder(toc)
    .map(([tag, links]) => `<h4>${escapeHtml(tag)}</h4>${links.join('')}`)
    .join('')}</nav>
${byTagOrder(byTag)
  .map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join('\n')}`)
  .join('\n')}
</body></html>
`;
}
