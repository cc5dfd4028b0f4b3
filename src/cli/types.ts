/**
 * The CLI's command contract. Each command is a module in ./commands/<name>.ts that
 * exports a Command (as `command` or default); ./commands/index.ts lists them.
 */
import type { Lang } from '../domain/schema';

export interface CommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  name: string;
  /** One line for the command list, in the chosen language. */
  describe?(lang: Lang): string;
  /** Usage line(s) after `showroom-desk `, e.g. 'sample FILE.xlsx [--customers N]'. */
  usage?: string | ((lang: Lang) => string);
  /** argv: everything after the command name (global options included). Returns the exit code. */
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

/** A mistake in how the command was called: exit code 2, message plus usage. */
export class UsageError extends Error {}

/** Something went wrong doing the work (file missing, unreadable...): exit code 1. */
export class UserError extends Error {}
