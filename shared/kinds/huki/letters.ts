import type { MessageKey } from '../../i18n/messages.ts';
import { assertNever } from '../../util/assertNever.ts';
import { hukiLetters, type HukiLetter, type LetterSystem } from './model.ts';

/**
 * HUKI and RACI are the same four roles with different letters: H↔A (Hovedansvarlig, Accountable),
 * U↔R (Utførende, Responsible), K↔C (Konsulteres, Consulted), I↔I (Informeres, Informed). The
 * matrix stores HUKI letters; the board's setting only changes what is shown, so switching back
 * and forth loses nothing.
 */

const raciOf: Record<HukiLetter, string> = { H: 'A', U: 'R', K: 'C', I: 'I' };

/** The letter as shown in the chosen system. */
export function displayLetter(letter: HukiLetter, system: LetterSystem): string {
  switch (system) {
    case 'huki':
      return letter;
    case 'raci':
      return raciOf[letter];
    default:
      return assertNever(system);
  }
}

/** The four letters in their usual order, as shown in the chosen system (for legends and help). */
export function displayLetters(system: LetterSystem): string[] {
  return hukiLetters.map((l) => displayLetter(l, system));
}

/**
 * The stored letter for a typed key, in either system: H, U, K, I, A, R or C, in any case. The
 * two alphabets share only I, which means the same in both, so accepting both is never ambiguous
 * and a facilitator used to RACI can type A on a HUKI board.
 */
export function letterFromKey(key: string): HukiLetter | null {
  switch (key.toUpperCase()) {
    case 'H':
    case 'A':
      return 'H';
    case 'U':
    case 'R':
      return 'U';
    case 'K':
    case 'C':
      return 'K';
    case 'I':
      return 'I';
    default:
      return null;
  }
}

/** What a click does: empty → H → U → K → I → empty. */
export function nextLetter(letter: HukiLetter | null): HukiLetter | null {
  if (letter === null) return 'H';
  const i = hukiLetters.indexOf(letter);
  return i === hukiLetters.length - 1 ? null : hukiLetters[i + 1]!;
}

/** The word a letter stands for in its own system ("Hovedansvarlig", "Accountable"). */
export function letterWordKey(letter: HukiLetter, system: LetterSystem): MessageKey {
  return `huki.word.${system}.${letter}` as const;
}

/** The role in the interface's language, for explanations ("hovedansvarlig", "accountable"). */
export function letterMeaningKey(letter: HukiLetter): MessageKey {
  return `huki.meaning.${letter}` as const;
}
