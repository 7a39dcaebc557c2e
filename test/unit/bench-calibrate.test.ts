/**
 * The benchmark's --calibrate slowdown follows Lighthouse's CPU throttling calculator: a wrong formula would report a
 * calibrated score for a phone faster (or slower) than the mid-tier phone Lighthouse means to emulate.
 */
import { describe, expect, it } from 'vitest';
import { calibratedSlowdown } from '../../bench/calibrate.mjs';

describe('calibratedSlowdown', () => {
  it('gives the calculator’s own points: 6x at 2,000, 4x at about 1,533, 3x at 1,300, 2x at 800, 1x at 150', () => {
    expect(calibratedSlowdown(2000)).toBeCloseTo(6, 1);
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 1);
    expect(calibratedSlowdown(1300)).toBe(3);
    expect(calibratedSlowdown(800)).toBe(2);
    expect(calibratedSlowdown(150)).toBe(1);
  });

  it('never slows a very slow machine below 1x, and rises with the machine’s speed', () => {
    expect(calibratedSlowdown(50)).toBe(1);
    const indexes = [100, 400, 799, 800, 1000, 1299, 1300, 1600, 2400];
    const slowdowns = indexes.map(calibratedSlowdown);
    for (let i = 1; i < slowdowns.length; i++) expect(slowdowns[i]!).toBeGreaterThanOrEqual(slowdowns[i - 1]!);
  });
});
