import type { MessageTable } from '../index';

/** workbook messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
