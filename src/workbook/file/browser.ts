/** The browser-usable part of the file adapter (no fs): buffers in, buffers out. */
export { xlsxBufferToMemory, buildExcelWorkbook } from './xlsx';
export { memoryToXlsxBuffer, writeXlsx } from './xlsx-write';
export {
  CsvParser,
  parseCsv,
  csvToMemory,
  decodeCsvBytes,
  detectEncoding,
  sniffDelimiter,
  csvCell,
  identifyCsv,
  CsvTableBuilder,
} from './csv';
export { openXlsxBytes } from './open-xlsx';
export { WorkbookFileError, fileErrorMessage, contentKindLabel, type FileProblem } from './file-error';
export { sniffContent, requireContent, type ContentKind, type Sniffed } from './sniff';
export { bytesSource, type ByteSource } from './zip-entry';
