import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../scripts/build-wasm.mjs';
import { analyzeText, analyzeTextInJs } from './text.js';
import { createWasmCounter } from './text-wasm.js';

// The classes as documented in text.ts, built here independently of its table.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACES = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const classes = Array.from({ length: 0x10000 }, (_, c) => {
  if (c <= 32 || SPACES.has(c) || (c >= 0x2000 && c <= 0x200b)) return 1;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 0;
});

const pieces = fc.constantFrom(
  'Layanan',
  'anak-anak',
  'Rp10.000',
  '(25%)',
  'https://contoh.go.id/a?b=1',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u0085',
  '\u200b',
  '\u3000',
  '\ufeff',
  '—',
  '•',
  '"',
  'économie',
  'İstanbul',
  '経済',
  'ß',
  '𝐀𝐁',
  '😀',
  '\ud800',
  '\udc00',
  'x',
);
const text = fc.oneof(
  fc.array(pieces, { maxLength: 400 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 200, maxLength: 900 }),
);

describe.each(['utf-16', 'utf-8'] as const)('the WebAssembly word counter over %s', (encoding) => {
  const counter = createWasmCounter(classes, encoding);

  it('compiles on this platform (Node 20 has WebAssembly SIMD, Buffer and TextEncoder)', () => {
    expect(counter).toBeTypeOf('function');
  });

  it('counts exactly as the JavaScript loop, and leaves text with `<` to it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const stats = counter?.(t);
        if (t.includes('<')) expect(stats).toBeUndefined();
        else expect(stats).toEqual(analyzeTextInJs(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts across every 64-character step boundary and very long text', () => {
    const unit = 'kata— anak-anak ';
    for (let n = 0; n < 200; n += 1) {
      const t = 'x'.repeat(n) + ' ' + unit.repeat(40) + '\u00a0é';
      expect(counter?.(t)).toEqual(analyzeTextInJs(t));
    }
    const long = 'pelayanan  publik—desa\n'.repeat(50_000); // grows the module's memory
    expect(counter?.(long)).toEqual(analyzeTextInJs(long));
    expect(analyzeText(long).words).toBe(100_000); // 'publik—desa' is one word
  });
});

describe('the WebAssembly word counter', () => {
  it('copies UTF-16 where the platform has Buffer, UTF-8 where it has only TextEncoder', () => {
    const platform = globalThis as { Buffer?: unknown; TextEncoder?: unknown };
    const saved = { Buffer: platform.Buffer, TextEncoder: platform.TextEncoder };
    try {
      delete platform.Buffer;
      expect(createWasmCounter(classes, 'utf-16')).toBeUndefined();
      expect(createWasmCounter(classes)).toBeTypeOf('function'); // UTF-8
      delete platform.TextEncoder;
      expect(createWasmCounter(classes)).toBeUndefined();
    } finally {
      platform.Buffer = saved.Buffer;
      platform.TextEncoder = saved.TextEncoder;
    }
  });

  it('is what analyzeText uses for long answers, with the same counts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(analyzeText(t)).toEqual(analyzeTextInJs(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('is the committed assembly of word-count.wat', async () => {
    const wat = readFileSync(new URL('./word-count.wat', import.meta.url), 'utf8');
    const committed = readFileSync(new URL('./word-count-wasm.ts', import.meta.url), 'utf8');
    expect(await assemble(wat)).toBe(committed);
  });

  it('answers undefined where the platform has no WebAssembly', () => {
    const platform = globalThis as { WebAssembly?: unknown };
    const saved = platform.WebAssembly;
    try {
      delete platform.WebAssembly;
      expect(createWasmCounter(classes)).toBeUndefined();
    } finally {
      platform.WebAssembly = saved;
    }
  });
});
