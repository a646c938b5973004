import { describe, expect, it } from 'vitest';
import { commandNames, loadCommand } from '../main.js';
import { commands } from './index.js';

describe('the commands', () => {
  it('loads each command by name, the same list the help text and the library show', async () => {
    expect(commandNames).toEqual(commands.map((c) => c.name));
    for (const command of commands) expect(await loadCommand(command.name)).toBe(command);
    expect(await loadCommand('deploy')).toBeUndefined();
    expect(await loadCommand('toString')).toBeUndefined();
  });
});
