import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inovasi/source'] },
  ssr: { resolve: { conditions: ['@inovasi/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // Generous: the e2e and property tests spawn binaries or run many cases; CI machines are shared.
    testTimeout: 300_000,
    setupFiles: ['@inovasi/test-utils/setup/fail-on-console'],
  },
});
