import { defineConfig } from 'tsup';
import { libraryConfig } from '@inovasi/tsup-config';

export default defineConfig(libraryConfig(import.meta.dirname, { platform: 'node' }));
