/**
 * The CPU slowdown that makes this machine a mid-tier phone, from Lighthouse's benchmarkIndex, by the formula of
 * Lighthouse's own CPU throttling calculator (linked from its docs/throttling.md: lighthouse-cpu-throttling-calculator,
 * pages/index.js): 4x is right for an index of about 1,533; 3x at 1,300; 2x at 800; 1x at 150. Lighthouse's default
 * is a fixed 4x, which assumes a fast desktop; on a slower machine it emulates a slower phone than it means to.
 */
export function calibratedSlowdown(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
