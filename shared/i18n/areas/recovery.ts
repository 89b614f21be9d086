import { defineArea } from '../area.ts';

/**
 * Gjenopprett (restore from a snapshot) and the messages for a file that is no longer where it was
 * opened, or can't be written where it is. Snapshot kinds and reasons are worded here, not stored in the file, so an old file reads
 * in the language of whoever opens it.
 */
export const recovery = defineArea(
  {
    'recovery.title': 'Gjenopprett',
    'recovery.intro': 'Samkart tar øyeblikksbilder av verkstedet når det åpnes og hvert tiende minutt mens dere arbeider. Du kan også ta ett selv, for eksempel etter hver samling.',
    'recovery.empty': 'Ingen øyeblikksbilder ennå.',
    'recovery.take': 'Ta øyeblikksbilde',
    'recovery.takeForGathering': 'Ta øyeblikksbilde etter {gathering}',
    'recovery.restore': 'Gjenopprett',
    'recovery.restored': 'Verkstedet er gjenopprettet slik det var {time}.',
    'recovery.undo': 'Angre gjenopprettingen',
    'recovery.kind.auto': 'Automatisk',
    'recovery.kind.gathering': 'Samling',
    'recovery.kind.manual': 'Tatt av deg',
    'recovery.reason.open': 'Da verkstedet ble åpnet',
    'recovery.reason.interval': 'Under arbeidet',
    'recovery.reason.beforeRestore': 'Før gjenoppretting',
    'error.snapshotNotFound': 'Fant ikke øyeblikksbildet. Det kan være ryddet bort.',
    'error.snapshotDamaged': 'Øyeblikksbildet er skadet og kan ikke gjenopprettes. Verkstedet er ikke endret.',
    'error.fileMoved': 'Filen ble flyttet, gitt nytt navn eller slettet mens den var åpen. Alt som var lagret, er skrevet til filen. Arbeidet ditt er fortsatt her: bruk «Lagre som …» for å fortsette i en ny fil.',
    'error.folderReadOnly': 'Mappen er skrivebeskyttet, så Samkart kan ikke lagre der. Velg en annen mappe.',
    'save.readOnly': 'Filen er skrivebeskyttet – endringer lagres ikke. Bruk «Lagre som …».',
  },
  {
    'recovery.title': 'Restore',
    'recovery.intro': 'Samkart takes snapshots of the workshop when it is opened and every ten minutes while you work. You can also take one yourself, for example after each gathering.',
    'recovery.empty': 'No snapshots yet.',
    'recovery.take': 'Take snapshot',
    'recovery.takeForGathering': 'Take snapshot after {gathering}',
    'recovery.restore': 'Restore',
    'recovery.restored': 'The workshop has been restored as it was {time}.',
    'recovery.undo': 'Undo the restore',
    'recovery.kind.auto': 'Automatic',
    'recovery.kind.gathering': 'Gathering',
    'recovery.kind.manual': 'Taken by you',
    'recovery.reason.open': 'When the workshop was opened',
    'recovery.reason.interval': 'While working',
    'recovery.reason.beforeRestore': 'Before a restore',
    'error.snapshotNotFound': 'The snapshot was not found. It may have been tidied away.',
    'error.snapshotDamaged': 'The snapshot is damaged and cannot be restored. The workshop has not been changed.',
    'error.fileMoved': 'The file was moved, renamed or deleted while it was open. Everything saved so far has been written to the file. Your work is still here: use "Save as …" to carry on in a new file.',
    'error.folderReadOnly': 'The folder is read-only, so Samkart cannot save there. Choose another folder.',
    'save.readOnly': 'The file is read-only – changes are not saved. Use "Save as …".',
  },
);
