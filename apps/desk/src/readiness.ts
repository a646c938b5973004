/**
 * The server side of readiness: each region's rulebook registry (the built-in editions plus the
 * region's own overlay), the date rules are read at, and the check at every save. The same core
 * entry runs in the browser bundle; the server's answer is the one stored.
 *
 * @module
 */
import type { Finding } from '@inovasi/core';
import { resolveAsOf } from '@inovasi/core/contract';
import {
  createReadinessChecker,
  readinessReferenceDate,
  type ReadinessResult,
} from '@inovasi/core/readiness';
import { builtinRegistry } from '@inovasi/core/registry';
import type { RulebookRegistry, RulebookSummary } from '@inovasi/core/rulebook';
import type { Region } from './storage/store.js';

const registries = new Map<string, { overlay: string | null; registry: RulebookRegistry }>();

/** The rulebooks a region's proposals may use: the built-ins and its overlay. */
export function registryOf(region: Region): RulebookRegistry {
  const cached = registries.get(region.id);
  if (cached?.overlay === region.overlay) return cached.registry;
  const registry =
    region.overlay === null
      ? builtinRegistry
      : builtinRegistry.with([JSON.parse(region.overlay) as unknown]);
  registries.set(region.id, { overlay: region.overlay, registry });
  return registry;
}

/** The readiness rulebooks offered in the form (cancelled editions left out). */
export function readinessRulebooks(region: Region): RulebookSummary[] {
  return registryOf(region)
    .list({ domain: 'readiness' })
    .filter((b) => b.status !== 'cancelled');
}

/**
 * The date the rules are read at: the region's setting, else the core's date policy
 * (`resolveAsOf`): today inside the edition's window, otherwise its registration close, so a
 * past edition is read as it stood and the desk agrees with the CLI and the HTTP API.
 */
export function asOfFor(region: Region, rulebookId: string, today: string): string {
  const rulebook = registryOf(region).resolve(rulebookId);
  const asOf = region.as_of !== null ? { asOf: region.as_of } : {};
  return resolveAsOf(rulebook, readinessReferenceDate(rulebook), { ...asOf, today }).asOf;
}

/** The outcome of a check: a result, or the input problems that kept it from running. */
export type CheckOutcome =
  | { readonly ok: true; readonly result: ReadinessResult }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly issues: readonly { path: string; message: string }[];
    };

/** Checks a proposal document with a region's rulebook. */
export function checkProposal(
  region: Region,
  rulebookId: string,
  data: unknown,
  today: string,
): CheckOutcome {
  try {
    const checker = createReadinessChecker(registryOf(region).resolve(rulebookId), {
      asOf: asOfFor(region, rulebookId, today),
    });
    return { ok: true, result: checker.check(data) };
  } catch (error) {
    const e = error as {
      code?: string;
      message?: string;
      issues?: { path: string; message: string }[];
    };
    if (typeof e.code === 'string')
      return { ok: false, code: e.code, message: e.message ?? e.code, issues: e.issues ?? [] };
    throw error;
  }
}

/** The stored summary of a result. */
export function summaryOf(result: ReadinessResult): {
  status: string;
  errors: number;
  warnings: number;
} {
  return {
    status: result.status,
    errors: result.summary.errors,
    warnings: result.summary.warnings,
  };
}

export type { Finding };
