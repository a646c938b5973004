/**
 * Facts about one proposal that several rules need (word and letter counts of the
 * sections and the title), computed at most once per proposal.
 *
 * @module
 */
import type { Proposal } from './schema.js';
import { analyzeText, type TextStats } from '../shared/text.js';

/** Lazily computed facts about one proposal. */
export interface ProposalFacts {
  /** Stats of a section's text, or undefined when the section is absent. */
  section(id: string): TextStats | undefined;
  /** Stats of the title, or undefined when there is none. */
  title(): TextStats | undefined;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/** Creates the facts of one proposal. */
export function createFacts(proposal: Proposal): ProposalFacts {
  const sections = proposal.sections ?? EMPTY;
  // The sections counted so far, side by side (a handful per proposal: a scan, not a map).
  const ids: string[] = [];
  const counted: TextStats[] = [];
  let title: TextStats | undefined;
  return {
    section(id) {
      for (let i = 0; i < ids.length; i += 1) if (ids[i] === id) return counted[i];
      if (!Object.hasOwn(sections, id)) return undefined;
      const text = sections[id];
      if (text === undefined) return undefined;
      const stats = analyzeText(text);
      ids.push(id);
      counted.push(stats);
      return stats;
    },
    title() {
      if (proposal.title === undefined) return undefined;
      title ??= analyzeText(proposal.title);
      return title;
    },
  };
}
