/**
 * CSV for Norwegian Excel, shared by every table that goes in or out of Samkart (the HUKI matrix,
 * the stakeholder table, the puzzle inventory, the acute-loop data). See README.md beside this
 * file for the conventions and examples.
 */
export { csvDelimiters, detectDelimiter, parseCsv, stripBom } from './parse.ts';
export type { CsvDelimiter, CsvProblem, CsvProblemCode, CsvRecord, ParseCsvOptions, ParsedCsv } from './parse.ts';
export { escapeCsvFormula, formatCsv, formatCsvField, unescapeCsvFormula } from './format.ts';
export type { FormatCsvOptions } from './format.ts';
export { decodeCsvBytes, decodeUtf8Strict, decodeWindows1252, encodeUtf8 } from './bytes.ts';
export type { CsvEncoding } from './bytes.ts';
export { csvFileName } from './fileName.ts';
