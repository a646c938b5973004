// This file imports only `zod/mini`: zod classic would register its English messages itself and
// hide a missing default.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { withMeta } from './zod.js';

describe('zod/mini in the core', () => {
  it('speaks English in issue messages, as zod classic does', () => {
    const result = z.strictObject({ title: z.string() }).safeParse({ title: 5, extra: 1 });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Invalid input: expected string, received number',
      'Unrecognized key: "extra"',
    ]);
  });

  it('withMeta copies the schema and registers its metadata, leaving the original as it was', () => {
    const base = withMeta(z.string().check(z.minLength(1)), { id: 'Base', description: 'base' });
    const described = withMeta(base, { description: 'a use of base' });
    expect(described).not.toBe(base);
    expect(z.globalRegistry.get(base)).toEqual({ id: 'Base', description: 'base' });
    // like classic `.meta()`: the copy inherits the parent's metadata except its id
    expect(z.globalRegistry.get(described)).toEqual({ description: 'a use of base' });
    expect(described.safeParse('').success).toBe(false);
    expect(z.toJSONSchema(z.object({ a: base, b: described }), { io: 'input' })).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/Base' },
        b: { $ref: '#/$defs/Base', description: 'a use of base' },
      },
      required: ['a', 'b'],
      $defs: { Base: { type: 'string', minLength: 1, description: 'base' } },
    });
  });
});
