import type { MessageTable } from '../index';

/** pane messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {},
  en: {},
};
