import { describe, expect, it } from 'vitest';
import { DATE_RANGE, IsoDateSchema, isSupportedDate } from './dates.js';
import { codeSpan, escapeMarkdown, safeLinkTarget } from './markdown.js';
import { normalizeText, stripTags } from './text.js';

describe('stripTags (issue #14: the tag regex took seconds on "<a" repeated)', () => {
  it('matches /<[^>]{0,500}>/g exactly', () => {
    const samples = [
      '<b>Layanan</b> Adminduk',
      'a < b > c',
      '<<<>',
      `<${'x'.repeat(500)}>y`,
      `<${'x'.repeat(501)}>y`,
      `<a${'<a'.repeat(300)}>`,
      'no tags',
      '<>',
      '<a',
      '>>',
    ];
    for (const s of samples) expect(stripTags(s)).toBe(s.replace(/<[^>]{0,500}>/g, ' '));
  });

  it('is linear: 900 KB of "<a" then ">" is stripped in one pass', () => {
    // 450,000 open brackets: the regular expression scanned 500 characters from each
    const small = `X ${'<a'.repeat(2_000)}>`;
    expect(stripTags(small)).toBe(small.replace(/<[^>]{0,500}>/g, ' '));
    const text = `X ${'<a'.repeat(450_000)}>`;
    expect(normalizeText(text).split(' ')).toHaveLength(1 + 450_000 - 250);
    expect(stripTags('<a'.repeat(450_000)).length).toBe(900_000);
  });
});

describe('date bounds (issue #14: 9999-12-31 gave a 500 / exit 70)', () => {
  it('accepts 1900–2199 and refuses dates near 0000 and 9999 with the range in the message', () => {
    expect(isSupportedDate(DATE_RANGE.earliest)).toBe(true);
    expect(isSupportedDate(DATE_RANGE.latest)).toBe(true);
    for (const bad of ['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) {
      expect(isSupportedDate(bad)).toBe(false);
      const parsed = IsoDateSchema.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain('from 1900-01-01 to 2199-12-31');
    }
  });
});

describe('Markdown escaping (issue #14: raw HTML and javascript: links passed through)', () => {
  it('turns HTML into entities and brackets into text, so no tag and no link survives', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> [klik](javascript:alert(1)) a|b\nc');
    expect(out).not.toMatch(/<|(?<!\\)\[/);
    expect(out).toBe('&lt;img src=x onerror=alert(1)&gt; \\[klik](javascript:alert(1)) a\\|b c');
    expect(escapeMarkdown('\\[x](javascript:y) &lt; & [A]')).toBe(
      '\\\\\\[x](javascript:y) &amp;lt; & \\[A]',
    );
  });

  it('code spans hold any backticks', () => {
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('KIPP.AGE.MIN')).toBe('`KIPP.AGE.MIN`');
  });

  it('link targets are http(s) or mailto only', () => {
    expect(safeLinkTarget('https://jdih.go.id')).toBe('https://jdih.go.id');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ])
      expect(safeLinkTarget(bad)).toBeUndefined();
  });
});
