/**
 * Every command, loaded. The `inovasi` binary loads only the command it runs (see `main.ts`);
 * this list is for the library API, the help text and tests.
 */
import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { iidCommand } from './iid.js';
import { incentiveCommand } from './incentive.js';
import { initCommand } from './init.js';
import { reportCommand } from './report.js';
import { rulebookCommand } from './rulebook.js';
import { scoreCommand } from './score.js';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  checkCommand,
  scoreCommand,
  iidCommand,
  rulebookCommand,
  incentiveCommand,
  reportCommand,
  initCommand,
];
