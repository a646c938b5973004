// Example 02: what does a city's overlay change from the national edition? The Cilegon overlay
// (sample data) moves the registration close a month earlier, names its own categories and
// switches off two national rules; `diffRulebooks` says exactly that, with both sources.
import { readFileSync } from 'node:fs';
import { builtinRegistry } from '@inovasi/core/registry';
import { diffRulebooks } from '@inovasi/core/rulebook';
import { parse } from 'yaml';

const overlay = parse(readFileSync('data/cilegon/cilegon-lomba-2018.yaml', 'utf8'));
const registry = builtinRegistry.with([overlay]);
const diff = diffRulebooks(registry.resolve('kipp-2018'), registry.resolve(overlay.id));
for (const p of diff.parameters) console.log(`${p.change} parameter ${p.id}`);
const close = diff.parameters.find((p) => p.id === 'kipp.registration-close');
for (const v of close.before) console.log(`  before: ${v.value} [${v.source.tier}]`);
for (const v of close.after)
  console.log(`  after:  ${v.value} [${v.source.tier}] ${v.source.citation}`);
for (const r of diff.rules) console.log(`${r.change} rule ${r.id}`);

// Expected output:
// changed parameter kipp.categories
// changed parameter kipp.registration-close
//   before: 2018-03-10 [A]
//   before: 2018-03-31 [B]
//   after:  2018-02-09 [D] Invented for the inovasi walkthrough (not a real decree of Kota Cilegon)
// removed rule KIPP.ATTACHMENTS
// removed rule KIPP.SECTIONS
