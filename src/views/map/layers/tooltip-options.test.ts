import { describe, expect, it } from 'vitest';
import { fittingDirection } from './tooltip-options';

const map = { x: 800, y: 450 };
const tip = { x: 300, y: 140 };

describe('fittingDirection', () => {
  it('puts a tooltip above the point when it fits there', () => {
    expect(fittingDirection({ x: 400, y: 300 }, map, tip)).toBe('top');
  });

  it('puts it below a point near the top of the map, where it would be cut off above', () => {
    expect(fittingDirection({ x: 400, y: 60 }, map, tip)).toBe('bottom');
  });

  it('puts it beside a point near either side, towards the middle', () => {
    expect(fittingDirection({ x: 40, y: 300 }, map, tip)).toBe('right');
    expect(fittingDirection({ x: 780, y: 300 }, map, tip)).toBe('left');
  });

  it('puts it beside the point when the map is too short for it above or below', () => {
    expect(fittingDirection({ x: 300, y: 100 }, { x: 800, y: 200 }, tip)).toBe('right');
  });
});
