import { defineConfig } from 'vitest/config';

export default defineConfig({
  // judging.test.ts runs `inovasi score` in-process from the CLI's source, which reads its version here
  define: { __INOVASI_VERSION__: JSON.stringify('0.0.0-test') },
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
