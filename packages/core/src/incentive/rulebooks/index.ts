/**
 * Every built-in incentive edition, oldest first.
 *
 * @module
 */
import type { RulebookInput } from '../../rulebook/schema.js';
import { did2017 } from './did-2017.js';
import { did2018 } from './did-2018.js';
import { did2020 } from './did-2020.js';
import { did2020Tambahan } from './did-2020-tambahan.js';
import { did2021 } from './did-2021.js';
import { did2022 } from './did-2022.js';
import { insentifFiskal2023 } from './insentif-fiskal-2023.js';
import { insentifFiskal2024 } from './insentif-fiskal-2024.js';
import { insentifFiskal2025 } from './insentif-fiskal-2025.js';
import { insentifFiskal2026 } from './insentif-fiskal-2026.js';

/** Every built-in incentive edition, oldest first. */
export const incentiveRulebooks: readonly RulebookInput[] = [
  did2017,
  did2018,
  did2020,
  did2020Tambahan,
  did2021,
  did2022,
  insentifFiskal2023,
  insentifFiskal2024,
  insentifFiskal2025,
  insentifFiskal2026,
];
