/**
 * A library loaded on its first use instead of when the module that needs it loads: a command
 * that never meets a traditional character, a foreign phone number or an .xlsx file does not pay
 * for opencc's, libphonenumber's or ExcelJS's start-up (issue 21: a cold command is mostly module
 * loading). `load` must be a literal `() => require('name')` so that webpack still bundles it.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
