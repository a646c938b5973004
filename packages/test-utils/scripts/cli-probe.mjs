// A probe for `node --import` in every CLI run of the hostile-input runner: at exit it writes
// the process's peak resident memory and any property added to a built-in prototype (prototype
// pollution) as one JSON line to file descriptor 3, which the runner reads.
import { writeSync } from 'node:fs';

const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
};
const before = Object.fromEntries(
  Object.entries(prototypes).map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]),
);

process.on('exit', () => {
  const polluted = Object.entries(prototypes).flatMap(([name, proto]) =>
    Reflect.ownKeys(proto)
      .filter((key) => !before[name].has(key))
      .map((key) => `${name}.prototype.${String(key)}`),
  );
  try {
    writeSync(3, `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, polluted })}\n`);
  } catch {
    // no fd 3: run outside the runner
  }
});
