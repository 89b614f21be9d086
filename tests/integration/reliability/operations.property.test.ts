import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRowChanges, patchesToChanges } from '../../../shared/model/changes.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { History } from '../../../shared/ops/history.ts';
import { invariantViolations, performStep, startingWorkshop, stepKinds, type Step } from '../../reliability/opsModel.ts';
import { scale } from '../../reliability/scale.ts';
import { cleanupFolders, createFile } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...stepKinds),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  d: fc.integer({ min: -2000, max: 2000 }),
  text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Ventetid BUP 🚑', 'مرحبا', '<script>alert(1)</script>', "'; DROP TABLE items; --", '\u0000\u202e')),
});
const sessionArb = fc.array(stepArb, { minLength: 1, maxLength: 40 });

const start = (): WorkshopDoc => startingWorkshop();

interface Session {
  initial: WorkshopDoc;
  final: WorkshopDoc;
  history: History;
  steps: number;
}

/** Plays the steps, checking after each that the document is whole and that its row changes rebuild it. */
function play(steps: Step[], initial = start(), onEdit?: (changes: ReturnType<typeof patchesToChanges>) => void): Session {
  const history = new History(1000);
  let doc = initial;
  let performed = 0;
  for (const step of steps) {
    const result = performStep(doc, step);
    if (!result || result.patches.length === 0) continue;
    const changes = patchesToChanges(result.patches, result.doc);
    // Persistence sees exactly the edit: the previous document plus these rows is the new one.
    const rebuilt = structuredClone(doc);
    applyRowChanges(rebuilt, changes);
    expect(rebuilt, `rows of ${step.kind}`).toEqual(result.doc);
    expect(invariantViolations(result.doc), `after ${step.kind}`).toEqual([]);
    onEdit?.(changes);
    history.record({ labelKey: 'op.items.update', patches: result.patches, inverse: result.inverse });
    doc = result.doc;
    performed += 1;
  }
  return { initial, final: doc, history, steps: performed };
}

describe('operations, property-based (fast-check)', () => {
  it('random sessions keep every record valid and every reference pointing at something', () => {
    fc.assert(fc.property(sessionArb, (steps) => void play(steps)), { numRuns: scale.propertyRuns });
  });

  it('undoing everything returns the initial document; redoing everything returns the final one', () => {
    fc.assert(
      fc.property(sessionArb, (steps) => {
        const { initial, final, history, steps: count } = play(steps);
        let doc = final;
        for (let i = 0; i < count; i++) {
          doc = history.undo(doc)!.doc;
          expect(invariantViolations(doc)).toEqual([]);
        }
        expect(history.canUndo).toBe(false);
        expect(doc).toEqual(initial);
        for (let i = 0; i < count; i++) doc = history.redo(doc)!.doc;
        expect(history.canRedo).toBe(false);
        expect(doc).toEqual(final);
      }),
      { numRuns: scale.propertyRuns },
    );
  });

  it('the file holds what the session made, and what undo restores', () => {
    // Through a real WorkshopFile: fewer runs, each writes every step to disk.
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        const initial = start();
        const { file } = createFile(initial);
        try {
          const session = play(steps, initial, (changes) => void file.apply(changes));
          expect(file.load()).toEqual(session.final);
          let doc = session.final;
          while (session.history.canUndo) {
            const undone = session.history.undo(doc)!;
            file.apply(patchesToChanges(undone.patches, undone.doc));
            doc = undone.doc;
          }
          expect(file.load()).toEqual(initial);
        } finally {
          file.close();
        }
      }),
      { numRuns: Math.max(10, Math.floor(scale.propertyRuns / 4)) },
    );
  });
});
