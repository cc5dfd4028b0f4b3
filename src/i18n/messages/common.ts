import type { MessageTable } from '../index';

export const messages: MessageTable = {
  zh: {
    'severity.error': '错误',
    'severity.warning': '警告',
    'app.name': '展厅助手',
    'engine.listSeparator': '；',
    'engine.kind.conflict': '冲突',
    'engine.kind.duplicate': '重复',
  },
  en: {
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'app.name': 'Showroom Desk',
    'engine.listSeparator': '; ',
    'engine.kind.conflict': 'conflict',
    'engine.kind.duplicate': 'duplicate',
  },
};
