import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inovasi/source'] },
  ssr: { resolve: { conditions: ['@inovasi/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Wide margins: the e2e tests drive Chromium and spawn servers on a shared 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    setupFiles: ['@inovasi/test-utils/setup/fail-on-console'],
  },
});
