/** The browser-usable part of the file adapter (no fs): buffers in, buffers out. */
export { xlsxBufferToMemory, memoryToXlsxBuffer, buildExcelWorkbook } from './xlsx';
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
