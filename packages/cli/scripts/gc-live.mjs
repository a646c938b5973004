// Preloaded (`node --import`) by national-stream.mjs into the CLI process it measures: after each full
// (mark-compact) collection, appends `<ms since start> <heap in use, bytes>` to the file named by
// INOVASI_GC_LOG. Right after a full collection the heap in use is the live data (plus the little
// allocated since), so its maximum over a run says whether what the CLI keeps grows with the batch,
// apart from how far V8 lets garbage pile up between collections (which is what peak RSS shows).
import { appendFileSync } from 'node:fs';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';

const file = process.env.INOVASI_GC_LOG;
if (file) {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      const used = process.memoryUsage().heapUsed;
      appendFileSync(file, `${Math.round(performance.now())} ${used}\n`);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  // the observer must not keep a finished CLI alive
  if (typeof observer.unref === 'function') observer.unref();
}
