/**
 * The desk's data in the core's formats, and the core's answers on it: the region file of the
 * IID (the `IidRegion` format `inovasi iid` reads) and the region's incentive data (the
 * `RegionPerformance` format `inovasi incentive` reads). No rule lives here: every number on the
 * index pages comes from `@inovasi/core/iid` or `@inovasi/core/incentive`.
 *
 * @module
 */
import {
  compareIid,
  computeIid,
  planIid,
  readIidModel,
  safeComputeIid,
  type IidComparison,
  type IidPlan,
  type IidRegionInput,
  type IidResult,
  type IidView,
} from '@inovasi/core/iid';
import { checkEligibility, type EligibilityResult } from '@inovasi/core/incentive';
import { builtinRegistry } from '@inovasi/core/registry';
import type { RulebookSummary } from '@inovasi/core/rulebook';
import type { Region } from '../storage/store.js';
import { SPD_SUBJECT, type IidAnswer, type IidEntry, type IidReport } from './store.js';

/** The IID editions (newest first), without cancelled ones. */
export function iidEditions(): RulebookSummary[] {
  return builtinRegistry
    .list({ domain: 'iid' })
    .filter((b) => b.status !== 'cancelled' && /^iid-\d{4}$/.test(b.id))
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** The incentive editions (newest first), without cancelled ones. */
export function incentiveEditions(): RulebookSummary[] {
  return builtinRegistry
    .list({ domain: 'incentive' })
    .filter((b) => b.status !== 'cancelled')
    .sort((a, b) =>
      (a.effective.to ?? a.id) < (b.effective.to ?? b.id) ||
      (a.effective.to === b.effective.to && a.id < b.id)
        ? 1
        : -1,
    );
}

/** The edition of the year before (`iid-2026` → `iid-2025`), when the registry has it. */
export function previousEdition(edition: string): string | undefined {
  const year = /^iid-(\d{4})$/.exec(edition)?.[1];
  if (year === undefined) return undefined;
  const id = `iid-${String(Number(year) - 1)}`;
  return builtinRegistry.has(id) ? id : undefined;
}

/** The answers of one subject in the region file's shape. */
function answersOf(answers: readonly IidAnswer[], subject: string) {
  return Object.fromEntries(
    answers
      .filter((a) => a.subject === subject)
      .map((a) => [
        a.row_id,
        {
          level: a.level,
          status: a.status,
          ...(a.evidence !== null && a.evidence !== '' ? { evidence: a.evidence } : {}),
        },
      ]),
  );
}

/**
 * The region file (`IidRegion`) of the desk's data for one edition: what `inovasi iid` reads.
 * Innovations are named by their registry id.
 */
export function regionFileOf(
  region: Region,
  report: IidReport | undefined,
  entries: readonly IidEntry[],
  answers: readonly IidAnswer[],
): IidRegionInput {
  const kind = report?.region_kind;
  return {
    region: {
      name: region.name,
      ...(kind === 'provinsi' || kind === 'kabupaten' || kind === 'kota' ? { kind } : {}),
      ...(report?.region_code ? { code: report.region_code } : {}),
    },
    spd: answersOf(answers, SPD_SUBJECT),
    innovations: entries.map((e) => ({
      id: e.innovation_id,
      name: e.title,
      stage: e.stage as 'inisiatif' | 'uji-coba' | 'penerapan',
      ...(e.form === 'tata-kelola' || e.form === 'pelayanan-publik' || e.form === 'lainnya'
        ? { form: e.form }
        : {}),
      ...(e.digital !== null ? { digital: e.digital === 1 } : {}),
      urusan: e.urusan,
      ...(e.implementation_date !== null ? { implementationDate: e.implementation_date } : {}),
      ...(e.rancang_bangun_words !== null ? { rancangBangunWords: e.rancang_bangun_words } : {}),
      ...(e.status !== 'claimed' ? { verification: e.status } : {}),
      answers: answersOf(answers, e.innovation_id),
    })),
  };
}

/** Everything the IID page shows for one edition. */
export interface IidOutcome {
  readonly edition: string;
  readonly result: IidResult;
  readonly claimed: IidResult;
  readonly plan: IidPlan;
  readonly comparison?: IidComparison;
  /** The band edges of the edition, as the gauge draws them (null: not known). */
  readonly bands: readonly { readonly predikat: string; readonly minimum: number | null }[];
}

/** The band edges of an edition at a date. */
export function bandsOf(edition: string, asOf: string) {
  const model = readIidModel(builtinRegistry.resolve(edition), asOf);
  const slots = model.predikat?.slots;
  const value = (r: { status: string; value?: number } | undefined) =>
    r?.status === 'known' && typeof r.value === 'number' ? r.value : null;
  return [
    { predikat: 'kurang-inovatif', minimum: value(slots?.kurangInovatif) },
    { predikat: 'inovatif', minimum: value(slots?.inovatif) },
    { predikat: 'sangat-inovatif', minimum: value(slots?.sangatInovatif) },
  ];
}

/**
 * The core's answer for a region file: the chosen view, the claimed view (the plan is made on
 * the claims), the plan to the next predikat and the comparison with the year before.
 *
 * @throws {CoreError} `INPUT_INVALID` when the stored data does not fit the format.
 */
export function iidOutcome(
  file: IidRegionInput,
  edition: string,
  view: IidView,
  today: string,
): IidOutcome {
  const rulebook = builtinRegistry.resolve(edition);
  const result = computeIid(file, rulebook, { view, today });
  const claimed =
    view === 'claimed' ? result : computeIid(file, rulebook, { view: 'claimed', today });
  const previous = previousEdition(edition);
  const comparison =
    previous !== undefined
      ? compareIid(file, builtinRegistry.resolve(previous), rulebook, {
          view,
          asOfB: result.asOf,
          today,
        })
      : undefined;
  return {
    edition,
    result,
    claimed,
    plan: planIid(claimed, rulebook),
    ...(comparison ? { comparison } : {}),
    bands: bandsOf(edition, result.asOf),
  };
}

/** The IID of a region file under an edition (null where the core cannot compute it). */
export function iidOf(file: IidRegionInput, edition: string, view: IidView, today: string) {
  const outcome = safeComputeIid(file, builtinRegistry.resolve(edition), { view, today });
  return outcome.success ? outcome.result : null;
}

/** The eligibility of the region's incentive data under an edition. */
export function incentiveOutcome(data: unknown, edition: string, today: string): EligibilityResult {
  return checkEligibility(data, builtinRegistry.resolve(edition), { today });
}
