/**
 * The word counter of {@link analyzeText} in WebAssembly, for long answers: the text is encoded
 * as UTF-8 into the module's memory by the platform's `TextEncoder`, and `word-count.wat` counts
 * 64 bytes at a time with 128-bit SIMD instead of one character at a time. Same counts as the
 * JavaScript loop (a property test holds them equal); text with `<` is left to that loop, which
 * skips HTML tags.
 *
 * Where WebAssembly, SIMD or `TextEncoder` is missing, or a content security policy forbids
 * compiling WebAssembly, {@link createWasmCounter} answers `undefined` and the JavaScript loop
 * counts everything.
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
}

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  count(start: number, end: number): number;
  readonly words: { readonly value: number };
  readonly alnum: { readonly value: number };
}

const PAGE = 65_536;
/** Where the text starts in the module's memory: the class table fills the first page. */
const TEXT_AT = PAGE;
/** Bytes per SIMD step of the module (whole steps are counted; the tail is padded with spaces). */
const STEP = 64;

/**
 * Compiles the module once and returns its counter, or `undefined` when the platform cannot run
 * it.
 *
 * @param classes The class of every UTF-16 code unit: 1 white space, 2 letter or digit, anything
 *   else other (65,536 entries).
 */
export function createWasmCounter(classes: ArrayLike<number>): WasmCounter | undefined {
  const platform = globalThis as Platform;
  const { WebAssembly: wasm, TextEncoder: Encoder, atob } = platform;
  if (!wasm || !Encoder || !atob || classes.length !== PAGE) return undefined;
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
    if (exports.count(TEXT_AT, end) !== 0) return undefined;
    return { words: exports.words.value, alnum: exports.alnum.value };
  };
}
