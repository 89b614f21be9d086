import { validateCall, type MethodName } from '../../../shared/api/contract.ts';
import type { Rng } from '../rng.ts';

/** A well-formed call of each method against a real open workshop, for the fuzzer to break. */
export function wellFormedArgs(method: MethodName, handle: string, boardId: string): unknown[] {
  const examples: Partial<Record<MethodName, unknown[]>> = {
    setLanguage: ['nb'],
    removeRecent: ['r_123'],
    createWorkshop: [{ title: 'Værnesregionen', region: 'Trøndelag', facilitator: 'Kari', gatheringDates: ['2019-09-17', ''] }],
    openFromFolder: ['Verksted.samkart'],
    openRecent: ['r_123'],
    applyChanges: [handle, [{ table: 'boards', op: 'put', record: { id: boardId, kind: 'whiteboard', name: 'Tavle', order: 1, props: {} } }]],
    saveAs: [handle, 'Kopi.samkart'],
    closeWorkshop: [handle],
    listSnapshots: [handle],
    takeSnapshot: [handle, 'Etter samling 1', null],
    restoreSnapshot: [handle, 1],
  };
  // Methods added later without an example still get every kind of junk below.
  return examples[method] ?? [];
}

/** Values that have no business in any argument. */
function junk(rng: Rng): unknown {
  const deep: unknown[] = [];
  let cursor = deep;
  for (let i = 0; i < 2000; i++) cursor.push((cursor = []));
  const choices: (() => unknown)[] = [
    () => null,
    () => 42,
    () => -1,
    () => 1e308,
    () => 0.5,
    () => true,
    () => '',
    () => 'x'.repeat(rng.pick([501, 100_001, 300_000])),
    () => '../../../etc/passwd',
    () => 'C:\\Windows\\system32\\config',
    () => '\u0000\u0007\u202e',
    () => "'; DROP TABLE items; --",
    () => '<script>alert(1)</script>',
    () => ({}),
    () => [],
    () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    () => ({ constructor: { prototype: { polluted: true } } }),
    () => ({ toString: 'not a function' }),
    () => deep,
    () => Array.from({ length: 1000 }, () => 'x'),
    () => ({ table: 'sqlite_master', op: 'delete', id: 'x' }),
    () => ({ table: 'items', op: 'drop', id: 'i_1' }),
    () => 'w_' + 'A'.repeat(65),
    () => Number.MAX_SAFE_INTEGER + 2,
  ];
  return rng.pick(choices)();
}

/** Replaces one leaf (at any depth) of a well-formed value with junk. */
function breakLeaf(value: unknown, rng: Rng): unknown {
  if (Array.isArray(value) && value.length > 0 && rng.chance(0.8)) {
    const copy = [...value];
    const i = rng.int(0, copy.length - 1);
    copy[i] = breakLeaf(copy[i], rng);
    return copy;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && rng.chance(0.8)) {
    const keys = Object.keys(value);
    if (keys.length > 0) {
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const key = rng.pick(keys);
      if (rng.chance(0.15)) delete copy[key];
      else copy[key] = breakLeaf(copy[key], rng);
      return copy;
    }
  }
  return junk(rng);
}

/** One malformed argument list: not a list at all, the wrong count, or a broken value somewhere. */
export function malformedArgs(valid: unknown[], rng: Rng): unknown {
  const roll = rng.int(1, 10);
  if (roll === 1) return rng.pick<unknown>([null, {}, 'args', 7, { 0: valid[0], length: 1 }]);
  if (roll === 2) return valid.length > 0 ? valid.slice(0, -1) : [junk(rng)];
  if (roll === 3) return [...valid, junk(rng)];
  if (valid.length === 0) return [junk(rng)];
  return breakLeaf(valid, rng);
}

/**
 * `count` malformed calls of `method` that the contract must refuse. A mutation that happens to
 * stay valid (a label replaced by another string) is dropped, never sent: valid calls have side
 * effects (new files, a new language) that are not this test's business. `asJson` puts each call
 * through JSON first, as the HTTP transport does (undefined and functions vanish there).
 */
export function malformedCalls(method: MethodName, valid: unknown[], rng: Rng, count: number, asJson = false): { calls: unknown[]; droppedAsValid: number } {
  const calls: unknown[] = [];
  let droppedAsValid = 0;
  for (let attempts = 0; calls.length < count && attempts < count * 20; attempts++) {
    let args = malformedArgs(valid, rng);
    if (asJson) args = JSON.parse(JSON.stringify({ args }) ?? '{}').args as unknown;
    if (validateCall(method, args).ok) droppedAsValid += 1;
    else calls.push(args);
  }
  return { calls, droppedAsValid };
}
