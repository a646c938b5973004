import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inovasi/source'] },
  ssr: { resolve: { conditions: ['@inovasi/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // Generous: the fixture checks read every case file; CI machines are shared (a 5 s default
    // timed out at load 50). Nothing here asserts speed.
    testTimeout: 300_000,
    setupFiles: ['./src/fail-on-console.ts'],
  },
});
