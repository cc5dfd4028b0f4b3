/**
 * Writing a file so that no one ever sees half of it (Node only: fs).
 *
 * The content goes to a temporary file in the target's directory, is flushed to disk (fsync), and
 * is then renamed over the target; the directory is flushed too where the platform allows. rename
 * within a directory is atomic: a reader, a kill -9 or a power cut finds the old file or the new
 * one, never a mix. Two runs writing the same target each write their own temporary file: the
 * last one to rename wins, whole. rename replaces a symlink rather than following it.
 */
import * as fs from 'fs';
import * as path from 'path';

const TEMP_SUFFIX = '.tmp';

/** A temporary name beside the target, hidden on Unix, saying which process wrote it. */
function tempName(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.${path.basename(target)}.sd-${process.pid}-${random}${TEMP_SUFFIX}`);
}

/**
 * Writes target through write(tempPath), which must create the file at tempPath. On an error the
 * temporary file is removed and target is left as it was.
 */
export async function writeFileAtomically(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const resolved = path.resolve(target);
  const dir = path.dirname(resolved);
  await fs.promises.mkdir(dir, { recursive: true });
  await removeStaleTempFiles(resolved);
  const temp = tempName(resolved);
  try {
    await write(temp);
    await keepMode(resolved, temp);
    await syncFile(temp);
    await fs.promises.rename(temp, resolved);
  } catch (e) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dir);
}

/** A file that replaces another keeps its permissions (a shared workbook stays shared). */
async function keepMode(target: string, temp: string): Promise<void> {
  const old = await fs.promises.stat(target).catch(() => null);
  if (old?.isFile()) await fs.promises.chmod(temp, old.mode & 0o7777).catch(() => undefined);
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable. Windows cannot open a directory: nothing to do there. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR / EPERM / EINVAL on platforms that do not sync directories
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes the temporary files a killed earlier run left beside target: those of processes that no
 * longer exist (a live process's file may be a concurrent write in progress).
 */
async function removeStaleTempFiles(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.sd-`;
  const names = await fs.promises.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isSafeInteger(pid) && pid > 0 && !processExists(pid))
      await fs.promises.rm(path.join(path.dirname(target), name), { force: true }).catch(() => undefined);
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
