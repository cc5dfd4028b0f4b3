import type { MessageTable } from '../index';

/** validation messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
