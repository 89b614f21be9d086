import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { stationDescriptions } from '../../../shared/kinds/acuteLoop/stationDescription.ts';
import { loopView } from '../../../shared/kinds/acuteLoop/stationViews.ts';

describe('the loop in words for screen readers', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  const props = readAcuteLoopProps(board.props);
  const view = loopView(props, doc.actors);
  const nb = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nb', key, params);
  const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);

  it('says which lane each station is in when the swimlanes are shown (issue 16)', () => {
    const linear = stationDescriptions(view, props, 'linear', nb);
    expect(linear).toHaveLength(view.stations.length);
    const dps = linear.find((d) => d.startsWith('DPS'))!;
    expect(dps).toContain('DPS. Svømmebane: Spesialisthelsetjeneste');
    expect(dps).not.toContain('\u00ad');
    expect(linear.every((d) => d.includes('. Svømmebane: '))).toBe(true);
    expect(stationDescriptions(view, props, 'linear', en).find((d) => d.startsWith('DPS'))).toContain('Lane: Specialist health service');
  });

  it('leaves lanes out of the loop view, and keeps time, actor and breaks in both', () => {
    const loop = stationDescriptions(view, props, 'loop', nb);
    expect(loop.some((d) => d.includes('Svømmebane'))).toBe(false);
    expect(loop.find((d) => d.startsWith('DPS'))).toContain('kl. 13:00');
    expect(loop.some((d) => d.includes('Brudd: Ingen tilbud på kveld og i helg'))).toBe(true);
  });
});
