/**
 * Every readiness rule kind, by id. A rulebook's rules name one of these.
 *
 * @module
 */
import { attachmentsKind } from './rules/attachments.js';
import { awardHistoryKind } from './rules/award-history.js';
import { duplicateTitleKind, quotaKind } from './rules/batch.js';
import { agencyTypeKind, categoryKind, groupKind } from './rules/choice.js';
import { implementationAgeKind } from './rules/implementation-age.js';
import { qualityKind } from './rules/quality.js';
import { replicationSourceKind } from './rules/replication-source.js';
import { requiredFieldsKind } from './rules/required-fields.js';
import { sdgsKind } from './rules/sdgs.js';
import { sectionsKind } from './rules/sections.js';
import { spbeKind } from './rules/spbe.js';
import { videoKind } from './rules/video.js';
import type { ReadinessRuleKind } from './types.js';

/** The readiness rule kinds a rulebook may use. */
export const readinessRuleKinds: readonly ReadinessRuleKind[] = [
  implementationAgeKind,
  agencyTypeKind,
  groupKind,
  categoryKind,
  requiredFieldsKind,
  awardHistoryKind,
  replicationSourceKind,
  sectionsKind,
  attachmentsKind,
  videoKind,
  sdgsKind,
  spbeKind,
  qualityKind,
  duplicateTitleKind,
  quotaKind,
];
