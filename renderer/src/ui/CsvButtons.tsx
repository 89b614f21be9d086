import { useRef } from 'react';
import { Download, Upload } from 'lucide-react';

/**
 * The one pair of CSV buttons a panel shows: "import from a file" and "download as CSV". The file
 * input is not in the accessibility tree: the import button is the one way in (issue 16), and
 * the input is emptied after each pick so choosing the same file again imports it again.
 */
export function CsvButtons({
  importLabel,
  exportLabel,
  onImport,
  onExport,
  fileTestId,
}: {
  importLabel: string;
  exportLabel: string;
  onImport(file: File): void;
  onExport(): void;
  /** For end-to-end tests, which hand the hidden input a file. */
  fileTestId?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        <Upload aria-hidden /> {importLabel}
      </button>
      <button type="button" className="btn" onClick={onExport}>
        <Download aria-hidden /> {exportLabel}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        hidden
        aria-hidden
        tabIndex={-1}
        data-testid={fileTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onImport(file);
        }}
      />
    </>
  );
}
