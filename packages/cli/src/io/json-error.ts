/**
 * Where JSON text first goes wrong. `JSON.parse` on Node 20 gives a position for some errors and
 * only a snippet for others ("Unexpected token '}', ..."); this scanner finds the offset of the
 * first error itself, in one pass and without recursion (deep nesting cannot overflow the stack),
 * so every JSON error can name its line and column.
 *
 * @module
 */
import type { LocalizedText } from '@inovasi/core';

/** The first error in JSON text: its UTF-16 offset and a short reason in both languages. */
export interface JsonErrorAt {
  readonly offset: number;
  readonly reason: LocalizedText;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The first error in `text`, or undefined when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorAt | undefined {
  const n = text.length;
  let i = 0;
  // 0: inside an array, 1: inside an object
  const stack: number[] = [];
  let expect: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after' = 'value';
  const fail = (reason: LocalizedText): JsonErrorAt => ({ offset: Math.min(i, n), reason });
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
  };
  const string = (): JsonErrorAt | undefined => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return undefined;
      }
      if (c === 92) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6)))
            return fail({
              id: 'escape \\u yang salah di dalam string',
              en: 'bad \\u escape in a string',
            });
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return fail({ id: 'escape yang salah di dalam string', en: 'bad escape in a string' });
        continue;
      }
      if (c < 32)
        return fail({
          id: 'karakter kontrol di dalam string (tulis sebagai escape, mis. \\n)',
          en: 'control character in a string (write it as an escape, e.g. \\n)',
        });
      i += 1;
    }
    return fail({ id: 'string tidak ditutup', en: 'a string is not closed' });
  };
  for (;;) {
    skipSpace();
    const c = text.charAt(i);
    if (expect === 'value' || expect === 'value-or-end') {
      if (i >= n)
        return fail({ id: 'masukan berakhir terlalu cepat', en: 'unexpected end of input' });
      if (expect === 'value-or-end' && c === ']') {
        stack.pop();
        i += 1;
        expect = 'after';
      } else if (c === '{') {
        stack.push(1);
        i += 1;
        expect = 'key-or-end';
      } else if (c === '[') {
        stack.push(0);
        i += 1;
        expect = 'value-or-end';
      } else if (c === '"') {
        const error = string();
        if (error) return error;
        expect = 'after';
      } else {
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (number) i += number[0].length;
        else if (literal) i += literal.length;
        else
          return fail({
            id: `karakter tak terduga ${JSON.stringify(c)}`,
            en: `unexpected character ${JSON.stringify(c)}`,
          });
        expect = 'after';
      }
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (i >= n)
        return fail({ id: 'masukan berakhir terlalu cepat', en: 'unexpected end of input' });
      if (expect === 'key-or-end' && c === '}') {
        stack.pop();
        i += 1;
        expect = 'after';
        continue;
      }
      if (c !== '"')
        return fail({
          id: 'seharusnya nama properti dalam tanda kutip ganda',
          en: 'expected a property name in double quotes',
        });
      const error = string();
      if (error) return error;
      skipSpace();
      if (text.charAt(i) !== ':')
        return fail({
          id: "seharusnya ':' setelah nama properti",
          en: "expected ':' after a property name",
        });
      i += 1;
      expect = 'value';
      continue;
    }
    // after a value
    const top = stack.at(-1);
    if (top === undefined)
      return i < n
        ? fail({ id: 'ada teks setelah nilai JSON', en: 'unexpected text after the JSON value' })
        : undefined;
    if (i >= n)
      return fail({ id: 'masukan berakhir terlalu cepat', en: 'unexpected end of input' });
    if (c === ',') {
      i += 1;
      expect = top === 1 ? 'key' : 'value';
    } else if ((top === 1 && c === '}') || (top === 0 && c === ']')) {
      stack.pop();
      i += 1;
    } else
      return fail(
        top === 1
          ? { id: "seharusnya ',' atau '}'", en: "expected ',' or '}'" }
          : { id: "seharusnya ',' atau ']'", en: "expected ',' or ']'" },
      );
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
    lineStart = nl + 1;
  }
  return { line, column: end - lineStart + 1 };
}
