import type { MessageTable } from '../index';

export const messages: MessageTable = {
  zh: {
    'severity.error': '错误',
    'severity.warning': '警告',
    'app.name': '展厅助手',
  },
  en: {
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'app.name': 'Showroom Desk',
  },
};
