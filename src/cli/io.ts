/**
 * File helpers for commands: the FILE argument, and reading it with localised errors that say what
 * a file really is (a missing file, a folder, an encrypted workbook, an .xls, a truncated copy…).
 * Every command reads through readInput or loadInput, so all of them say the same thing.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Lang, SheetKey } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { t } from '../i18n';
import {
  UnsupportedFileError,
  WorkbookFileError,
  fileErrorMessage,
  fileKind,
  loadWorkbookFile,
  readWorkbookData,
} from '../workbook/file';
import type { MemoryWorkbook } from '../workbook/memory';
import { UsageError, UserError } from './types';

export { writeOutput } from './output';

/** The FILE positional of a command, checked for a supported extension. */
export function fileArgument(positionals: string[], lang: Lang, kinds: ('xlsx' | 'csv')[] = ['xlsx', 'csv']): string {
  const file = positionals[0];
  if (!file) throw new UsageError(t(lang, 'cli.error.missingFile'));
  if (positionals.length > 1) throw new UsageError(t(lang, 'cli.error.extraArgument', { value: positionals[1] }));
  let kind: string;
  try {
    kind = fileKind(file);
  } catch {
    kind = '';
  }
  if (!kinds.includes(kind as 'xlsx' | 'csv')) {
    throw new UsageError(t(lang, 'cli.error.fileType', { file, types: kinds.map((k) => '.' + k).join(', ') }));
  }
  return file;
}

/** A reader's error as the user's message: what is wrong with which file, and what to do. */
export function inputError(e: unknown, file: string, lang: Lang): UserError {
  if (e instanceof WorkbookFileError) return new UserError(fileErrorMessage(lang, e));
  if (e instanceof UnsupportedFileError)
    return new UserError(t(lang, 'cli.error.fileType', { file, types: '.xlsx, .csv' }));
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(t(lang, 'cli.error.notFound', { file: path.resolve(file) }));
  if (code === 'EACCES' || code === 'EPERM') return new UserError(t(lang, 'cli.error.noAccess', { file }));
  if (code === 'EISDIR') return new UserError(fileErrorMessage(lang, new WorkbookFileError('directory', file)));
  return new UserError(t(lang, 'cli.error.unreadable', { file, reason: (e as Error).message }));
}

/** Streams a file's schema tables (fast path for commands that only read). */
export async function readInput(file: string, lang: Lang, sheets?: SheetKey[]): Promise<WorkbookData> {
  try {
    return await readWorkbookData(file, { sheets });
  } catch (e) {
    throw inputError(e, file, lang);
  }
}

/** Loads a whole workbook (for commands that write an annotated copy). */
export async function loadInput(file: string, lang: Lang): Promise<MemoryWorkbook> {
  try {
    return await loadWorkbookFile(file);
  } catch (e) {
    throw inputError(e, file, lang);
  }
}

export function fileExists(file: string): boolean {
  return fs.existsSync(file);
}
