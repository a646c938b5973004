import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('createApp on any runtime Hono supports', () => {
  it('bundles for a worker (browser platform) with no Node built-in', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['@inovasi/source', 'worker'],
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((file) => file.startsWith('node:') || file.includes('@hono/node-server')),
    ).toEqual([]);
    expect(inputs.some((file) => file.includes('core/src/readiness/check.ts'))).toBe(true);
  }, 30_000);
});
