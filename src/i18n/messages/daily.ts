import type { MessageTable } from '../index';

/** The daily check: the snapshot sheet's headers and the CLI's `daily` (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {
    'snapshot.header.key': '客户键',
    'snapshot.header.owner': '负责销售',
    'snapshot.header.row': '行',
    'snapshot.header.hash': '校验码',
    'snapshot.header.sigs': '字段校验码',
    'snapshot.header.firstSeen': '首次发现',
    'snapshot.header.changed': '最近修改',
    'snapshot.header.changedFields': '修改的字段',
    'snapshot.header.removed': '删除于',
    'daily.describe': '每日检查：按销售列出新增、修改、删除的客户，当天新建和跟进的记录，以及新出现的冲突',
    'daily.usage':
      'daily 文件 [--since last|YYYY-MM-DD] [--date YYYY-MM-DD] [--json] [--lang zh|en] [--today YYYY-MM-DD]\n\n' +
      '  --since last        与上次检查保存的快照比较（默认）：还没有检查看到过的改动\n' +
      '  --since YYYY-MM-DD  该日及以后的检查发现的改动，加上上次检查后的改动\n' +
      '  --date YYYY-MM-DD   列出哪一天新建和跟进的记录（默认今天）\n\n' +
      '快照由 check --out 写入副本；先检查，之后对检查后的文件运行 daily。',
    'daily.error.since': '--since 应为 last 或 YYYY-MM-DD 格式的日期（不晚于今天 {today}），收到的是「{value}」。',
    'daily.error.date': '--date 应为 YYYY-MM-DD 格式的日期（例如 2026-11-27），收到的是「{value}」。',
    'daily.error.noSnapshot':
      '{file} 中没有检查保存的快照，无从比较新增、修改和删除。请先运行 showroom-desk check {file} --out 检查后.xlsx，之后对「检查后.xlsx」运行 daily（CSV 文件不保存快照）。',
    'daily.title.last': '每日检查（{today}）：与上次检查（{lastCheck}）保存的快照相比',
    'daily.title.since': '每日检查（{today}）：{since} 及以后的检查发现的改动，以及上次检查后的改动',
    'daily.knownFrom': '第一次检查是在 {day}，此前的改动无从得知。',
    'daily.totals':
      '新增 {new} 行，修改 {changed} 行，删除 {removed} 行；{date} 新建 {created} 条，跟进 {followedUp} 条；新出现的冲突 {newConflicts} 组（原有冲突 {oldConflicts} 组）。',
    'daily.byOwner': '按销售：',
    'daily.ownerLine':
      '  {owner}：新增 {new}，修改 {changed}，删除 {removed}，新建 {created}，跟进 {followedUp}，新冲突 {newConflicts}',
    'daily.noOwner': '无负责销售',
    'daily.section.new': '新增的行：',
    'daily.section.changed': '修改的行：',
    'daily.section.removed': '删除的行：',
    'daily.section.newConflicts': '新出现的冲突：',
    'daily.section.created': '{date} 新建的记录：',
    'daily.section.followedUp': '{date} 跟进的记录：',
    'daily.section.uncheckedLogs': '尚未检查的工作周志（{n} 份）：',
    'daily.uncheckedLog': '「工作周志」第 {row} 行 {staffId} {week}（该周结束已 {days} 天）',
    'daily.row': '第 {row} 行 {id} {name}（{owner}）',
    'daily.row.fields': '：{fields}',
    'daily.row.fieldsUnknown': '：内容有变',
    'daily.removedRow': '{id}（{owner}，上次检查时在第 {row} 行）',
    'daily.conflict':
      '{id} {kind}：第 {rows} 行，客户编号 {ids}，负责销售 {owners}，建议归属 {suggested}；新增或修改：第 {newRows} 行',
  },
  en: {
    'snapshot.header.key': 'Customer key',
    'snapshot.header.owner': 'Owner',
    'snapshot.header.row': 'Row',
    'snapshot.header.hash': 'Checksum',
    'snapshot.header.sigs': 'Field checksums',
    'snapshot.header.firstSeen': 'First seen',
    'snapshot.header.changed': 'Last changed',
    'snapshot.header.changedFields': 'Changed fields',
    'snapshot.header.removed': 'Removed',
    'daily.describe':
      'The daily check: per salesperson, new, changed and removed customers, records created and followed up on a day, and new conflicts',
    'daily.usage':
      'daily FILE [--since last|YYYY-MM-DD] [--date YYYY-MM-DD] [--json] [--lang zh|en] [--today YYYY-MM-DD]\n\n' +
      '  --since last        against the snapshot the last check stored (default): what no check has seen yet\n' +
      '  --since YYYY-MM-DD  what the checks on or after that day found, plus what changed since the last check\n' +
      '  --date YYYY-MM-DD   the day whose created and followed-up records are listed (default today)\n\n' +
      'check --out stores the snapshot in the copy it writes; check first, then run daily on the checked file.',
    'daily.error.since': '--since must be last or a date as YYYY-MM-DD (not after today, {today}), not "{value}".',
    'daily.error.date': '--date must be a date as YYYY-MM-DD (for example 2026-11-27), not "{value}".',
    'daily.error.noSnapshot':
      '{file} holds no snapshot from a check, so there is nothing to compare new, changed and removed rows with. Run showroom-desk check {file} --out checked.xlsx first, then daily on checked.xlsx (a CSV file keeps no snapshot).',
    'daily.title.last': 'Daily check ({today}): against the snapshot of the last check ({lastCheck})',
    'daily.title.since':
      'Daily check ({today}): changes found by the checks on or after {since}, and since the last check',
    'daily.knownFrom': 'The first check was on {day}; changes before it are not known.',
    'daily.totals':
      '{new} new, {changed} changed, {removed} removed rows; on {date} {created} created, {followedUp} followed up; {newConflicts} new conflicts ({oldConflicts} older ones).',
    'daily.byOwner': 'By salesperson:',
    'daily.ownerLine':
      '  {owner}: {new} new, {changed} changed, {removed} removed, {created} created, {followedUp} followed up, {newConflicts} new conflicts',
    'daily.noOwner': 'no owner',
    'daily.section.new': 'New rows:',
    'daily.section.changed': 'Changed rows:',
    'daily.section.removed': 'Removed rows:',
    'daily.section.newConflicts': 'New conflicts:',
    'daily.section.created': 'Created on {date}:',
    'daily.section.followedUp': 'Followed up on {date}:',
    'daily.section.uncheckedLogs': 'Weekly work logs not yet checked ({n}):',
    'daily.uncheckedLog': 'Work logs row {row} {staffId} {week} (week ended {days} days ago)',
    'daily.row': 'row {row} {id} {name} ({owner})',
    'daily.row.fields': ': {fields}',
    'daily.row.fieldsUnknown': ': content changed',
    'daily.removedRow': '{id} ({owner}, row {row} at the last check)',
    'daily.conflict':
      '{id} {kind}: rows {rows}, customer IDs {ids}, owners {owners}, suggested owner {suggested}; new or changed: row {newRows}',
  },
};
