import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneCharacter } from './quality.js';

describe('isOneCharacter', () => {
  // The definition it replaces.
  const reference = (text: string): boolean => /^(.)\1*$/u.test(text.replaceAll(' ', ''));

  it('answers as the pattern on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'A',
      'b',
      ' ',
      '  ',
      '😀',
      '\ud83d',
      '\ude00',
      '\n',
      '\u2028',
      'ß',
      '1',
    );
    const text = fc.oneof(
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: fc.constantFrom('x', ' ', '😀'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(isOneCharacter(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the plain cases', () => {
    expect(isOneCharacter('aaa a')).toBe(true);
    expect(isOneCharacter('😀 😀')).toBe(true);
    expect(isOneCharacter('ab')).toBe(false);
    expect(isOneCharacter('  ')).toBe(false);
    expect(isOneCharacter('\n')).toBe(false);
  });
});
