/** [start, end) pairs of the letter-or-digit code units from U+0080 (surrogates excluded). */
export function alnumRanges(): number[];
/** The TypeScript module `src/shared/character-classes.ts` for the given ranges. */
export function characterClassesModule(ranges?: number[]): string;
