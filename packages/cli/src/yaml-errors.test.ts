import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import { parseYamlText } from './input.js';
import { setActiveLang } from './messages.js';
import { YAML_ERRORS, yamlErrorText } from './yaml-errors.js';

/** The error codes the installed `yaml` declares (its `ErrorCode` union), read from its types. */
function yamlErrorCodes(): string[] {
  const pkg = createRequire(import.meta.url).resolve('yaml/package.json');
  const types = readFileSync(join(dirname(pkg), 'dist', 'errors.d.ts'), 'utf8');
  const union = /type ErrorCode\s*=([^;]+);/.exec(types)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1] ?? '');
}

async function yamlError(text: string): Promise<CliError> {
  try {
    await parseYamlText(text, 'a.yaml');
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

afterEach(() => {
  setActiveLang('id');
});

describe('YAML syntax errors in both languages', () => {
  it('every error code of the yaml package has a text in each language', () => {
    const codes = yamlErrorCodes();
    expect(codes.length).toBeGreaterThan(15);
    for (const code of codes) {
      expect(YAML_ERRORS[code]?.id, code).toBeTruthy();
      expect(YAML_ERRORS[code]?.en, code).toBeTruthy();
      expect(YAML_ERRORS[code]?.id, code).not.toBe(YAML_ERRORS[code]?.en);
    }
  });

  it.each([
    ['title: [a, b\nunit: c\n', 'BAD_INDENT'],
    ['title: a\ntitle: b\n', 'DUPLICATE_KEY'],
    ['a:\n  b: 1\n c: 2\n', 'BAD_INDENT'],
    ['a: 1\n---\na: 2\n', 'MULTIPLE_DOCS'],
  ])('%j: file, line and column, the code, and no English in Indonesian', async (text, code) => {
    setActiveLang('id');
    const error = await yamlError(text);
    expect(error.text.id).toMatch(
      new RegExp(`^a\\.yaml:\\d+:\\d+: YAML tidak sah: .+ \\(${code}\\)$`),
    );
    expect(error.text.id).not.toMatch(/\b(expected|missing|invalid|must|the|key|document)\b/i);
    expect(error.text.en).toMatch(
      new RegExp(`^a\\.yaml:\\d+:\\d+: invalid YAML: .+ \\(${code}\\)$`),
    );
    expect(error.message).toBe(error.text.id);
  });

  it('an unknown code still names itself', () => {
    expect(yamlErrorText('a.yaml:1:1', 'NEW_CODE')).toEqual({
      id: 'a.yaml:1:1: YAML tidak sah (NEW_CODE)',
      en: 'a.yaml:1:1: invalid YAML (NEW_CODE)',
    });
  });
});
