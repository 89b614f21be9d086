import { create } from 'zustand';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import type { AppInfo, FileNotice, OpenResult } from '../../../shared/api/results.ts';
import { isOpened } from '../../../shared/api/results.ts';
import type { Language, MessageKey } from '../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../shared/i18n/translate.ts';
import type { Connection } from '../api/connect.ts';
import { ClientApiError } from '../api/apiError.ts';
import { forgetOpenFile, rememberOpenFile } from './openFileMemory.ts';
import { createWorkshopStore, type WorkshopStore } from './workshopStore.ts';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
  /** A command the notice offers, e.g. undo after a delete. */
  action?: { labelKey: MessageKey; commandId: string };
}

interface AppState {
  connection: Connection | null;
  info: AppInfo | null;
  language: Language;
  workshop: WorkshopStore | null;
  notices: Notice[];
  /** Set while a dialog of the home screen is open, so menu commands can open it too. */
  dialog: 'new' | 'openFolder' | 'saveAs' | 'shortcuts' | 'about' | null;
}

export const useApp = create<AppState>(() => ({
  connection: null,
  info: null,
  language: 'nb',
  workshop: null,
  notices: [],
  dialog: null,
}));

let noticeId = 0;

export function api(): SamkartApi {
  const connection = useApp.getState().connection;
  if (!connection) throw new Error('not connected');
  return connection.api;
}

export function notify(tone: Notice['tone'], key: MessageKey, params?: MessageParams, action?: Notice['action']): void {
  const notice: Notice = { id: ++noticeId, tone, key, ...(params ? { params } : {}), ...(action ? { action } : {}) };
  useApp.setState((s) => ({ notices: [...s.notices.slice(-3), notice] }));
  if (tone === 'info') setTimeout(() => dismissNotice(notice.id), 6000);
}

export function dismissNotice(id: number): void {
  useApp.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function reportError(error: unknown): void {
  if (error instanceof ClientApiError) notify('error', error.key, error.detail ? { detail: error.detail } : undefined);
  else notify('error', 'error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

export async function setLanguage(language: Language): Promise<void> {
  useApp.setState({ language });
  document.documentElement.lang = language;
  try {
    await api().setLanguage(language);
  } catch (error) {
    reportError(error);
  }
}

/** The last offer an open result made (open read-only, repair a copy); the notice's button takes it. */
let pendingOffer: { id: string; kind: 'readOnly' | 'repair' } | null = null;

/** Takes the offer of the last open result, once: `workshop.takeOffer` runs it. */
export async function takePendingOffer(): Promise<void> {
  const offer = pendingOffer;
  pendingOffer = null;
  if (!offer) return;
  const result = api().takeOffer(offer.id);
  if ((await showOpenResult(result)) && offer.kind === 'readOnly') {
    const opened = await result;
    if (opened.status !== 'cancelled') notify('info', 'fileSafety.viewing', { file: opened.fileName });
  }
}

/** Says what the store kept aside for this workshop and where: stays until dismissed. */
export function tellNotices(fileName: string, notices: readonly FileNotice[] | undefined): void {
  for (const n of notices ?? []) notify('error', `fileSafety.${n.kind}`, { file: fileName, kept: n.keptName });
}

/** Since when: the time alone today, the date and time before today, in the app's language. */
function sinceText(iso: string): string {
  const since = new Date(iso);
  const language = useApp.getState().language;
  const today = since.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(language, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(since);
}

/**
 * What an offer's notice says: who has a file held elsewhere (as its holder wrote it beside the
 * file), that another tab has it, or that it can be repaired.
 */
function offerMessage(result: Extract<OpenResult, { offer?: unknown }>): [MessageKey, MessageParams] {
  const file = result.fileName;
  if (result.offer?.kind === 'repair') return ['fileSafety.repairable', { file }];
  if (result.status !== 'locked') return ['fileSafety.openElsewhere', { file }];
  if (!result.holder) return ['fileSafety.heldElsewhere', { file }];
  return ['fileSafety.heldBy', { file, name: result.holder.name, host: result.holder.host, since: sinceText(result.holder.since) }];
}

/** Shows an opened workshop, or says clearly why it could not be opened. */
export async function showOpenResult(pending: Promise<OpenResult>): Promise<boolean> {
  let result: OpenResult;
  try {
    result = await pending;
  } catch (error) {
    reportError(error);
    return false;
  }
  if (isOpened(result)) {
    await closeWorkshop();
    useApp.setState({ workshop: createWorkshopStore(api(), result), dialog: null });
    rememberOpenFile(result.fileName);
    if (result.status === 'migrated') notify('info', 'open.migrated', { file: result.fileName, from: result.fromVersion ?? 0, to: result.toVersion });
    tellNotices(result.fileName, result.notices);
    return true;
  }
  if (result.status !== 'cancelled' && result.offer) {
    pendingOffer = result.offer;
    // The notice carries the offer's button: a modal dialog left open (Åpne …) would cover it.
    useApp.setState({ dialog: null });
    const readOnly = result.offer.kind === 'readOnly';
    const [key, params] = offerMessage(result);
    notify('error', key, params, {
      labelKey: readOnly ? 'fileSafety.offer.readOnly' : 'fileSafety.offer.repair',
      commandId: 'workshop.takeOffer',
    });
    return false;
  }
  switch (result.status) {
    case 'cancelled':
      return false;
    case 'tooNew':
      notify('error', 'open.error.tooNew', { file: result.fileName, found: result.foundVersion ?? 0, supported: result.supportedVersion ?? 0 });
      return false;
    default:
      notify('error', `open.error.${result.status}`, { file: result.fileName, detail: result.detail ?? '' });
      return false;
  }
}

export async function closeWorkshop(): Promise<void> {
  const current = useApp.getState().workshop;
  if (!current) return;
  await current.getState().flushed();
  useApp.setState({ workshop: null });
  forgetOpenFile();
  try {
    await api().closeWorkshop(current.getState().handle);
  } catch {
    // Already closed (a reload of the host page): nothing to release.
  }
}

