/**
 * Where the command line writes, and how: it never destroys a file.
 *
 * The output may not name the input (unless --in-place, and then the input is backed up first), a
 * symlink (it would write wherever the link points), a folder, or an existing file that is not a
 * workbook (or, for a .csv, not text). Every file is written atomically (workbook/file/atomic):
 * a kill during the write leaves the old file; two runs writing the same file leave the last one's,
 * whole.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../domain/schema';
import { t } from '../i18n';
import { contentKindLabel, fileKind, saveWorkbookFile, sniffFile } from '../workbook/file';
import { writeFileAtomically } from '../workbook/file/atomic';
import type { MemoryWorkbook, NotCarried } from '../workbook/memory';
import type { ParsedArgs } from './args';
import { UserError, type CommandIo } from './types';

export interface OutputTarget {
  file: string;
  /** The file the command read: the output may name it only with inPlace. */
  input?: string;
  inPlace?: boolean;
}

export interface Written {
  /** The copy of the input made before writing over it (--in-place). */
  backup?: string;
  /** What the input held that the copy does not (charts, images...), and the file that still has it. */
  leftOut?: { parts: NotCarried[]; file: string };
}

/**
 * --out FILE, and --in-place (which lets --out name the input, and alone means --out INPUT).
 * undefined when the command writes no copy.
 */
export function outputTarget(args: ParsedArgs, input: string): OutputTarget | undefined {
  const inPlace = args.options['in-place'] === true;
  const out = typeof args.options.out === 'string' ? args.options.out : inPlace ? input : undefined;
  return out === undefined ? undefined : { file: out, input, inPlace };
}

/**
 * Refuses a target that writing would destroy (see the header). Returns whether it is the input
 * itself (allowed with inPlace). Commands call it before their work; writeOutput calls it again.
 */
export async function checkOutputTarget(target: OutputTarget, lang: Lang): Promise<{ replacesInput: boolean }> {
  const file = target.file;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.lstat(file);
  } catch {
    return { replacesInput: false }; // nothing there yet (or a path the write will report on)
  }
  if (stat.isSymbolicLink()) throw new UserError(t(lang, 'cli.output.symlink', { file }));
  if (stat.isDirectory())
    throw new UserError(t(lang, 'cli.output.directory', { file, example: path.join(file, 'checked.xlsx') }));
  if (target.input !== undefined && (await sameFile(target.input, file))) {
    if (!target.inPlace) throw new UserError(t(lang, 'cli.output.sameAsInput', { file }));
    return { replacesInput: true };
  }
  if (!stat.isFile())
    throw new UserError(t(lang, 'cli.output.notWorkbook', { file, what: contentKindLabel(lang, 'other') }));
  const kind = (await sniffFile(file)).kind;
  const expected = fileKind(file) === 'xlsx' ? 'xlsx' : 'text';
  if (kind !== expected && kind !== 'empty')
    throw new UserError(t(lang, 'cli.output.notWorkbook', { file, what: contentKindLabel(lang, kind) }));
  return { replacesInput: false };
}

/** The same file: same device and inode (a hard link, ./x, a symlink to it), or the same real path. */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.promises.stat(a, { bigint: true }), fs.promises.stat(b, { bigint: true })]);
    if (sa.ino !== 0n || sb.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
    // file systems without inode numbers
    return (await fs.promises.realpath(a)) === (await fs.promises.realpath(b));
  } catch {
    return false;
  }
}

/** Writes the workbook to target, after checking it again and backing the input up if it is replaced. */
export async function writeOutput(wb: MemoryWorkbook, target: OutputTarget | string, lang: Lang): Promise<Written> {
  const to = typeof target === 'string' ? { file: target } : target;
  const { replacesInput } = await checkOutputTarget(to, lang);
  const written: Written = {};
  try {
    if (replacesInput) written.backup = await backUp(to.file);
    await saveWorkbookFile(wb, to.file);
  } catch (e) {
    throw writeError(e, written.backup ?? to.file, lang);
  }
  const parts = wb.model.notCarried ?? [];
  const original = written.backup ?? to.input;
  if (parts.length && original) written.leftOut = { parts, file: original };
  return written;
}

/** The backup's name: name.bak-YYYYMMDD-HHMMSS.xlsx beside the file (local time), -2, -3… if taken. */
export function backupName(file: string, now: Date, attempt = 1): string {
  const ext = path.extname(file);
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return path.join(
    path.dirname(file),
    `${path.basename(file, ext)}.bak-${stamp}${attempt > 1 ? '-' + attempt : ''}${ext}`,
  );
}

async function backUp(file: string): Promise<string> {
  const now = new Date();
  let backup = backupName(file, now);
  for (let attempt = 2; fs.existsSync(backup); attempt++) backup = backupName(file, now, attempt);
  await writeFileAtomically(backup, (temp) => fs.promises.copyFile(file, temp, fs.constants.COPYFILE_EXCL));
  return backup;
}

function writeError(e: unknown, file: string, lang: Lang): UserError {
  const error = e as NodeJS.ErrnoException;
  switch (error.code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return new UserError(t(lang, 'cli.error.cannotWrite', { file }));
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(t(lang, 'cli.output.diskFull', { file }));
    case 'ENOTDIR':
    case 'EEXIST':
      return new UserError(t(lang, 'cli.output.notAFolder', { file, folder: path.dirname(file) }));
  }
  if (e instanceof UserError) return e;
  return new UserError(t(lang, 'cli.error.writeFailed', { file, reason: error.message }));
}

/** Tells where the backup went and what the copy left out: after the text output, or on stderr when stdout is JSON. */
export function reportWritten(io: CommandIo, lang: Lang, json: boolean, written: Written | undefined): void {
  const say = json ? io.err : io.out;
  if (written?.backup) say(t(lang, 'cli.output.backup', { file: written.backup }));
  const leftOut = written?.leftOut;
  if (leftOut) {
    const parts = leftOut.parts.map((p) => t(lang, `cli.output.part.${p}`)).join(t(lang, 'cli.output.part.sep'));
    say(t(lang, 'cli.output.leftOut', { parts, file: leftOut.file }));
  }
}
