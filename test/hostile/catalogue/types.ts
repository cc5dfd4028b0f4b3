/**
 * A hostile-input case is data: what it is, how its input is built, what is run, and what the user
 * must get (the message in zh-CN and en-US, the exit code, no crash, and for a case that writes, no
 * difference but the add-in's own). catalogue.test.ts runs them; docs/hostile-inputs.md is made from them.
 */
import type { BookSnap, Intended } from './snapshot';

export type Lang = 'zh' | 'en';

/** Exact text (found whole in one line of what the user sees), or a precise pattern over all of it. */
export type Said = string | RegExp;

export interface Sees {
  zh: Said;
  en: Said;
}

/** Paths of the files a case builds; `input` is the one the command reads. */
export type Files = Record<string, string>;

interface CaseBase {
  /** Unique, kebab-case. */
  id: string;
  /** Where it comes from: 'issue 15: 4 (symlink)', or 'careful tester'. */
  source: string;
  title: { zh: string; en: string };
  /** A defect this case finds that is not fixed yet: what happens and where the fix belongs. */
  fails?: string;
  /** Fixed on a branch not yet merged: the branch, and what it brings. */
  pending?: { branch: string; why: string };
}

/** The command line, in-process through main with a capturing io, once in each language. */
export interface CliCase extends CaseBase {
  kind: 'cli';
  /** Makes the input files in dir (a fresh dir for each language). */
  build(dir: string): Files | Promise<Files>;
  /** The arguments, or several commands' (each must give the same answer); the runner adds --lang and --today. */
  argv(f: Files): string[] | string[][];
  code: number;
  sees(f: Files): Sees;
  /** For a case that writes: the file written, what it is compared with (default input), and what may differ. */
  writes?: {
    file(f: Files): string;
    from?(f: Files): string;
    intended(lang: Lang, f: Files, before: BookSnap): Intended;
    /** Other new files it makes on purpose (a backup), by name. */
    alsoNew?: RegExp;
  };
  /** A fault to simulate while the commands run (a full disk); returns what undoes it. */
  during?(): () => void;
  /** Checks beyond the message and the comparison (the values read, a link kept...). */
  then?(f: Files, lang: Lang): Promise<void>;
}

/** The pane's path: the app's use cases over the memory port or the Office.js fake. */
export interface PortCase extends CaseBase {
  kind: 'port';
  writes: boolean;
  sees: Sees;
  run(lang: Lang): Promise<{ said: string; before?: BookSnap; after?: BookSnap; intended?: Intended }>;
}

/** A case a test file outside the runner covers (a real process, a browser, a build, sizes that take minutes). */
export interface RegisteredCase extends CaseBase {
  kind: 'registered';
  writes: boolean;
  /** What the user gets, for the table. */
  sees: { zh: string; en: string };
  /** The test file (under test/) and the exact titles (or a title's fixed part) of the tests that cover it. */
  coveredBy: { file: string; tests: string[] };
  /** Why it is not run here: a process, a browser, minutes. */
  why: string;
}

/** pass, a known defect (reported), or waiting for a branch. */
export type Status = 'passes' | 'fails' | 'pending';

export const statusOf = (c: HostileCase): Status => (c.pending ? 'pending' : c.fails ? 'fails' : 'passes');

export type HostileCase = CliCase | PortCase | RegisteredCase;

/** The commands a case runs, one argv each. */
export function commandsOf(c: CliCase, f: Files): string[][] {
  const argv = c.argv(f);
  return argv.length > 0 && Array.isArray(argv[0]) ? (argv as string[][]) : [argv as string[]];
}
