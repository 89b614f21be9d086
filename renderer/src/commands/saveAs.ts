import { api, notify, tellNotices, useApp } from '../state/appStore.ts';
import { rememberOpenFile } from '../state/openFileMemory.ts';

/**
 * "Lagre som": copies the workshop with SQLite's backup API (on the Node side) and continues in
 * the copy. `name` is only a suggestion; Electron asks with its own dialog.
 */
export async function saveAs(name: string | null): Promise<void> {
  const store = useApp.getState().workshop;
  if (!store) return;
  const state = store.getState();
  await state.flushed();
  const suggestion = name ?? (state.doc.meta.title || state.fileName);
  const result = await api().saveAs(state.handle, suggestion);
  if (result.status === 'cancelled') return;
  state.setFileName(result.fileName);
  // Edits a full disk or a read-only file refused go into the copy now, not at the next edit.
  state.retrySave();
  rememberOpenFile(result.fileName);
  notify('info', 'saveAs.done', { file: result.fileName });
  tellNotices(result.fileName, result.notices);
}
