import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';
import { createTestIo } from './test-io.js';

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const io = createTestIo();
    const p = createProgress(io, 10, 'check');
    for (let i = 0; i < 10; i += 1) p.tick();
    p.done();
    expect(io.err()).toBe('');
  });

  it('draws a bar after a moment on a terminal, then clears it', () => {
    let t = 0;
    const io = { ...createTestIo(), stderrIsTTY: true, now: () => t };
    let err = '';
    const p = createProgress({ ...io, stderr: (s) => (err += s) }, 4, 'check');
    p.tick();
    expect(err).toBe('');
    t = 1000;
    p.tick();
    expect(err).toContain('check [############............] 2/4');
    p.done();
    expect(err.endsWith('\r')).toBe(true);
  });
});
