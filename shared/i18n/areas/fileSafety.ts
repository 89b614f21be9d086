import { defineArea } from '../area.ts';

/**
 * What the store did to keep a workshop safe from files that aren't its own (a leftover `-wal` of
 * another file, a damaged `-wal`, a damaged index, a second tab): said in plain words, naming
 * what was kept and where (beside the workshop, in the same folder).
 */
export const fileSafety = defineArea(
  {
    'fileSafety.sidecarsKept': 'I mappen lå det en gammel loggfil etter et annet verksted med samme navn. Den er ikke lagt inn i «{file}», men flyttet til side som «{kept}» i samme mappe.',
    'fileSafety.foreignWalKept': 'Ved siden av «{file}» lå det en loggfil som ikke hører til denne filen (for eksempel etter at en eldre kopi av verkstedet er lagt tilbake). Den er ikke lagt inn i verkstedet, men flyttet til side som «{kept}» i samme mappe.',
    'fileSafety.walDamaged': 'De siste endringene i «{file}» kunne ikke leses helt: loggfilen ved siden av er skadet eller avkuttet, så noe av det nyeste kan mangle. Filen og loggen er kopiert slik de var før åpningen, til «{kept}» i samme mappe. Ta vare på kopien hvis noe mangler.',
    'fileSafety.repaired': '«{file}» er reparert: en skadet indeks er bygd opp på nytt. Originalen er tatt vare på som «{kept}» i samme mappe.',
    'fileSafety.offer.repair': 'Reparer en kopi',
    'fileSafety.offer.readOnly': 'Åpne skrivebeskyttet',
    'fileSafety.repairable': '«{file}» har en skadet indeks, så endringer vil ikke kunne lagres. Samkart kan bygge indeksen opp på nytt i en kopi og ta vare på originalen.',
    'fileSafety.openElsewhere': '«{file}» er allerede åpen i en annen fane eller et annet vindu. Du kan åpne den skrivebeskyttet her, slik den er nå.',
    'fileSafety.viewing': '«{file}» er åpen et annet sted og vises her skrivebeskyttet, slik den var da du åpnet den.',
    'fileSafety.heldBy': 'Åpen hos {name} på {host} siden {since}. Bare én kan endre «{file}» om gangen. Du kan åpne den skrivebeskyttet her, slik den er lagret nå, og bruke «Lagre som» for å arbeide videre i en kopi.',
    'fileSafety.heldElsewhere': '«{file}» er åpen i et annet program eller på en annen maskin. Bare én kan endre den om gangen. Du kan åpne den skrivebeskyttet her, slik den er lagret nå, og bruke «Lagre som» for å arbeide videre i en kopi.',
    'open.error.notRegularFile': '«{file}» eller en fil ved siden av den er ikke en vanlig fil (for eksempel et navngitt rør eller en enhet), så Samkart åpner den ikke.',
    'error.notRegularFile': 'Filen er ikke en vanlig fil, så Samkart rører den ikke.',
    'error.repairFailed': 'Reparasjonen lyktes ikke, og originalen er ikke endret: {detail}',
    'error.offerExpired': 'Tilbudet gjelder ikke lenger. Prøv å åpne verkstedet på nytt.',
    'error.fileNameTooLong': 'Navnet er for langt til å bli et filnavn. Bruk en kortere tittel.',
  },
  {
    'fileSafety.sidecarsKept': 'An old log file of another workshop with the same name lay in the folder. It was not applied to "{file}" but moved aside as "{kept}" in the same folder.',
    'fileSafety.foreignWalKept': 'A log file beside "{file}" did not belong to it (an older copy of the workshop put back in its place, for example). It was not applied to the workshop but moved aside as "{kept}" in the same folder.',
    'fileSafety.walDamaged': 'The latest changes to "{file}" could not be read in full: the log file beside it is damaged or cut short, so some of the newest work may be missing. The file and its log were copied as they were before opening, to "{kept}" in the same folder. Keep the copy if anything is missing.',
    'fileSafety.repaired': '"{file}" has been repaired: a damaged index was rebuilt. The original is kept as "{kept}" in the same folder.',
    'fileSafety.offer.repair': 'Repair a copy',
    'fileSafety.offer.readOnly': 'Open read-only',
    'fileSafety.repairable': '"{file}" has a damaged index, so changes could not be saved. Samkart can rebuild the index in a copy and keep the original.',
    'fileSafety.openElsewhere': '"{file}" is already open in another tab or window. You can open it read-only here, as it is now.',
    'fileSafety.viewing': '"{file}" is open elsewhere and is shown here read-only, as it was when you opened it.',
    'fileSafety.heldBy': 'Open by {name} on {host} since {since}. Only one person can change "{file}" at a time. You can open it read-only here, as it is saved now, and use "Save as" to go on working in a copy.',
    'fileSafety.heldElsewhere': '"{file}" is open in another program or on another machine. Only one person can change it at a time. You can open it read-only here, as it is saved now, and use "Save as" to go on working in a copy.',
    'open.error.notRegularFile': '"{file}" or a file beside it is not a regular file (a named pipe or a device, for example), so Samkart does not open it.',
    'error.notRegularFile': 'The file is not a regular file, so Samkart leaves it alone.',
    'error.repairFailed': 'The repair did not succeed, and the original has not been changed: {detail}',
    'error.offerExpired': 'This offer no longer applies. Try opening the workshop again.',
    'error.fileNameTooLong': 'The name is too long to be a file name. Use a shorter title.',
  },
);
