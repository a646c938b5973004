/**
 * Every built-in readiness edition, in the order `inovasi rulebook list` shows them: the KIPP
 * years, then the regional templates. A registry of these alone is what a readiness check needs
 * (the CLI's `check` loads no other engine's editions).
 *
 * @module
 */
import type { RulebookInput } from '../../rulebook/schema.js';
import { bantenKesiapan2024 } from './banten-kesiapan-2024.js';
import { kipp2018 } from './kipp-2018.js';
import { kipp2019 } from './kipp-2019.js';
import { kipp2020 } from './kipp-2020.js';
import { kipp2021 } from './kipp-2021.js';
import { kipp2022 } from './kipp-2022.js';
import { kipp2023 } from './kipp-2023.js';
import { kipp2024 } from './kipp-2024.js';
import { kipp2025 } from './kipp-2025.js';
import { nttKoinYanlik2023 } from './ntt-koin-yanlik-2023.js';

/** Every built-in readiness edition: KIPP 2018–2025, then the NTT and Banten templates. */
export const readinessRulebooks: readonly RulebookInput[] = [
  kipp2018,
  kipp2019,
  kipp2020,
  kipp2021,
  kipp2022,
  kipp2023,
  kipp2024,
  kipp2025,
  nttKoinYanlik2023,
  bantenKesiapan2024,
];
