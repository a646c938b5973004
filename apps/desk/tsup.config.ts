import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { main: 'src/main.ts', lib: 'src/lib.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  sourcemap: true,
  clean: false,
  outDir: 'dist',
  // workspace packages and npm dependencies are resolved at run time
  skipNodeModulesBundle: true,
});
