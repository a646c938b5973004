import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from './dates.js';
import { inputIssue, issueText, issuesFromZod, zodCustom } from './errors.js';
import { inputMessages, type InputMessageCode } from './input-messages.js';
import { zodIssueText } from './zod-messages.js';

/** Parameters that fill every template of the catalogue (each reads only its own). */
const SAMPLE = {
  got: 'x',
  earliest: '1900-01-01',
  latest: '2199-12-31',
  choices: ['a', 'b', 'c'],
  min: 0,
  max: 10,
  id: 'r1',
  pot: 'p',
  rulebook: 'rb',
  pots: ['p1', 'p2'],
  value: 5,
  role: 'judge',
  names: ['juri', 'judge'],
  stage: 'S',
  stages: ['S', 'T'],
  criterion: 'k',
  criteria: ['k', 'm'],
  sheet: 1,
  judge: 'J1',
  entry: 'E1',
  problem: { id: 'masalah', en: 'problem' },
  scale: { id: '1–5 (langkah 1)', en: '1–5 (step 1)' },
  step: 1,
  sum: 2,
  declared: 1,
} as const;

/** English words that must never reach an Indonesian text. */
const ENGLISH = /\b(expected|received|invalid|must|got|the|is not|duplicate|empty|needs?)\b/i;

describe('the input catalogue', () => {
  const codes = Object.keys(inputMessages) as InputMessageCode[];

  it.each(codes)('%s has an Indonesian and an English text, and they differ', (code) => {
    const text = (inputMessages[code] as (p: typeof SAMPLE) => { id: string; en: string })(SAMPLE);
    expect(text.id.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
    expect(text.id).not.toMatch(ENGLISH);
  });

  it('an issue keeps its code, its params, English in message and both languages in text', () => {
    const issue = inputIssue('ppkd', 'INPUT.NUMBER', { got: 'banyak' });
    expect(issue).toEqual({
      path: 'ppkd',
      code: 'INPUT.NUMBER',
      params: { got: 'banyak' },
      message: 'expected a number, got "banyak"',
      text: { id: 'seharusnya angka, diterima "banyak"', en: 'expected a number, got "banyak"' },
    });
    expect(issueText(issue, 'id')).toBe('seharusnya angka, diterima "banyak"');
    expect(issueText({ path: 'x', message: 'old' }, 'id')).toBe('old');
  });
});

describe('zod problems in both languages', () => {
  const Schema = z.strictObject({
    n: z.number(),
    name: z.string().check(z.minLength(1)),
    date: z.optional(IsoDateSchema),
    level: z.optional(z.enum(['kota', 'kabupaten'])),
    pair: z.optional(
      z.object({ a: z.number() }).check(
        z.superRefine((v, ctx) => {
          if (v.a > 1)
            ctx.addIssue({ code: 'custom', ...zodCustom('SCORING.RUBRIC.NO_WEIGHT', {}) });
        }),
      ),
    ),
  });

  it('translates every issue, custom ones by their catalogue code, and names the value', () => {
    const parsed = Schema.safeParse(
      { n: 'satu', name: '', date: '2024-02-30', level: 'desa', pair: { a: 2 }, extra: 1 },
      { reportInput: true },
    );
    expect(parsed.success).toBe(false);
    const issues = issuesFromZod(parsed.error?.issues ?? []);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]));
    expect(byPath.n?.text?.id).toBe('tipe salah: seharusnya angka, diterima teks');
    expect(byPath.name?.text?.id).toBe('tidak boleh kosong');
    expect(byPath.date).toMatchObject({
      code: 'INPUT.DATE',
      text: { id: 'seharusnya tanggal kalender YYYY-MM-DD, diterima "2024-02-30"' },
    });
    expect(byPath.level?.text?.id).toContain('pilih salah satu dari "kota", "kabupaten"');
    expect(byPath.pair).toMatchObject({ code: 'SCORING.RUBRIC.NO_WEIGHT' });
    expect(byPath['(root)']?.text?.id).toBe('kolom tidak dikenal: extra');
    for (const issue of issues) expect(issue.text?.id ?? '').not.toMatch(ENGLISH);
  });

  it('a date outside the supported range says so, once', () => {
    const parsed = IsoDateSchema.safeParse('9999-12-31', { reportInput: true });
    const issues = issuesFromZod(parsed.error?.issues ?? []);
    expect(issues.map((i) => i.code)).toEqual(['INPUT.DATE_RANGE']);
    expect(issues[0]?.text?.id).toContain('antara 1900-01-01 dan 2199-12-31');
  });

  it('a missing field is "wajib diisi" only when zod kept the input', () => {
    const missing = z.object({ n: z.number() }).safeParse({}, { reportInput: true });
    expect(issuesFromZod(missing.error?.issues ?? [])[0]?.text?.id).toBe('wajib diisi (angka)');
    const blind = z.object({ n: z.number() }).safeParse({});
    expect(issuesFromZod(blind.error?.issues ?? [])[0]?.text?.id).toBe('seharusnya angka');
  });

  it('never throws and always has both languages, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parsed = Schema.safeParse(input, { reportInput: true });
        for (const issue of issuesFromZod(parsed.error?.issues ?? [])) {
          expect(issue.text?.id).toBeTruthy();
          expect(issue.text?.en).toBeTruthy();
        }
      }),
    );
    expect(zodIssueText({ code: 'custom', path: [], message: 'x', input: 1 }).id).toBe(
      'nilai tidak sah',
    );
  });
});
