import type { MessageTable } from '../index';

/** cli messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
