import type { MessageTable } from '../index';

/** schema messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
