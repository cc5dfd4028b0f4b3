import type { MessageTable } from '../index';

/** Who sees what (制度 §5 查看权限): the per-person workbook, "I am …" and "my view" (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {
    'access.none.unknown':
      '人员表中没有工号「{id}」：无法确定此人可查看的客户。请检查工号，或先在「人员」表中登记此人。',
    'access.none.inactive': '「{name}」（{id}）在「人员」表中已离职（在职 = 否）：不能为其导出客户档案。',
    'access.none.noRole':
      '「{name}」（{id}）在「人员」表中没有角色：请在「角色」列填写销售员、展厅主管、部门经理、财务或总经理。',
    'access.none.noShowroom': '展厅主管「{name}」（{id}）在「人员」表中没有展厅：请在「展厅」列填写其负责的展厅。',
    'access.none.noDepartment': '部门经理「{name}」（{id}）在「人员」表中没有部门：请在「部门」列填写其部门。',
    'access.level.own': '本人经办的客户（含协助销售）',
    'access.level.showroom': '所负责展厅的客户',
    'access.level.department': '本部门各展厅的客户',
    'access.level.all': '全部客户',
    'access.level.dealers': '经销商客户（评审所需的台账与评审记录）',
    'export.describe': '为一个人（--as 工号）或每个展厅（--by showroom）导出只含其可查看客户的工作簿',
    'export.cli.who': '请用 --as 工号 指定为谁导出（例如 --as S012），或用 --by showroom 为每个展厅各导出一个工作簿。',
    'export.cli.both': '--as 与 --by 只能选一个：--as 工号 为一个人导出，--by showroom 为每个展厅导出。',
    'export.cli.by': '--by 只支持 showroom，收到的是「{value}」。',
    'export.cli.out': '请用 --out 指定写到哪里：--as 时为 .xlsx 文件，--by showroom 时为文件夹。',
    'export.cli.outDir': '--by showroom 的 --out 应为文件夹，「{file}」是一个文件。',
    'export.cli.noShowrooms': '{file} 的「人员」表和「客户档案」表中没有任何展厅，无法按展厅导出。',
    'export.cli.written':
      '已为「{name}」（{id}，可查看：{level}）写入 {file}：客户 {customers} 行，台账 {ledger} 行，评审 {reviews} 行，外出 {outings} 行，变更日志 {audit} 行，归档 {archive} 行。',
    'export.cli.writtenShowroom':
      '展厅「{showroom}」：写入 {file}（客户 {customers} 行，台账 {ledger} 行，评审 {reviews} 行）。',
    'export.cli.note': '导出的工作簿只含上述行；共享工作簿里的筛选只是方便查看，不是保护。',
    'playground.filtered': '「我的视图」筛选隐藏了 {hidden} 行',
    'pane.iam.label': '我是',
    'pane.iam.placeholder': '从人员名单中选择自己',
    'pane.iam.noRoster': '工作簿没有「人员」表：无法按角色显示。',
    'pane.iam.hint': '只记在这台电脑上（本机浏览器存储），不写入共享工作簿。',
    'pane.iam.scope': '{role}：可查看{level}',
    'pane.iam.start.today': '从「检查」页的今日检查开始。',
    'pane.iam.start.mine': '从「检查」页开始，只列出您的客户及其问题。',
    'pane.iam.start.queue': '从「评审」页开始：待财务填写的评审。',
    'pane.iam.start.approvals': '从「评审」页开始：待总经理审核的评审。',
    'pane.iam.start.department': '从「评审」页开始：本部门的评审。',
    'pane.iam.none': '{message}',
    'pane.iam.clear': '清除',
    'pane.myView.label': '我的视图：只显示我可查看的行',
    'pane.myView.needCheck': '先运行检查，才能按您的客户筛选。',
    'pane.myView.shown': '列表和「客户档案」「经销商台账」「客户评审」表已筛选为您的 {customers} 位客户。',
    'pane.myView.caveat':
      '共享工作簿中的筛选只是方便查看，不是保护：打开此文件的任何人都能取消筛选，看到全部客户。要只给某人其客户，请为其导出工作簿（showroom-desk export 文件 --as 工号 --out 工号.xlsx）。',
  },
  en: {
    'access.none.unknown':
      'The Staff sheet has no staff ID "{id}": who may see which customers cannot be told. Check the ID, or add the person to the Staff sheet first.',
    'access.none.inactive':
      '"{name}" ({id}) has left according to the Staff sheet (Active = No): no customer files are exported for them.',
    'access.none.noRole':
      '"{name}" ({id}) has no role in the Staff sheet: fill the Role column with Sales, Supervisor, Manager, Finance or General manager.',
    'access.none.noShowroom':
      'Supervisor "{name}" ({id}) has no showroom in the Staff sheet: fill the Showroom column with the showroom they run.',
    'access.none.noDepartment':
      'Manager "{name}" ({id}) has no department in the Staff sheet: fill the Department column.',
    'access.level.own': 'the customers they handle (co-owned included)',
    'access.level.showroom': "their showroom's customers",
    'access.level.department': "the department's showrooms' customers",
    'access.level.all': 'all customers',
    'access.level.dealers': 'dealer customers (the ledger and reviews the reviews need)',
    'export.describe':
      'write a workbook holding only the customers one person (--as STAFFID) or each showroom (--by showroom) may see',
    'export.cli.who':
      'Say whom to export for with --as STAFFID (e.g. --as S012), or --by showroom for one workbook per showroom.',
    'export.cli.both':
      '--as and --by exclude each other: --as STAFFID exports for one person, --by showroom for each showroom.',
    'export.cli.by': '--by supports only showroom, got "{value}".',
    'export.cli.out': 'Say where to write with --out: an .xlsx file with --as, a folder with --by showroom.',
    'export.cli.outDir': '--by showroom\'s --out must be a folder; "{file}" is a file.',
    'export.cli.noShowrooms': "{file}'s Staff and Customers sheets name no showroom: nothing to export by showroom.",
    'export.cli.written':
      'Wrote {file} for "{name}" ({id}, may see {level}): {customers} customer rows, {ledger} ledger rows, {reviews} reviews, {outings} outings, {audit} audit rows, {archive} archived rows.',
    'export.cli.writtenShowroom':
      'Showroom "{showroom}": wrote {file} ({customers} customer rows, {ledger} ledger rows, {reviews} reviews).',
    'export.cli.note':
      'The exported workbook holds only these rows; a filter in the shared workbook is a convenience, not protection.',
    'playground.filtered': '{hidden} rows hidden by the "my view" filter',
    'pane.iam.label': 'I am',
    'pane.iam.placeholder': 'Pick yourself from the staff list',
    'pane.iam.noRoster': 'The workbook has no Staff sheet: the pane cannot show views by role.',
    'pane.iam.hint': "Remembered on this computer only (the browser's storage), never in the shared workbook.",
    'pane.iam.scope': '{role}: may see {level}',
    'pane.iam.start.today': "Starting on the Check tab's daily check.",
    'pane.iam.start.mine': 'Starting on the Check tab, listing only your customers and their findings.',
    'pane.iam.start.queue': 'Starting on the Reviews tab: the reviews waiting for finance.',
    'pane.iam.start.approvals': "Starting on the Reviews tab: the reviews waiting for the GM's decision.",
    'pane.iam.start.department': "Starting on the Reviews tab: the department's reviews.",
    'pane.iam.none': '{message}',
    'pane.iam.clear': 'Clear',
    'pane.myView.label': 'My view: only the rows I may see',
    'pane.myView.needCheck': 'Run the check first to filter by your customers.',
    'pane.myView.shown':
      'The lists and the Customers, Ledger and Reviews tables are filtered to your {customers} customers.',
    'pane.myView.caveat':
      'A filter in a shared workbook is a convenience, not protection: anyone who opens this file can clear it and see every customer. To give someone only their customers, export their workbook (showroom-desk export FILE --as STAFFID --out STAFFID.xlsx).',
  },
};
