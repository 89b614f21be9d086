// The kind registry is imported before the dictionaries on purpose: the dictionaries gather the
// kinds' messages from the registry, so a kind that imported translate.ts would make this order
// fail with a half-initialised module. Kinds take a `t` instead.
import { boardKinds, defaultBoardKind, getBoardKind, registerBoardKind } from '../../../shared/kinds/registry.ts';
import { describe, expect, it } from 'vitest';
import { addKindMessages } from '../../../shared/i18n/kindMessages.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';

describe('the board-kind registry', () => {
  it('gathers every kind’s own messages into both dictionaries', () => {
    for (const kind of boardKinds()) {
      expect(kind.messages, kind.kind).toBeDefined();
      for (const key of Object.keys(kind.messages!.nb)) {
        expect(nb[key as MessageKey], key).toBe(kind.messages!.nb[key]);
        expect(en[key as MessageKey], key).toBe(kind.messages!.en[key]);
      }
      expect(translate('nb', kind.labelKey)).not.toBe(kind.labelKey);
    }
  });

  it('starts a new workshop on the first kind, Fritt lerret', () => {
    expect(defaultBoardKind().kind).toBe('whiteboard');
  });

  it('builds the example workshop from the kinds’ example boards, in their places', () => {
    expect(boardsInOrder(buildExampleWorkshop()).map((b) => b.kind)).toEqual(['whiteboard', 'puzzle', 'actorMap', 'huki', 'acuteLoop']);
  });

  it('refuses a second kind of the same name, and messages that reword another kind’s or differ between the languages', () => {
    expect(() => registerBoardKind(getBoardKind('huki')!)).toThrow(/already registered/);
    addKindMessages({ nb: { 'test.one': 'Én' }, en: { 'test.one': 'One' } });
    expect(translate('en', 'test.one' as MessageKey)).toBe('One');
    expect(() => addKindMessages({ nb: { 'test.one': 'To' }, en: { 'test.one': 'Two' } })).toThrow(/already registered/);
    expect(() => addKindMessages({ nb: { 'test.two': 'To' }, en: {} })).toThrow(/same keys/);
  });
});
