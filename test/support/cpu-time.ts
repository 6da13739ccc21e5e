/**
 * CPU time spent by this process while `fn` runs, best of `runs`, in milliseconds.
 *
 * The ReDoS guards measure CPU time, not wall time: on a loaded machine the wall clock also
 * counts the time this process waited for a core, which says nothing about the pattern,
 * while catastrophic backtracking burns seconds of CPU whatever else runs.
 */
export function bestCpuMs(fn: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
