/**
 * The desk's pages, rendered on the server. Each takes plain data and returns HTML; routes in
 * `app.ts` decide what the user may see before calling them.
 *
 * @module
 */
import type { Finding } from '@inovasi/core';
import type { RulebookSummary } from '@inovasi/core/rulebook';
import type { FormSpec } from './form.js';
import { fieldValue, IDENTITY_FIELDS } from './form.js';
import { renderFindings } from './findings-view.js';
import { html, trusted, type Html } from './html.js';
import { t, type Lang, type MessageKey } from './i18n.js';
import type {
  AuditEntry,
  Comment,
  EvidenceFile,
  Innovation,
  Opd,
  ProposalRow,
  ProposalVersion,
  User,
} from './storage/store.js';
import { STAGES } from './storage/schema.js';

/** What every page knows. */
export interface PageContext {
  readonly lang: Lang;
  readonly user?: User;
  readonly csrf?: string;
  /** Current path, for the language switch to come back to. */
  readonly path: string;
}

const csrfField = (ctx: PageContext) =>
  ctx.csrf !== undefined ? html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />` : '';

/** The page frame: header, navigation, language switch, main. */
export function layout(
  ctx: PageContext,
  title: string,
  body: Html,
  scripts: readonly string[] = [],
): string {
  const { lang, user } = ctx;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const nav = user
    ? html`<nav aria-label="menu">
        <ul>
          ${
            user.role === 'judge'
              ? ''
              : html`<li><a href="/proposals">${t(lang, 'nav.proposals')}</a></li>
                  <li><a href="/registry">${t(lang, 'nav.registry')}</a></li>
                  <li><a href="/iid">${t(lang, 'nav.iid')}</a></li>`
          }
          <li><a href="/competitions">${t(lang, 'nav.competitions')}</a></li>
          ${user.role === 'admin' || user.role === 'viewer' ? html`<li><a href="/incentive">${t(lang, 'nav.incentive')}</a></li>` : ''}
          ${user.role === 'admin' ? html`<li><a href="/import">${t(lang, 'nav.import')}</a></li>` : ''}
          ${user.role === 'admin' || user.role === 'viewer' ? html`<li><a href="/audit">${t(lang, 'nav.audit')}</a></li>` : ''}
          <li>
            <form method="post" action="/logout" class="inline">
              ${csrfField(ctx)}<button type="submit">${t(lang, 'nav.logout')}</button>
            </form>
          </li>
        </ul>
      </nav>`
    : '';
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t(lang, 'app.title')}</title>
        <link rel="stylesheet" href="/assets/desk.css" />
      </head>
      <body>
        <a class="skip" href="#main">${t(lang, 'app.skip')}</a>
        <header>
          <p class="brand"><a href="/">${t(lang, 'app.title')}</a></p>
          ${user ? html`<p class="who">${user.display_name} · ${t(lang, `role.${user.role}` as MessageKey)}</p>` : ''}
          <p class="lang">
            <a href="/lang/${other}?next=${encodeURIComponent(ctx.path)}" lang="${other}"
              >${t(lang, 'nav.language')}</a
            >
          </p>
          ${nav}
        </header>
        <main id="main">
          <h1>${title}</h1>
          ${body}
        </main>
        ${scripts.map((s) => html`<script type="module" src="${s}"></script>`)}
      </body>
    </html>`.value;
}

/** The sign-in page. */
export function loginPage(ctx: PageContext, pre: string, error?: string): string {
  const { lang } = ctx;
  return layout(
    ctx,
    t(lang, 'login.title'),
    html`${error !== undefined ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/login" class="card narrow">
        <input type="hidden" name="_pre" value="${pre}" />
        <label for="username">${t(lang, 'login.username')}</label>
        <input id="username" name="username" autocomplete="username" required />
        <label for="password">${t(lang, 'login.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">${t(lang, 'login.submit')}</button>
      </form>`,
  );
}

/** The one-time admin setup page. */
export function setupPage(ctx: PageContext, pre: string, username: string, error?: string): string {
  const { lang } = ctx;
  return layout(
    ctx,
    t(lang, 'setup.title'),
    html`<p>${t(lang, 'setup.intro')}</p>
      ${error !== undefined ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" class="card narrow">
        <input type="hidden" name="_pre" value="${pre}" />
        <p>${t(lang, 'login.username')}: <strong>${username}</strong></p>
        <label for="password">${t(lang, 'login.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="12"
          required
        />
        <button type="submit">${t(lang, 'setup.submit')}</button>
      </form>`,
  );
}

