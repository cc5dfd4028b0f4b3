import type { MessageTable } from '../index';

/** conflicts messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
