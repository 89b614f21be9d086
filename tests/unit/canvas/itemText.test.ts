import { describe, expect, it } from 'vitest';
import { connectorLabelRect, polylineMidpoint } from '../../../renderer/src/canvas/connectorGeometry.ts';
import { isEditableOnCanvas, itemText, searchKey, textDirection, textKeyOf } from '../../../renderer/src/canvas/itemText.ts';
import { item } from '../items/fixtures.ts';

describe('item text', () => {
  it('knows where each type keeps its words', () => {
    expect(itemText(item('note', 'n', { props: { text: 'Fastlegen får ikke epikrise' } }))).toBe('Fastlegen får ikke epikrise');
    expect(itemText(item('frame', 'f', { props: { title: 'Kommunen' } }))).toBe('Kommunen');
    expect(itemText(item('connector', 'c', { props: { label: 'henviser' } }))).toBe('henviser');
    expect(textKeyOf(item('image', 'i'))).toBe('alt');
    expect(isEditableOnCanvas(item('image', 'i'))).toBe(false);
    expect(isEditableOnCanvas(item('shape', 's'))).toBe(true);
    expect(textKeyOf({ type: 'puzzlePiece' })).toBeUndefined();
  });

  it('finds the base direction like dir="auto"', () => {
    expect(textDirection('Snåase – Snåsa')).toBe('ltr');
    expect(textDirection('123 שלום world')).toBe('rtl');
    expect(textDirection('«مرحبا» hello')).toBe('rtl');
    expect(textDirection('😟 ')).toBe('ltr');
  });

  it('searches case-insensitively with æøå intact and composed and decomposed å alike', () => {
    expect(searchKey('SNÅSA')).toBe('snåsa');
    expect(searchKey('Sna\u030Asa')).toBe(searchKey('Snåsa'));
    expect(searchKey('Snasa')).not.toBe(searchKey('Snåsa'));
  });
});

describe('connector geometry', () => {
  it('puts the label halfway along the line, by length', () => {
    expect(polylineMidpoint([{ x: 0, y: 0 }, { x: 100, y: 0 }])).toEqual({ x: 50, y: 0 });
    expect(polylineMidpoint([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 90, y: 10 }])).toEqual({ x: 40, y: 10 });
  });

  it('has no label box without a label', () => {
    const path = [{ x: 0, y: 0 }, { x: 100, y: 0 }];
    expect(connectorLabelRect(item('connector', 'c'), path)).toBeNull();
    const r = connectorLabelRect(item('connector', 'c', { props: { label: 'ja' } }), path, () => 40)!;
    expect(r.x + r.w / 2).toBe(50);
    expect(r.w).toBe(60);
  });
});
