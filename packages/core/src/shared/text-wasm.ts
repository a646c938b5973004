/**
 * The word counter of {@link analyzeText} in WebAssembly, for long answers: the text is copied
 * into the module's memory, and `word-count.wat` counts 64 characters at a time with 128-bit SIMD
 * instead of one character at a time. Same counts as the JavaScript loop (a property test holds
 * them equal); text with `<` is left to that loop, which skips HTML tags.
 *
 * The copy is the string's own UTF-16 code units where the platform can write them (Node's
 * `Buffer`: a plain copy, three times faster than encoding), else UTF-8 from the platform's
 * `TextEncoder` (browsers). Where WebAssembly or SIMD is missing, or neither writer is there, or
 * a content security policy forbids compiling WebAssembly, {@link createWasmCounter} answers
 * `undefined` and the JavaScript loop counts everything.
 *
 * @module
 */
import type { TextStats } from './text.js';
import { WORD_COUNT_WASM } from './word-count-wasm.js';

/** Counts a text, or answers `undefined` when it holds `<` (to be counted by the tag-aware loop). */
export type WasmCounter = (text: string) => TextStats | undefined;

/** The platform APIs used, typed here because the core is built without the DOM library. */
interface Platform {
  readonly WebAssembly?: {
    readonly Module: new (bytes: Uint8Array) => object;
    readonly Instance: new (module: object) => { readonly exports: unknown };
  };
  readonly TextEncoder?: new () => {
    encodeInto(text: string, into: Uint8Array): { read: number; written: number };
  };
  readonly atob?: (base64: string) => string;
  readonly Buffer?: {
    from(memory: ArrayBuffer): {
      write(text: string, offset: number, encoding: 'utf16le'): number;
      readonly buffer: ArrayBuffer;
    };
  };
}

/** How the text is copied into the module: UTF-16 code units (Node's `Buffer`) or UTF-8. */
export type WasmEncoding = 'utf-16' | 'utf-8';

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  count(start: number, end: number, wide: 0 | 1): number;
  readonly words: { readonly value: number };
  readonly alnum: { readonly value: number };
}

const PAGE = 65_536;
/** Where the text starts in the module's memory: the class table fills the first page. */
const TEXT_AT = PAGE;
/** Characters per SIMD step of the module (whole steps are counted; the tail is padded with spaces). */
const STEP = 64;

/**
 * Compiles the module once and returns its counter, or `undefined` when the platform cannot run
 * it.
 *
 * @param classes The class of every UTF-16 code unit: 1 white space, 2 letter or digit, anything
 *   else other (65,536 entries).
 * @param encoding How the text is copied into the module; left out, UTF-16 where the platform
 *   can write it, else UTF-8.
 */
export function createWasmCounter(
  classes: ArrayLike<number>,
  encoding?: WasmEncoding,
): WasmCounter | undefined {
  const platform = globalThis as Platform;
  const { WebAssembly: wasm, TextEncoder: Encoder, Buffer: NodeBuffer, atob } = platform;
  if (!wasm || !atob || classes.length !== PAGE) return undefined;
  const wide = encoding === undefined ? NodeBuffer !== undefined : encoding === 'utf-16';
  if (wide ? !NodeBuffer : !Encoder) return undefined;
  let exports: Exports;
  try {
    const binary = atob(WORD_COUNT_WASM);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    exports = new wasm.Instance(new wasm.Module(bytes)).exports as Exports;
  } catch {
    return undefined; // no SIMD, or compiling WebAssembly is not allowed here
  }
  const { memory } = exports;
  let view = new Uint8Array(memory.buffer);
  for (let c = 0; c < PAGE; c += 1) {
    const k = classes[c];
    view[c] = k === 1 || k === 2 ? k : 0;
  }
  if (wide && NodeBuffer) {
    let buffer = NodeBuffer.from(memory.buffer);
    let units16 = new Uint16Array(memory.buffer);
    return (text) => {
      // Two bytes per UTF-16 code unit, plus one step of padding.
      const need = TEXT_AT + (text.length + STEP) * 2;
      if (memory.buffer.byteLength < need) {
        memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
      }
      if (buffer.buffer !== memory.buffer) {
        buffer = NodeBuffer.from(memory.buffer);
        units16 = new Uint16Array(memory.buffer);
      }
      const units = buffer.write(text, TEXT_AT, 'utf16le') / 2;
      const end = Math.ceil(units / STEP) * STEP;
      units16.fill(0x20, TEXT_AT / 2 + units, TEXT_AT / 2 + end);
      if (exports.count(TEXT_AT, TEXT_AT + end * 2, 1) !== 0) return undefined;
      return { words: exports.words.value, alnum: exports.alnum.value };
    };
  }
  if (!Encoder) return undefined;
  const encoder = new Encoder();
  return (text) => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, plus one step of padding.
    const need = TEXT_AT + text.length * 3 + STEP;
    if (memory.buffer.byteLength < need) {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
    }
    if (view.buffer !== memory.buffer) view = new Uint8Array(memory.buffer);
    const { written } = encoder.encodeInto(text, view.subarray(TEXT_AT));
    const end = TEXT_AT + Math.ceil(written / STEP) * STEP;
    view.fill(0x20, TEXT_AT + written, end);
    if (exports.count(TEXT_AT, end, 0) !== 0) return undefined;
    return { words: exports.words.value, alnum: exports.alnum.value };
  };
}
