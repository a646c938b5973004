/**
 * The core's schemas are built with `zod/mini`, the tree-shakeable form of zod 4: the readiness
 * entry then carries only the validators it uses, not zod classic's method chains and JSON Schema
 * generator (`z.toJSONSchema` from `zod` works on these schemas all the same). This module adds
 * the two things classic gives for free: English issue messages and `.meta()`.
 *
 * @module
 */
import * as z from 'zod/mini';
// the English locale alone: `zod/locales` would load every locale (about 50 modules) at start-up
import en from 'zod/v4/locales/en.js';

// zod classic registers its English messages on first use; zod/mini leaves "Invalid input".
// Keep an error map someone configured (`z.config(z.locales.id())`), else speak English.
// Every schema module imports `withMeta` from here, so no bundler drops this line.
if (z.config().localeError === undefined) z.config(en());

/**
 * Attaches metadata (`id`, `description`, `examples`) to a schema exactly as zod classic's
 * `.meta()` does: the result is a copy whose parent is `schema`, registered in
 * `z.globalRegistry`, so the generated JSON Schemas do not change.
 *
 * @example
 * ```ts
 * const Year = withMeta(z.int(), { id: 'Year', description: 'A calendar year.' });
 * ```
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}
