import type { Finding } from './checks.ts';
import { displayLetter } from './letters.ts';
import type { HukiMatrixProps, LetterSystem } from './model.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { MessageParams } from '../../i18n/translate.ts';
import type { Actor } from '../../model/records.ts';
import { assertNever } from '../../util/assertNever.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/** A finding as a sentence that names its task or actor, with the letters of the board's system. */
export function findingText(t: T, finding: Finding, matrix: HukiMatrixProps, actors: Readonly<Record<string, Actor>>, system: LetterSystem): string {
  const h = displayLetter('H', system);
  const u = displayLetter('U', system);
  const taskName = (id: string) => {
    const name = matrix.phases.flatMap((p) => p.tasks).find((x) => x.id === id)?.name ?? '';
    return name.trim() === '' ? t('huki.task.untitled') : name;
  };
  const actorName = (id: string) => actors[id]?.name ?? '';
  switch (finding.kind) {
    case 'noH':
      return t('huki.finding.noH', { task: taskName(finding.taskId), h });
    case 'manyH':
      return t('huki.finding.manyH', { task: taskName(finding.taskId), h, count: finding.count });
    case 'noU':
      return t('huki.finding.noU', { task: taskName(finding.taskId), u });
    case 'overload':
      return t('huki.finding.overload', { actor: actorName(finding.actorId), u, count: finding.count, threshold: finding.threshold });
    case 'noLetters':
      return t('huki.finding.noLetters', { actor: actorName(finding.actorId) });
    default:
      return assertNever(finding, 'finding');
  }
}
