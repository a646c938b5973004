/**
 * The proposal page's island: runs `@inovasi/core/readiness` in the browser on every keystroke
 * and redraws the findings panel and the word counts. The server checks again at every save.
 *
 * @module
 */
import {
  countWords,
  createReadinessChecker,
  readinessRuleKinds,
  readinessRulebooks,
  type ReadinessChecker,
} from '@inovasi/core/readiness';
import { createRegistry } from '@inovasi/core/rulebook';
import { renderFindings } from '../findings-view.js';
import { documentFromFields } from '../form.js';
import type { Lang } from '../i18n.js';

interface IslandData {
  readonly rulebookId: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly overlay: unknown;
  readonly base: Record<string, unknown>;
}

function start(): void {
  const dataNode = document.getElementById('desk-island');
  const form = document.getElementById('proposal-form');
  const list = document.getElementById('findings');
  const inputError = document.getElementById('input-error');
  if (!dataNode || !(form instanceof HTMLFormElement) || !list) return;
  const data = JSON.parse(dataNode.textContent) as IslandData;
  let registry = createRegistry({ rulebooks: readinessRulebooks, kinds: readinessRuleKinds });
  if (data.overlay !== null) registry = registry.with([data.overlay]);
  const checker: ReadinessChecker = createReadinessChecker(registry.resolve(data.rulebookId), {
    asOf: data.asOf,
  });

  const run = () => {
    const fields: [string, string][] = [];
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') fields.push([name, value]);
    const doc = documentFromFields(fields, data.base);
    for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea[data-max-words]')) {
      const n = countWords(area.value);
      const counter = document.getElementById(`${area.id}-count`)?.querySelector('.n');
      if (counter) counter.textContent = String(n);
      const max = Number(area.dataset.maxWords);
      area.classList.toggle('over', max > 0 && n > max);
    }
    try {
      const result = checker.check(doc);
      list.innerHTML = renderFindings(result.findings, data.lang);
      if (inputError) inputError.hidden = true;
    } catch (error) {
      const e = error as { message?: string; issues?: { path: string; message: string }[] };
      if (inputError) {
        inputError.hidden = false;
        inputError.textContent =
          e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? e.message ?? String(error);
      }
    }
    form.dataset.checked = String(Number(form.dataset.checked ?? '0') + 1);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  run();
  document.documentElement.dataset.island = 'ready';
}

start();
