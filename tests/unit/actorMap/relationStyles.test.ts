import { describe, expect, it } from 'vitest';
import { contrastRatio, perceivedLightness } from '../../../shared/items/contrast.ts';
import { relationTypes } from '../../../shared/kinds/actorMap/props.ts';
import { relationStyles } from '../../../shared/kinds/actorMap/relationStyles.ts';
import { ringFills } from '../../../shared/kinds/actorMap/mapStyle.ts';

describe('relation line styles', () => {
  it('has one style per relation type', () => {
    expect(relationStyles.map((s) => s.type)).toEqual([...relationTypes]);
  });

  it('tells every type apart without colour: pattern and width differ for each pair', () => {
    const signature = (s: (typeof relationStyles)[number]) => `${s.dash.join(',')}|${s.lineCap}|${s.width}`;
    expect(new Set(relationStyles.map(signature)).size).toBe(relationStyles.length);
    const patterns = relationStyles.map((s) => `${s.dash.length === 0 ? 'solid' : s.dash.join(',')}|${s.lineCap}`);
    // Only the two solid lines share a pattern, and they differ in width by at least 1.5×.
    const solid = relationStyles.filter((s) => s.dash.length === 0);
    expect(new Set(patterns).size).toBe(relationStyles.length - (solid.length - 1));
    expect(Math.max(...solid.map((s) => s.width)) / Math.min(...solid.map((s) => s.width))).toBeGreaterThanOrEqual(1.5);
  });

  it('draws every line dark enough to read on every ring background (>= 4.5:1)', () => {
    for (const s of relationStyles) {
      for (const fill of ringFills) expect(contrastRatio(s.stroke, fill), `${s.type} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      expect(perceivedLightness(s.stroke)).toBeLessThan(50);
    }
  });
});
