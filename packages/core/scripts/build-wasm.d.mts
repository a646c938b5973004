/** The TypeScript module `src/shared/word-count-wasm.ts` for the given WebAssembly text. */
export function assemble(wat: string): Promise<string>;
