/**
 * Who may do what, in one place. Every desk route asks these functions with the signed-in user
 * and the row it is about; rows of another region never reach them (the store is always queried
 * with the user's region).
 *
 * @module
 */
import type { ProposalRow, User } from './storage/store.js';

/** The data scope of a user: which innovations it may see. */
export interface Scope {
  readonly user: User;
  /** For mentors: the innovations assigned to them. */
  readonly assigned: readonly string[];
}

/** May the user see this innovation (and its proposals)? */
export function canSee(
  scope: Scope,
  row: { innovation_id?: string; id?: string; opd_id: string },
): boolean {
  const { user } = scope;
  const innovationId = row.innovation_id ?? row.id ?? '';
  switch (user.role) {
    case 'admin':
    case 'viewer':
      return true;
    case 'innovator':
      return user.opd_id === row.opd_id;
    case 'mentor':
      return scope.assigned.includes(innovationId);
    case 'judge': // panel-only accounts see entries through their assignments (judging/routes.ts)
      return false;
  }
}

/** May the user change this innovation or write its proposal? */
export function canEdit(scope: Scope, row: { opd_id: string }): boolean {
  const { user } = scope;
  return user.role === 'admin' || (user.role === 'innovator' && user.opd_id === row.opd_id);
}

/** May the user comment on this proposal? */
export function canComment(scope: Scope, row: ProposalRow): boolean {
  const { user } = scope;
  return (
    user.role === 'admin' || (user.role === 'mentor' && scope.assigned.includes(row.innovation_id))
  );
}

/** May the user add an innovation to this OPD? */
export function canAddInnovation(scope: Scope, opdId: string): boolean {
  const { user } = scope;
  return user.role === 'admin' || (user.role === 'innovator' && user.opd_id === opdId);
}
