/**
 * The CLI entry as a function: `run(argv, io)` returns the exit code. `bin.ts` binds it to the
 * real process; tests call it in-process.
 */
import type { Command } from './command.js';
import { describeError, EXIT, exitCodeFor } from './errors.js';
import type { CliIo } from './io.js';
import { resolveLang, setActiveLang, t, useZodLanguage } from './messages.js';
import { didYouMean } from './suggest.js';

declare const __INOVASI_VERSION__: string;

/** The version of this CLI. */
export const VERSION: string = __INOVASI_VERSION__;

/**
 * How to load each command, in the order `--help` lists them. A run imports only the command it
 * runs (and that command only its own engine): a single `inovasi check` then starts without
 * loading the scoring, IID and incentive engines and their editions.
 */
const loaders: Readonly<Record<string, () => Promise<Command>>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  score: async () => (await import('./commands/score.js')).scoreCommand,
  iid: async () => (await import('./commands/iid.js')).iidCommand,
  rulebook: async () => (await import('./commands/rulebook.js')).rulebookCommand,
  incentive: async () => (await import('./commands/incentive.js')).incentiveCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
};

/** The command names, in the order `--help` lists them. */
export const commandNames: readonly string[] = Object.keys(loaders);

/** Loads one command by name, or undefined for an unknown name. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]?.() : undefined;
}

async function mainHelp(): Promise<string> {
  const { commands } = await import('./commands/index.js');
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summary)}`).join('\n');
  return t({
    id: `inovasi ${VERSION} — aturan inovasi pelayanan publik sebagai kode: KIPP, Indeks Inovasi
Daerah, Insentif Fiskal.

Pemakaian: inovasi <perintah> [opsi]

Perintah:
${list}

Opsi:
  -h, --help     tampilkan bantuan (juga: inovasi <perintah> --help)
  -v, --version  tampilkan versi
  --lang <id|en> bahasa keluaran (bawaan: id; en juga bila LANG=en*)

Setiap hasil menyebut aturan, nilai, ambang, dan dasar hukumnya. Kode keluar: 0 siap/layak,
1 jawaban negatif, 2 masukan atau pemakaian salah, 3 tidak dapat dipastikan (perlu telaah).

Mulai di sini:
  inovasi rulebook list
  inovasi init proposal --rulebook kipp-2018 --out proposal.yaml
  inovasi check proposal.yaml --rulebook kipp-2018
`,
    en: `inovasi ${VERSION} — Indonesia's public-service innovation rules as code: KIPP, the
Regional Innovation Index, the Fiscal Incentive.

Usage: inovasi <command> [options]

Commands:
${list}

Options:
  -h, --help     show help (also: inovasi <command> --help)
  -v, --version  show the version
  --lang <id|en> language of the output (default: id; en also when LANG=en*)

Every result names the rule, the value, the threshold and the legal source. Exit codes:
0 ok/ready/eligible, 1 negative answer, 2 bad input or usage, 3 indeterminate (needs review).

Start here:
  inovasi rulebook list
  inovasi init proposal --rulebook kipp-2018 --out proposal.yaml
  inovasi check proposal.yaml --rulebook kipp-2018
`,
  });
}

/**
 * Runs the CLI.
 *
 * @example
 * ```ts
 * const code = await run(['rulebook', 'list'], io);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = resolveLang(argv, io.env);
  const previousLang = setActiveLang(lang);
  const restoreZod = useZodLanguage(lang);
  try {
    return await dispatch(argv, io);
  } finally {
    restoreZod();
    setActiveLang(previousLang);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv.filter((arg, i) => !isLeadingLang(argv, i));
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic =
        first === 'help' && rest[0] !== undefined ? await loadCommand(rest[0]) : undefined;
      if (first === 'help' && rest[0] !== undefined && !topic) {
        io.stderr(
          `inovasi: ${t({
            id: `tidak ada bantuan untuk "${rest[0]}".${didYouMean(rest[0], commandNames)} Perintah: ${commandNames.join(', ')}.`,
            en: `no help on "${rest[0]}".${didYouMean(rest[0], commandNames)} Commands: ${commandNames.join(', ')}.`,
          })}\n`,
        );
        return EXIT.badInput;
      }
      io.stdout(topic ? t(topic.help) : await mainHelp());
      return first === undefined ? EXIT.badInput : EXIT.ok;
    }
    if (first === '-v' || first === '--version' || first === 'version') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = await loadCommand(first);
    if (!command) {
      io.stderr(
        `inovasi: ${t({
          id: `perintah tidak dikenal "${first}".${didYouMean(first, commandNames)} Perintah: ${commandNames.join(', ')}. Lihat \`inovasi --help\`.`,
          en: `unknown command "${first}".${didYouMean(first, commandNames)} Commands: ${commandNames.join(', ')}. See \`inovasi --help\`.`,
        })}\n`,
      );
      return EXIT.badInput;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(describeError(error));
    return exitCodeFor(error);
  }
}

/** `--lang X` before the command (`inovasi --lang en --help`) belongs to no command. */
function isLeadingLang(argv: readonly string[], i: number): boolean {
  const lead = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  return i < lead;
}
