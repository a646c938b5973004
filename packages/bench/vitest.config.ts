import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inovasi/source'] },
  ssr: { resolve: { conditions: ['@inovasi/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['@inovasi/test-utils/setup/fail-on-console'],
    testTimeout: 300_000,
  },
});