/** A message page (errors). */
export function messagePage(ctx: PageContext, title: string, message: string): string {
  return layout(
    ctx,
    title,
    html`<p role="alert">${message}</p>
      <p><a href="/">${t(ctx.lang, 'app.title')}</a></p>`,
  );
}

const readinessText = (lang: Lang, status: string) => t(lang, `readiness.${status}` as MessageKey);

/** All proposals the user may see, with status, and the exports. */
export function proposalsPage(
  ctx: PageContext,
  rows: readonly ProposalRow[],
  opds: readonly Opd[],
  filter: { opd?: string; status?: string },
): string {
  const { lang, user } = ctx;
  const title = user?.role === 'innovator' ? t(lang, 'proposals.mine') : t(lang, 'proposals.title');
  const q = new URLSearchParams();
  if (filter.opd !== undefined) q.set('opd', filter.opd);
  if (filter.status !== undefined) q.set('status', filter.status);
  const qs = q.size > 0 ? `?${q.toString()}` : '';
  return layout(
    ctx,
    title,
    html`<form method="get" class="filters">
        <label for="f-opd">${t(lang, 'col.opd')}</label>
        <select id="f-opd" name="opd">
          <option value="">—</option>
          ${opds.map(
            (o) =>
              html`<option value="${o.id}" ${filter.opd === o.id ? trusted('selected') : ''}>
                ${o.name}
              </option>`,
          )}
        </select>
        <label for="f-status">${t(lang, 'col.readiness')}</label>
        <select id="f-status" name="status">
          <option value="">—</option>
          ${['ready', 'not-ready', 'indeterminate'].map(
            (s) =>
              html`<option value="${s}" ${filter.status === s ? trusted('selected') : ''}>
                ${readinessText(lang, s)}
              </option>`,
          )}
        </select>
        <button type="submit">OK</button>
      </form>
      <p class="exports">
        <span id="count">${rows.length}</span> ${t(lang, 'proposals.count')} ·
        <a href="/proposals/export.xlsx${qs}" download>${t(lang, 'proposals.export.xlsx')}</a> ·
        <a href="/proposals/export.csv${qs}" download>${t(lang, 'proposals.export.csv')}</a> ·
        <a href="/proposals/export.json${qs}" download>${t(lang, 'proposals.export.json')}</a>
      </p>
      ${rows.length === 0 ? html`<p>${t(lang, 'proposals.empty')}</p>` : ''}
      <div class="scroll">
        <table id="proposals">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'col.title')}</th>
              <th scope="col">${t(lang, 'col.opd')}</th>
              <th scope="col">${t(lang, 'col.status')}</th>
              <th scope="col">${t(lang, 'col.readiness')}</th>
              <th scope="col">${t(lang, 'col.errors')}</th>
              <th scope="col">${t(lang, 'col.warnings')}</th>
              <th scope="col">${t(lang, 'col.version')}</th>
              <th scope="col">${t(lang, 'col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr data-status="${r.readiness}">
                  <td><a href="/proposals/${r.id}">${r.title}</a></td>
                  <td>${r.opd_name}</td>
                  <td>${t(lang, `status.${r.status}` as MessageKey)}</td>
                  <td>
                    <span class="badge ${r.readiness}">${readinessText(lang, r.readiness)}</span>
                  </td>
                  <td>${r.errors}</td>
                  <td>${r.warnings}</td>
                  <td>${r.version}</td>
                  <td>${r.updated_at.slice(0, 16).replace('T', ' ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  );
}

/** Everything the proposal page shows. */
export interface EditorData {
  readonly proposal: ProposalRow;
  readonly doc: Record<string, unknown>;
  readonly spec: FormSpec;
  readonly rulebook: RulebookSummary | undefined;
  readonly asOf: string;
  readonly findings: readonly Finding[];
  readonly inputError?: string;
  readonly versions: readonly ProposalVersion[];
  readonly comments: readonly Comment[];
  readonly editable: boolean;
  readonly commentable: boolean;
  readonly savedVersion?: number;
  /** JSON for the browser island (rulebook id, date, language, the region's overlay). */
  readonly islandData: string;
}

const FIELD_LABEL: Record<(typeof IDENTITY_FIELDS)[number], MessageKey> = {
  title: 'field.title',
  'agency.name': 'field.agency.name',
  'agency.type': 'field.agency.type',
  unit: 'field.unit',
  group: 'field.group',
  category: 'field.category',
  implementationStartDate: 'field.implementationStartDate',
  sdgs: 'field.sdgs',
  'innovator.name': 'field.innovator.name',
  'innovator.email': 'field.innovator.email',
};

const CHOICES: Partial<Record<string, readonly string[]>> = {
  'agency.type': ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd'],
  group: ['umum', 'replikasi', 'khusus'],
};

function words(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** The proposal editor: the form from the rulebook, live findings, history and comments. */
export function editorPage(ctx: PageContext, d: EditorData): string {
  const { lang } = ctx;
  const dis = d.editable ? '' : trusted('disabled');
  const id = (name: string) => `f-${name.replaceAll('.', '-')}`;
  const input = (name: string, label: string, type = 'text') => {
    const value = fieldValue(d.doc, name);
    const choices = CHOICES[name];
    return html`<div class="field">
      <label for="${id(name)}">${label}</label>${
        choices
          ? html`<select id="${id(name)}" name="${name}" ${dis}>
              <option value="">—</option>
              ${choices.map(
                (c) => html`<option ${value === c ? trusted('selected') : ''}>${c}</option>`,
              )}
            </select>`
          : html`<input id="${id(name)}" name="${name}" type="${type}" value="${value}" ${dis} />`
      }
    </div>`;
  };
  const sectionComments = (section: string) => d.comments.filter((c) => c.section === section);
  const commentList = (section: string) => {
    const list = sectionComments(section);
    return list.length === 0
      ? ''
      : html`<ul class="comments">
          ${list.map(
            (c) =>
              html`<li>
                <strong>${c.author}</strong>
                <time>${c.created_at.slice(0, 16).replace('T', ' ')}</time>
                <p>${c.body}</p>
              </li>`,
          )}
        </ul>`;
  };
  const title = `${t(lang, 'editor.title')}: ${d.proposal.title}`;
  const body = html`<p class="meta">
      ${d.proposal.opd_name} · ${t(lang, 'col.rulebook')}:
      <strong>${d.rulebook?.title[lang] ?? d.proposal.rulebook_id}</strong>
      (<code>${d.proposal.rulebook_id}</code>, ${d.asOf}) · ${t(lang, 'col.status')}:
      ${t(lang, `status.${d.proposal.status}` as MessageKey)} · ${t(lang, 'col.version')}
      ${d.proposal.version}
    </p>
    ${d.savedVersion !== undefined ? html`<p class="ok" role="status" id="saved">${t(lang, 'editor.saved')} ${d.savedVersion}.</p>` : ''}
    ${d.editable ? '' : html`<p class="note">${t(lang, 'editor.readonly')}</p>`}
    <div class="editor">
      <form method="post" action="/proposals/${d.proposal.id}" id="proposal-form" class="card">
        ${csrfField(ctx)}
        <fieldset>
          <legend>${t(lang, 'editor.identity')}</legend>
          ${IDENTITY_FIELDS.map((f) => input(f, t(lang, FIELD_LABEL[f]), f === 'implementationStartDate' ? 'date' : f === 'innovator.email' ? 'email' : 'text'))}
          ${d.spec.sdgMinimum !== null ? html`<p class="hint">SDGs ≥ ${d.spec.sdgMinimum}</p>` : ''}
        </fieldset>
        <fieldset>
          <legend>${t(lang, 'editor.sections')}</legend>
          ${d.spec.sectionsKnown ? '' : html`<p class="hint">${t(lang, 'editor.sections.unknown')}</p>`}
          ${d.spec.sections.map((s) => {
            const name = `sections.${s.id}`;
            const value = fieldValue(d.doc, name);
            return html`<div class="field section" id="section-${s.id}">
              <label for="${id(name)}"
                >${s.title[lang]}${s.required ? html` <span class="req">(${t(lang, 'editor.required')})</span>` : ''}</label
              >
              <textarea
                id="${id(name)}"
                name="${name}"
                rows="5"
                data-max-words="${s.maxWords ?? ''}"
                aria-describedby="${id(name)}-count"
                ${dis}
              >
${value}</textarea>
              <p class="count" id="${id(name)}-count">
                <span class="n">${words(value)}</span>
                ${t(lang, 'editor.words')}${s.maxWords !== null ? html` / ${t(lang, 'editor.max')} ${s.maxWords} (${s.limit})` : ''}
              </p>
              ${commentList(s.id)}
            </div>`;
          })}
        </fieldset>
        ${
          d.spec.documents.length > 0
            ? html`<fieldset>
                <legend>${t(lang, 'editor.documents')}</legend>
                ${d.spec.documents.map((doc) =>
                  input(
                    `attachments.${doc.type}`,
                    `${doc.title[lang]} (${t(lang, 'editor.document.name')})${doc.required ? ` · ${t(lang, 'editor.required')}` : ''}`,
                  ),
                )}
              </fieldset>`
            : ''
        }
        <fieldset>
          <legend>${t(lang, 'editor.video')}</legend>
          ${input('videoUrl', t(lang, 'field.videoUrl'), 'url')}
          ${
            d.spec.video.asked
              ? html`${input('video.durationSeconds', t(lang, 'field.video.duration'), 'number')}${input('video.heightPixels', t(lang, 'field.video.height'), 'number')}
                  <div class="field check">
                    <input
                      id="f-video-publiclyAccessible"
                      name="video.publiclyAccessible"
                      type="checkbox"
                      ${fieldValue(d.doc, 'video.publiclyAccessible') === 'true' ? trusted('checked') : ''}
                      ${dis}
                    /><label for="f-video-publiclyAccessible"
                      >${t(lang, 'field.video.public')}</label
                    >
                  </div>`
              : ''
          }
        </fieldset>
        ${
          d.editable
            ? html`<p class="actions">
                <button type="submit" name="_action" value="save">${t(lang, 'editor.save')}</button>
                <button type="submit" name="_action" value="submit">
                  ${t(lang, 'editor.submit')}
                </button>
              </p>`
            : ''
        }
      </form>
      <aside class="card findings" aria-labelledby="findings-title">
        <h2 id="findings-title">${t(lang, 'editor.findings')}</h2>
        <p class="hint">${t(lang, 'editor.findings.live')}</p>
        ${d.inputError !== undefined ? html`<p class="error" role="alert" id="input-error">${d.inputError}</p>` : html`<p class="error" role="alert" id="input-error" hidden></p>`}
        <ul id="findings" aria-live="polite">
          ${trusted(renderFindings(d.findings, lang))}
        </ul>
      </aside>
    </div>
    <section class="card" aria-labelledby="comments-title">
      <h2 id="comments-title">${t(lang, 'editor.comments')}</h2>
      ${commentList('general')} ${d.comments.length === 0 ? html`<p>—</p>` : ''}
      ${
        d.commentable
          ? html`<form
              method="post"
              action="/proposals/${d.proposal.id}/comments"
              id="comment-form"
            >
              ${csrfField(ctx)}
              <label for="c-section">${t(lang, 'editor.comment.section')}</label>
              <select id="c-section" name="section">
                <option value="general">${t(lang, 'editor.comment.general')}</option>
                ${d.spec.sections.map(
                  (s) => html`<option value="${s.id}">${s.title[lang]}</option>`,
                )}
              </select>
              <label for="c-body">${t(lang, 'editor.comment.body')}</label>
              <textarea id="c-body" name="body" rows="3" required maxlength="5000"></textarea>
              <button type="submit">${t(lang, 'editor.comment.submit')}</button>
            </form>`
          : ''
      }
    </section>
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">${t(lang, 'editor.history')}</h2>
      <div class="scroll">
        <table id="history">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'col.version')}</th>
              <th scope="col">${t(lang, 'col.when')}</th>
              <th scope="col">${t(lang, 'col.who')}</th>
              <th scope="col">${t(lang, 'col.readiness')}</th>
              <th scope="col">${t(lang, 'col.errors')}</th>
            </tr>
          </thead>
          <tbody>
            ${d.versions.map(
              (v) =>
                html`<tr>
                  <td>${v.version}</td>
                  <td>${v.created_at.slice(0, 19).replace('T', ' ')}</td>
                  <td>${v.author ?? '—'}</td>
                  <td>${readinessText(lang, v.readiness)}</td>
                  <td>${v.errors}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
    <script type="application/json" id="desk-island">
      ${trusted(d.islandData.replaceAll('<', '\\u003c'))}
    </script>`;
  return layout(ctx, title, body, d.editable ? ['/assets/proposal.js'] : []);
}

/** The innovation registry of the user's scope, with the add form. */
export function registryPage(
  ctx: PageContext,
  rows: readonly (Innovation & { opd_name: string; proposal_id?: string })[],
  addable: readonly Opd[],
  rulebooks: readonly RulebookSummary[],
  defaultRulebook: string,
  canStart: (row: Innovation) => boolean,
): string {
  const { lang } = ctx;
  return layout(
    ctx,
    t(lang, 'registry.title'),
    html`<div class="scroll">
        <table id="innovations">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'col.title')}</th>
              <th scope="col">${t(lang, 'col.opd')}</th>
              <th scope="col">${t(lang, 'col.stage')}</th>
              <th scope="col">${t(lang, 'col.started')}</th>
              <th scope="col">${t(lang, 'col.urusan')}</th>
              <th scope="col">${t(lang, 'nav.proposals')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  <td><a href="/registry/${r.id}">${r.title}</a></td>
                  <td>${r.opd_name}</td>
                  <td>${t(lang, `stage.${r.stage}` as MessageKey)}</td>
                  <td>${r.started_on ?? '—'}</td>
                  <td>${r.urusan ?? '—'}</td>
                  <td>
                    ${
                      r.proposal_id !== undefined
                        ? html`<a href="/proposals/${r.proposal_id}">${t(lang, 'editor.title')}</a>`
                        : canStart(r)
                          ? html`<form
                              method="post"
                              action="/registry/${r.id}/proposal"
                              class="inline"
                            >
                              ${csrfField(ctx)}<label class="sr" for="rb-${r.id}"
                                >${t(lang, 'col.rulebook')}</label
                              ><select id="rb-${r.id}" name="rulebook">
                                ${rulebooks.map(
                                  (b) =>
                                    html`<option
                                      value="${b.id}"
                                      ${b.id === defaultRulebook ? trusted('selected') : ''}
                                    >
                                      ${b.id}
                                    </option>`,
                                )}</select
                              ><button type="submit">${t(lang, 'registry.proposal')}</button>
                            </form>`
                          : '—'
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        addable.length > 0
          ? html`<form method="post" action="/registry" class="card narrow" id="add-innovation">
              <h2>${t(lang, 'registry.add')}</h2>
              ${csrfField(ctx)} <label for="i-title">${t(lang, 'col.title')}</label
              ><input id="i-title" name="title" required maxlength="500" />
              <label for="i-opd">${t(lang, 'col.opd')}</label
              ><select id="i-opd" name="opd">
                ${addable.map((o) => html`<option value="${o.id}">${o.name}</option>`)}
              </select>
              ${innovationFields(ctx)}
              <button type="submit">${t(lang, 'registry.save')}</button>
            </form>`
          : ''
      }`,
  );
}

function innovationFields(ctx: PageContext, row?: Innovation): Html {
  const { lang } = ctx;
  return html`<label for="i-stage">${t(lang, 'col.stage')}</label
    ><select id="i-stage" name="stage">
      ${STAGES.map(
        (s) =>
          html`<option value="${s}" ${row?.stage === s ? trusted('selected') : ''}>
            ${t(lang, `stage.${s}` as MessageKey)}
          </option>`,
      )}
    </select>
    <label for="i-started">${t(lang, 'col.started')}</label
    ><input id="i-started" name="started_on" type="date" value="${row?.started_on ?? ''}" />
    <label for="i-ended">${t(lang, 'col.ended')}</label
    ><input id="i-ended" name="ended_on" type="date" value="${row?.ended_on ?? ''}" />
    <label for="i-urusan">${t(lang, 'col.urusan')}</label
    ><input id="i-urusan" name="urusan" maxlength="200" value="${row?.urusan ?? ''}" />`;
}

/** One innovation: its fields (editable when allowed) and, for the admin, its mentors. */
export function innovationPage(
  ctx: PageContext,
  row: Innovation & { opd_name: string },
  editable: boolean,
  mentors: readonly User[] | undefined,
  assignedMentorIds: readonly string[],
  evidence: readonly EvidenceFile[],
): string {
  const { lang } = ctx;
  return layout(
    ctx,
    row.title,
    html`<p class="meta">
        ${row.opd_name} · ${t(lang, `stage.${row.stage}` as MessageKey)} · ${row.started_on ?? '—'}
      </p>
      ${
        editable
          ? html`<form
              method="post"
              action="/registry/${row.id}"
              class="card narrow"
              id="edit-innovation"
            >
              ${csrfField(ctx)} <label for="i-title">${t(lang, 'col.title')}</label
              ><input id="i-title" name="title" required maxlength="500" value="${row.title}" />
              ${innovationFields(ctx, row)}
              <button type="submit">${t(lang, 'registry.save')}</button>
            </form>`
          : ''
      }
      <section class="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">${t(lang, 'evidence.title')}</h2>
        <ul id="evidence">
          ${evidence.map(
            (f) =>
              html`<li>
                <a href="/registry/${row.id}/evidence/${f.id}">${f.file_name}</a> (${f.media_type},
                ${Math.ceil(f.size_bytes / 1024)} kB, ${f.created_at.slice(0, 10)})
              </li>`,
          )}
        </ul>
        ${evidence.length === 0 ? html`<p>—</p>` : ''}
        ${
          editable
            ? html`<form
                method="post"
                action="/registry/${row.id}/evidence"
                enctype="multipart/form-data"
                id="upload-evidence"
              >
                ${csrfField(ctx)}
                <label for="e-file">${t(lang, 'evidence.file')}</label>
                <input
                  id="e-file"
                  name="file"
                  type="file"
                  accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                  required
                />
                <button type="submit">${t(lang, 'evidence.upload')}</button>
              </form>`
            : ''
        }
      </section>
      ${
        mentors
          ? html`<form
              method="post"
              action="/registry/${row.id}/mentors"
              class="card narrow"
              id="assign-mentor"
            >
              ${csrfField(ctx)}
              <p>
                Mentor:
                ${
                  mentors
                    .filter((m) => assignedMentorIds.includes(m.id))
                    .map((m) => m.display_name)
                    .join(', ') || '—'
                }
              </p>
              <label for="m-id">Mentor</label
              ><select id="m-id" name="mentor">
                ${mentors.map((m) => html`<option value="${m.id}">${m.display_name}</option>`)}
              </select>
              <button type="submit">OK</button>
            </form>`
          : ''
      }`,
  );
}

/** The audit log (newest first). */
export function auditPage(
  ctx: PageContext,
  entries: readonly AuditEntry[],
  users: ReadonlyMap<string, string>,
): string {
  const { lang } = ctx;
  return layout(
    ctx,
    t(lang, 'nav.audit'),
    // a wide log scrolls sideways: the region takes the keyboard focus so it can be scrolled
    html`<div class="scroll" tabindex="0" role="region" aria-label="${t(lang, 'nav.audit')}">
      <table id="audit">
        <thead>
          <tr>
            <th scope="col">${t(lang, 'col.when')}</th>
            <th scope="col">${t(lang, 'col.who')}</th>
            <th scope="col">${t(lang, 'col.action')}</th>
            <th scope="col">${t(lang, 'col.what')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (e) =>
              html`<tr>
                <td>${e.at.slice(0, 19).replace('T', ' ')}</td>
                <td>${e.actor_id === null ? 'system' : (users.get(e.actor_id) ?? e.actor_id)}</td>
                <td>${e.action} ${e.entity}</td>
                <td><code>${JSON.stringify(e.detail)}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`,
  );
}

/** The import page (admin). */
export function importPage(
  ctx: PageContext,
  result?: { imported: number; errors: readonly string[] },
): string {
  const { lang } = ctx;
  return layout(
    ctx,
    t(lang, 'import.title'),
    html`<p>${t(lang, 'import.intro')}</p>
      ${
        result
          ? html`<p role="status" class="ok">${t(lang, 'import.done')}: ${result.imported}</p>
              ${
                result.errors.length > 0
                  ? html`<ul class="error">
                      ${result.errors.map((e) => html`<li>${e}</li>`)}
                    </ul>`
                  : ''
              }`
          : ''
      }
      <form method="post" action="/import" enctype="multipart/form-data" class="card narrow">
        ${csrfField(ctx)} <label for="file">${t(lang, 'import.file')}</label
        ><input id="file" name="file" type="file" accept=".csv,.xlsx,.json" required />
        <button type="submit">${t(lang, 'import.submit')}</button>
      </form>`,
  );
}
