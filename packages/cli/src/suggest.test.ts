import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';

describe('suggest', () => {
  const commands = ['check', 'rulebook', 'report', 'score', 'iid', 'incentive'];
  it('finds the command meant by a typo or a prefix', () => {
    expect(suggest('rulbook', commands)).toBe('rulebook');
    expect(suggest('chek', commands)).toBe('check');
    expect(suggest('repot', commands)).toBe('report');
    expect(suggest('inc', commands)).toBe('incentive');
    expect(suggest('valdiate', ['list', 'show', 'validate', 'diff'])).toBe('validate');
  });
  it('suggests nothing for something unrelated', () => {
    expect(suggest('deploy', commands)).toBeUndefined();
    expect(suggest('x', commands)).toBeUndefined();
  });
});
