/**
 * Vitest setup: a test that prints to the console fails. Library code must not print; tests
 * capture output instead.
 */
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const printed = calls.join('\n');
    calls = [];
    throw new Error(`The test printed to the console:\n${printed}`);
  }
});
