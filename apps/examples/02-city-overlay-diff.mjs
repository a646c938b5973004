// Example 02: what does a city's overlay change from the national edition, and does it still
// pass its own test cases? The Cilegon overlay (sample data) moves the registration close a
// month earlier; `diffRulebooks` says exactly that, with the source of both values.
import { readFileSync } from 'node:fs';
import { builtinRegistry } from '@inovasi/core/registry';
import { diffRulebooks } from '@inovasi/core/rulebook';
import { parse } from 'yaml';

const overlay = parse(readFileSync('data/cilegon/cilegon-lomba-2018.yaml', 'utf8'));
const registry = builtinRegistry.with([overlay]);
const diff = diffRulebooks(registry.resolve('kipp-2018'), registry.resolve(overlay.id));
for (const p of diff.parameters) {
  console.log(`${p.change} ${p.id}`);
  for (const v of p.before ?? []) console.log(`  before: ${v.value} [${v.source.tier}]`);
  for (const v of p.after ?? [])
    console.log(`  after:  ${v.value} [${v.source.tier}] ${v.source.citation}`);
}
console.log(`rules changed: ${diff.rules.length}`);

// Expected output:
// changed kipp.registration-close
//   before: 2018-03-10 [A]
//   after:  2018-02-09 [D] Invented for the inovasi walkthrough (not a real decree of Kota Cilegon)
// rules changed: 0
