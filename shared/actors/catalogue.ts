import { newActorId } from '../model/ids.ts';
import type { Actor, ActorCategory } from '../model/records.ts';
import { categoryOrder } from './categories.ts';

/** A common Norwegian actor the user can pick instead of typing it. */
export interface CatalogueEntry {
  name: string;
  shortName: string;
  category: ActorCategory;
  /** Organisation or level the actor belongs to; empty when it has none (the user, family). */
  organisation: string;
}

const entry = (category: ActorCategory, organisation: string, name: string, shortName = name): CatalogueEntry =>
  Object.freeze({ name, shortName, category, organisation });

const KOMMUNE = 'Kommunen';
const HF = 'Helseforetaket';
const STAT = 'Staten';

/**
 * The catalogue, grouped by category in display order. Names and expansions from domain.md and the
 * seeds (NAPHA, KBT and KoRus spelled out as in seed 002; RIO as in seed 000; PAM, TSB as in seed 003).
 */
export const actorCatalogue: readonly CatalogueEntry[] = Object.freeze([
  // Bruker og pårørende
  entry('user', '', 'Bruker'),
  entry('user', '', 'Pårørende'),
  entry('user', '', 'Nettverk'),
  // Kommune
  entry('municipality', KOMMUNE, 'Psykisk helse- og rustjeneste', 'Psykisk helse og rus'),
  entry('municipality', 'Kommunen og staten', 'NAV'),
  entry('municipality', KOMMUNE, 'Fastlege'),
  entry('municipality', KOMMUNE, 'Legevakt'),
  entry('municipality', KOMMUNE, 'Bolig og boligkontor', 'Bolig'),
  entry('municipality', KOMMUNE, 'Helsestasjon'),
  entry('municipality', KOMMUNE, 'Skolehelsetjenesten'),
  entry('municipality', KOMMUNE, 'Pedagogisk-psykologisk tjeneste (PPT)', 'PPT'),
  entry('municipality', KOMMUNE, 'Barnevern'),
  entry('municipality', KOMMUNE, 'Koordinerende enhet'),
  entry('municipality', KOMMUNE, 'Skole'),
  // Spesialisthelsetjeneste
  entry('specialist', HF, 'Distriktspsykiatrisk senter (DPS)', 'DPS'),
  entry('specialist', HF, 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', 'BUP'),
  entry('specialist', HF, 'Psykiatrisk akuttmottak (PAM)', 'PAM'),
  entry('specialist', HF, 'Tverrfaglig spesialisert rusbehandling (TSB)', 'TSB'),
  entry('specialist', HF, 'Somatikk'),
  entry('specialist', HF, 'Ambulant team'),
  // Bruker- og frivillige organisasjoner
  entry('userOrg', 'Brukerorganisasjon', 'Mental Helse'),
  entry('userOrg', 'Brukerorganisasjon', 'Rusmisbrukernes interesseorganisasjon (RIO)', 'RIO'),
  entry('userOrg', 'Brukerorganisasjon', 'A-larm'),
  entry('userOrg', 'Brukerorganisasjon', 'ADHD-foreningen'),
  entry('userOrg', 'Frivillig sektor', 'Frivilligsentral'),
  // Premissgivere
  entry('premise', STAT, 'Statsforvalteren'),
  entry('premise', 'Kommunesektorens organisasjon', 'KS'),
  entry('premise', STAT, 'Helsedirektoratet'),
  entry('premise', KOMMUNE, 'Politisk ledelse'),
  entry('premise', KOMMUNE, 'Administrativ ledelse'),
  // Kompetansemiljø
  entry('competence', 'Kompetansemiljø', 'Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)', 'NAPHA'),
  entry('competence', 'Kompetansemiljø', 'Kompetansesenter rus (KoRus)', 'KoRus'),
  entry('competence', 'Kompetansemiljø', 'Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)', 'KBT'),
  entry('competence', 'Kompetansemiljø', 'InnoMed'),
  // Andre
  entry('other', STAT, 'Politi'),
  entry('other', '', 'Arbeidsgiver'),
]);

/**
 * Folds text for matching: Unicode NFC (so a decomposed "å" typed on some keyboards equals the
 * precomposed one) and Norwegian lower case. Deliberately NOT diacritic-insensitive: æ, ø and å are
 * letters of their own in Norwegian, so "par" must not find "Pårørende" and "o" must not match "ø".
 * (Collation with sensitivity 'base', or NFD plus stripping marks, would wrongly equate å with a.)
 */
function fold(text: string, locale: string): string {
  return text.normalize('NFC').toLocaleLowerCase(locale);
}

/** Does `word` start at a word boundary inside `haystack` (start, or after a non-letter)? */
function startsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack.charAt(at - 1))) return true;
    from = at + 1;
  }
}

/**
 * Catalogue entries matching every word of `query` in their name or short name, case-insensitively
 * in the given locale (Norwegian bokmål by default). Best matches first: exact short name, then
 * names starting with the query, then words starting with it, then anywhere; ties keep category
 * order and then Norwegian alphabetical order (æ, ø, å last). An empty query returns the whole
 * catalogue in its own order.
 */
export function searchCatalogue(query: string, locale = 'nb'): CatalogueEntry[] {
  const words = fold(query, locale).split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [...actorCatalogue];
  const whole = words.join(' ');
  const scored: { entry: CatalogueEntry; score: number }[] = [];
  for (const e of actorCatalogue) {
    const name = fold(e.name, locale);
    const short = fold(e.shortName, locale);
    const haystack = `${name} ${short}`;
    if (!words.every((w) => haystack.includes(w))) continue;
    let score: number;
    if (short === whole || name === whole) score = 0;
    else if (short.startsWith(whole) || name.startsWith(whole)) score = 1;
    else if (words.every((w) => startsWord(haystack, w))) score = 2;
    else score = 3;
    scored.push({ entry: e, score });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        categoryOrder(a.entry.category) - categoryOrder(b.entry.category) ||
        a.entry.name.localeCompare(b.entry.name, locale),
    )
    .map((s) => s.entry);
}

/** A new actor for the registry from a catalogue entry: new id, stakeholder fields not assessed yet. */
export function actorFromCatalogue(entry: CatalogueEntry, order: number): Actor {
  return {
    id: newActorId(),
    name: entry.name,
    shortName: entry.shortName,
    category: entry.category,
    organisation: entry.organisation,
    interest: '',
    importance: '',
    influence: '',
    attitude: '',
    informationNeeds: '',
    strategy: '',
    notes: '',
    order,
  };
}
