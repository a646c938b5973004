#!/usr/bin/env node
// Writes seeded national-scale data in the documented formats (see packages/bench/README.md):
//   node packages/bench/bin/generate.mjs --out DIR [--seed N] [--proposals N] [--jsonl] [--only iid,incentive]
//   node packages/bench/bin/generate.mjs --out - --jsonl --proposals 1000000 | inovasi check - …
// Build first: pnpm --filter @inovasi/bench... build
import { parseArgs } from 'node:util';

const USAGE =
  'usage: generate.mjs --out DIR|- [--seed N] [--proposals N] [--jsonl] [--only pemda,iid,incentive,proposals,panel]\n';
let args;
try {
  args = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      proposals: { type: 'string', default: '3000' },
      jsonl: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  process.stderr.write(`generate: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const fail = (message) => {
  process.stderr.write(`generate: ${message}\n${USAGE}`);
  process.exit(2);
};
const seed = Number(args.seed);
const proposals = Number(args.proposals);
if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, got "${args.seed}"`);
if (!Number.isSafeInteger(proposals) || proposals < 0)
  fail(`--proposals must be a whole number, got "${args.proposals}"`);
if (args.out === undefined || args.out === '')
  fail('--out is required (a folder, or - for stdout)');

let dist;
try {
  dist = await import('../dist/index.js');
} catch {
  fail('build @inovasi/bench first: npx -y pnpm@10.34.9 --filter @inovasi/bench... build');
}
const only = args.only?.split(',').map((s) => s.trim());
for (const part of only ?? []) {
  if (!dist.PARTS.includes(part)) fail(`--only: unknown part "${part}" (${dist.PARTS.join(', ')})`);
}

if (args.out === '-') {
  if (!args.jsonl) fail('--out - writes proposals as JSON Lines: add --jsonl');
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0); // the reader stopped early
    throw error;
  });
  await dist.writeProposalLines(process.stdout, proposals, seed);
} else {
  const files = await dist.writeNationalData(args.out, {
    seed,
    proposals,
    jsonl: args.jsonl,
    ...(only ? { only } : {}),
  });
  process.stderr.write(`generate: wrote ${files.length} files under ${args.out} (seed ${seed})\n`);
}
