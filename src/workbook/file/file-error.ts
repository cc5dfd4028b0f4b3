/**
 * A file that is not what the user meant to open (or to write over), with a code saying what it
 * is; the command line and the pane turn it into a message in the user's language. Browser-safe.
 */
import type { Lang } from '../../domain/schema';
import { t, type Params } from '../../i18n';
import type { ContentKind } from './sniff';

export type FileProblem =
  | Exclude<ContentKind, 'xlsx' | 'text'>
  | 'directory'
  | 'xlsxNamedCsv'
  | 'textNamedXlsx'
  | 'sheetNameTooLong'
  /** a complete zip with a part that does not inflate or match its checksum: { part } */
  | 'damaged';

export class WorkbookFileError extends Error {
  constructor(
    readonly code: FileProblem,
    readonly file: string,
    readonly details: Params = {},
  ) {
    super(`${code}: ${file}`);
    this.name = 'WorkbookFileError';
  }
}

/** The message for the user: what the file is and what to do. */
export function fileErrorMessage(lang: Lang, e: WorkbookFileError): string {
  const dot = e.file.lastIndexOf('.');
  const ext = dot > e.file.search(/[^/\\]*$/) ? e.file.slice(dot) : '';
  return t(lang, `file.problem.${e.code}`, { file: e.file, ext, ...e.details });
}

/** A short name for what a file is ("a Word document"), for messages about files the CLI will not write over. */
export function contentKindLabel(lang: Lang, kind: ContentKind | 'other'): string {
  return t(lang, `file.kind.${kind}`);
}
