import { describe, expect, it } from 'vitest';
import { core } from '../../../shared/i18n/areas/core.ts';
import { workshop } from '../../../shared/i18n/areas/workshop.ts';
import { canvas } from '../../../shared/i18n/areas/canvas.ts';
import { desktop } from '../../../shared/i18n/areas/desktop.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';

describe('the desktop text area', () => {
  it('shares no key with another area (a later spread would silently win)', () => {
    const others = new Set([...Object.keys(core.nb), ...Object.keys(workshop.nb), ...Object.keys(canvas.nb)]);
    for (const key of Object.keys(desktop.nb)) expect(others.has(key), key).toBe(false);
  });

  it('is wired into both dictionaries', () => {
    for (const [key, text] of Object.entries(desktop.nb)) expect(nb[key as keyof typeof nb]).toBe(text);
    for (const [key, text] of Object.entries(desktop.en)) expect(en[key as keyof typeof en]).toBe(text);
  });
});
