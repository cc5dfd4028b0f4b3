/** The playground's debugging handle on window, used by the browser tests and the curious. */
import type { MemoryWorkbook } from '../workbook/memory';

declare global {
  interface Window {
    /** The workbook behind the grid, and how many changes the pane has made to it. */
    __playground?: { workbook: MemoryWorkbook; version: number };
  }
}

export {};
