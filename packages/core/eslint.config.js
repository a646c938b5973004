import { base, pureCore } from '@inovasi/eslint-config';

export default [...base(import.meta.dirname), pureCore];
