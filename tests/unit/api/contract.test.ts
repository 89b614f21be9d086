import { describe, expect, it } from 'vitest';
import { methodNames, validateCall } from '../../../shared/api/contract.ts';
import { newBoardId } from '../../../shared/model/ids.ts';

const handle = 'w_abcdefghijklmnopqrst';

describe('API validators', () => {
  it('accepts well-formed calls', () => {
    expect(validateCall('listRecent', []).ok).toBe(true);
    expect(validateCall('createWorkshop', [{ title: 'Værnesregionen', region: '', facilitator: '', gatheringDates: ['2019-09-17', ''] }]).ok).toBe(true);
    const board = { id: newBoardId(), kind: 'whiteboard', name: 'Tavle', order: 1, props: {} };
    expect(validateCall('applyChanges', [handle, [{ table: 'boards', op: 'put', record: board }]]).ok).toBe(true);
  });

  it.each([
    ['an unknown method', 'deleteEverything', []],
    ['a method from the object prototype', 'constructor', []],
    ['missing arguments', 'openRecent', []],
    ['extra arguments', 'listRecent', ['x']],
    ['a non-array of arguments', 'listRecent', { 0: 'x' }],
    ['a language we do not have', 'setLanguage', ['de']],
    ['an empty title', 'createWorkshop', [{ title: '  ', region: '', facilitator: '', gatheringDates: [] }]],
    ['an over-long title', 'createWorkshop', [{ title: 'x'.repeat(501), region: '', facilitator: '', gatheringDates: [] }]],
    ['a date that is not a date', 'createWorkshop', [{ title: 'x', region: '', facilitator: '', gatheringDates: ['i morgen'] }]],
    ['a path instead of a file name', 'openFromFolder', ['../../etc/passwd']],
    ['a Windows path', 'saveAs', [handle, 'C:\\Users\\x.samkart']],
    ['a malformed handle', 'applyChanges', ['../w', []]],
    ['a record that fails its schema', 'applyChanges', [handle, [{ table: 'boards', op: 'put', record: { id: 'b_1', kind: 'whiteboard' } }]]],
    ['a table we do not have', 'applyChanges', [handle, [{ table: 'sqlite_master', op: 'delete', id: 'x' }]]],
    ['a number where text belongs', 'removeRecent', [42]],
  ])('rejects %s', (_what, method, args) => {
    const result = validateCall(method, args);
    expect(result.ok).toBe(false);
  });

  it('every method has a validator that rejects garbage', () => {
    for (const method of methodNames) {
      expect(validateCall(method, [{ garbage: true }, 1, null, 'x']).ok, method).toBe(false);
    }
  });
});
