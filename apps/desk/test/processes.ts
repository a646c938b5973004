/**
 * Desk server processes for the durability and multi-process tests: spawn the built
 * `dist/main.js`, wait for it to listen, sign in over HTTP, save drafts.
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');

export interface DeskProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
}

/** Starts `node dist/main.js` with `args` and `env`; resolves once it prints its URL. */
export function startDesk(
  args: readonly string[],
  env: Record<string, string>,
): Promise<DeskProcess> {
  const child = spawn(process.execPath, [MAIN, '--port', '0', ...args], {
    env: { ...process.env, ...env, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`desk did not start within 120 s:\n${out}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match?.[1] && out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`desk exited with ${String(code)}:\n${out}`));
    });
  });
}

/** Stops a process and waits for it to exit. */
export function stopDesk(desk: DeskProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (desk.child.exitCode !== null || desk.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    desk.child.once('exit', () => {
      resolve();
    });
    desk.child.kill(signal);
  });
}

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${name}=`));

/** Signs in over HTTP; returns the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${base}/login`);
  const pre = cookieOf(page, 'desk_pre');
  const token = /name="_pre" value="([^"]+)"/.exec(await page.text())?.[1];
  if (pre === undefined || token === undefined) throw new Error('no sign-in form');
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    headers: { cookie: pre },
    body: new URLSearchParams({ _pre: token, username, password }),
    redirect: 'manual',
  });
  const session = cookieOf(res, 'desk_session');
  if (res.status !== 303 || session === undefined) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

/** The first proposal the session sees, and the session's CSRF token. */
export async function firstProposal(
  base: string,
  cookie: string,
): Promise<{ id: string; csrf: string }> {
  const list = await (await fetch(`${base}/proposals`, { headers: { cookie } })).text();
  const id = /href="\/proposals\/([0-9a-f-]{36})"/.exec(list)?.[1];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(list)?.[1];
  if (id === undefined || csrf === undefined) throw new Error('no proposal visible');
  return { id, csrf };
}

/** Saves a draft whose summary is `text`; resolves to the version the server acknowledged. */
export async function saveDraft(
  base: string,
  cookie: string,
  csrf: string,
  id: string,
  text: string,
): Promise<number> {
  const res = await fetch(`${base}/proposals/${id}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: new URLSearchParams({
      title: 'Layanan Adminduk Keliling (Si Dukung)',
      group: 'umum',
      'sections.ringkasan': text,
    }),
  });
  if (res.status !== 200) throw new Error(`save answered ${res.status}`);
  const body = (await res.json()) as { version: number };
  return body.version;
}
