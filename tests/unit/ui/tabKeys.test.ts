import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from '../../../renderer/src/ui/tabKeys.ts';

describe('the tab list keys (WAI-ARIA tabs)', () => {
  it('moves with the arrows and wraps around at both ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 4)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3);
    expect(tabKeyTarget('ArrowLeft', 2, 4)).toBe(1);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
  });

  it('leaves every other key, and an empty list, alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a']) expect(tabKeyTarget(key, 1, 3)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
