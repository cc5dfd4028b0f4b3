/**
 * All user-visible text lives in the message tables under ./messages, one file
 * per area, each with zh-CN and en-US entries. zh is the default language.
 */
import type { Lang } from '../domain/schema';
import { messages as common } from './messages/common';
import { messages as schema } from './messages/schema';
import { messages as validation } from './messages/validation';
import { messages as conflicts } from './messages/conflicts';
import { messages as cli } from './messages/cli';
import { messages as pane } from './messages/pane';
import { messages as reviews } from './messages/reviews';
import { messages as workbook } from './messages/workbook';
import { messages as actions } from './messages/actions';
import { messages as check } from './messages/check';
import { messages as files } from './messages/files';
import { messages as daily } from './messages/daily';
import { messages as auditLog } from './messages/audit-log';
import { messages as entry } from './messages/entry';
import { messages as access } from './messages/access';
import { messages as duty } from './messages/duty';

export type Params = Record<string, string | number>;
export type MessageTable = { zh: Record<string, string>; en: Record<string, string> };

const tables: MessageTable[] = [
  common,
  schema,
  validation,
  conflicts,
  cli,
  pane,
  reviews,
  workbook,
  actions,
  check,
  files,
  daily,
  auditLog,
  entry,
  access,
  duty,
];

function lookup(lang: Lang, key: string): string | undefined {
  for (let i = tables.length - 1; i >= 0; i--) {
    const s = tables[i][lang][key];
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * Templates split once around their placeholders: ['第', 'a', '行与第', 'b', '行'] (names at odd
 * indexes). t() runs for every reason and message of a check (tens of thousands on a big sheet):
 * looking a key up in every table and running a regex each time cost more than the rest.
 */
const compiled: Record<Lang, Map<string, string[]>> = { zh: new Map(), en: new Map() };

function compiledTemplate(lang: Lang, key: string): string[] {
  let parts = compiled[lang].get(key);
  if (parts === undefined) {
    const template = lookup(lang, key) ?? lookup('en', key) ?? key;
    parts = template.split(/\{(\w+)\}/);
    compiled[lang].set(key, parts);
  }
  return parts;
}

/** Translates a message key, filling {name} placeholders. Unknown keys return the key itself. */
export function t(lang: Lang, key: string, params?: Params): string {
  const parts = compiledTemplate(lang, key);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    // a placeholder without a parameter stays as it is ('{name}')
    out += (params && name in params ? String(params[name]) : '{' + name + '}') + parts[k + 1];
  }
  return out;
}

/** Every key present in one language must be present in the other (checked by a test). */
export function allTables(): readonly MessageTable[] {
  return tables;
}

export function parseLang(value: string | undefined | null): Lang {
  if (!value) return 'zh';
  return /^en/i.test(value) ? 'en' : 'zh';
}
