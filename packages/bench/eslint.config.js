import { base } from '@inovasi/eslint-config';

export default base(import.meta.dirname);
