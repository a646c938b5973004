// Writes the JSON Schema of every input format into schemas/, from the built zod schemas, so
// forms, editors and other languages can use the formats. Runs after tsup (see the build script).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RulebookSchema } from '../dist/rulebook.js';
import { ProposalSchema } from '../dist/readiness.js';
import { IncentiveRegionSchema, NationalDatasetSchema } from '../dist/incentive.js';
import { PanelSchema } from '../dist/scoring.js';
import { IidRegionSchema } from '../dist/iid.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(outDir, { recursive: true });

const formats = {
  rulebook: RulebookSchema,
  proposal: ProposalSchema,
  region: IncentiveRegionSchema,
  'national-dataset': NationalDatasetSchema,
  panel: PanelSchema,
  'iid-region': IidRegionSchema,
};

for (const [name, schema] of Object.entries(formats)) {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const file = join(outDir, `${name}.schema.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(json, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
