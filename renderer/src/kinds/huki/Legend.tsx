import { displayLetter, letterMeaningKey, letterWordKey } from '../../../../shared/kinds/huki/letters.ts';
import { hukiLetters, type LetterSystem } from '../../../../shared/kinds/huki/model.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import { useT } from '../../i18n/useT.ts';

/** What the letters mean, in the board's system, translated when the interface speaks the other language. */
export function Legend({ system }: { system: LetterSystem }) {
  const t = useT();
  return (
    <div className="huki-legend" role="group" aria-label={t('huki.legend.title')}>
      <ul>
        {hukiLetters.map((letter) => {
          const shown = displayLetter(letter, system);
          const word = t(letterWordKey(letter, system));
          const meaning = t(letterMeaningKey(letter));
          const same = word.toLocaleLowerCase() === meaning.toLocaleLowerCase();
          return (
            // The swatch shows the letter, so the text needs only the word; the name reads both.
            <li key={letter} aria-label={t(same ? 'huki.legend.entry' : 'huki.legend.entryTranslated', { letter: shown, word, meaning })}>
              <span className="huki-swatch" style={{ background: letterColours[letter].fill, color: letterColours[letter].ink }} aria-hidden>
                {shown}
              </span>
              <span aria-hidden>{same ? word : `${word} (${meaning})`}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
