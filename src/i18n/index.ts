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

export type Params = Record<string, string | number>;
export type MessageTable = { zh: Record<string, string>; en: Record<string, string> };

const tables: MessageTable[] = [common, schema, validation, conflicts, cli, pane, reviews, workbook, actions, check];

function lookup(lang: Lang, key: string): string | undefined {
  for (let i = tables.length - 1; i >= 0; i--) {
    const s = tables[i][lang][key];
    if (s !== undefined) return s;
  }
  return undefined;
}

/** Translates a message key, filling {name} placeholders. Unknown keys return the key itself. */
export function t(lang: Lang, key: string, params?: Params): string {
  const template = lookup(lang, key) ?? lookup('en', key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Every key present in one language must be present in the other (checked by a test). */
export function allTables(): readonly MessageTable[] {
  return tables;
}

export function parseLang(value: string | undefined | null): Lang {
  if (!value) return 'zh';
  return /^en/i.test(value) ? 'en' : 'zh';
}
