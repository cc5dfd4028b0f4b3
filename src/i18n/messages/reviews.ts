import type { MessageTable } from '../index';

/** reviews messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
