import type { MessageTable } from '../index';

/**
 * validation messages (zh-CN default, en-US). Keys: validation.<rule id>[.<variant>] for
 * the message body (what is wrong and what to do), validation.<rule id>.title / .desc for
 * the rule list. The location ("sheet, row, column") is prepended by the reporter
 * (validation.at.cell / validation.at.row).
 */

type Pair = { zh: Record<string, string>; en: Record<string, string> };

/** Rules that exist once per sheet (required columns, required cells, enums, dates). */
const SHEET_NAMES: Array<[string, string, string]> = [
  ['customer', '客户档案', 'Customers'],
  ['ledger', '经销商台账', 'Ledger'],
  ['staff', '人员', 'Staff'],
  ['duty', '值班表', 'Duty'],
  ['outing', '外出登记', 'Outings'],
  ['call', '来电登记', 'Calls'],
  ['visit', '来访登记', 'Visits'],
  ['worklog', '工作周志', 'Work logs'],
  ['key', '车钥匙', 'Keys'],
];

function perSheet(): Pair {
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [p, zs, es] of SHEET_NAMES) {
    zh[`validation.${p}.column.missing`] =
      '缺少必填列「{label}」。{candidates}请在表头添加这一列（列名可用中文或英文），再填写每一行。';
    en[`validation.${p}.column.missing`] =
      'the required column "{label}" is missing. {candidates}Add it to the header row (Chinese or English name), then fill it in on every row.';
    zh[`validation.${p}.column.missing.title`] = `${zs}：缺少必填列`;
    en[`validation.${p}.column.missing.title`] = `${es}: required column missing`;
    zh[`validation.${p}.column.missing.desc`] = `${zs}的表头中没有必填的列。`;
    en[`validation.${p}.column.missing.desc`] = `The ${es} header row lacks a required column.`;
    zh[`validation.${p}.date.format`] =
      '「{value}」不是可识别的日期。请填写如 2026-11-27 的日期，或将单元格设为日期格式。';
    en[`validation.${p}.date.format`] =
      '"{value}" is not a date that can be read. Enter a date such as 2026-11-27, or format the cell as a date.';
    zh[`validation.${p}.date.format.title`] = `${zs}：日期无法识别`;
    en[`validation.${p}.date.format.title`] = `${es}: unreadable date`;
    zh[`validation.${p}.date.format.desc`] = '日期单元格的内容不是日期。';
    en[`validation.${p}.date.format.desc`] = 'A date cell holds something that is not a date.';
    zh[`validation.${p}.formula.uncalculated`] =
      '这一格是公式，但文件里没有保存它的计算结果（程序生成的文件常常如此），因此按空白检查。请用 Excel 或 WPS 打开文件并保存，再检查一次。';
    en[`validation.${p}.formula.uncalculated`] =
      'this cell holds a formula, but the file stores no calculated result for it (files written by programs often lack them), so it is checked as blank. Open the file in Excel or WPS, save it, and check again.';
    zh[`validation.${p}.formula.uncalculated.title`] = `${zs}：公式没有计算结果`;
    en[`validation.${p}.formula.uncalculated.title`] = `${es}: formula without a result`;
    zh[`validation.${p}.formula.uncalculated.desc`] = '单元格是公式，但文件中没有保存计算结果，只能按空白检查。';
    en[`validation.${p}.formula.uncalculated.desc`] =
      'A cell holds a formula whose result the file does not store, so it can only be checked as blank.';
    if (p !== 'customer') {
      zh[`validation.${p}.required`] = '此项必填，但为空。请补填。';
      en[`validation.${p}.required`] = 'this cell is required but empty. Fill it in.';
      zh[`validation.${p}.required.title`] = `${zs}：必填项为空`;
      en[`validation.${p}.required.title`] = `${es}: required cell empty`;
      zh[`validation.${p}.required.desc`] = `${zs}中每一行都必须填写的单元格为空。`;
      en[`validation.${p}.required.desc`] = `A cell every ${es} row must have is empty.`;
    }
    if (p === 'customer' || p === 'ledger' || p === 'staff') {
      zh[`validation.${p}.enum`] = '「{value}」不是可选值。可选：{allowed}。请从下拉列表中选择。';
      en[`validation.${p}.enum`] =
        '"{value}" is not one of the allowed values: {allowed}. Pick one from the drop-down list.';
      zh[`validation.${p}.enum.title`] = `${zs}：取值不在可选范围`;
      en[`validation.${p}.enum.title`] = `${es}: value not allowed`;
      zh[`validation.${p}.enum.desc`] = '选项列（类型、阶段、状态等）中的文字不是任何可选值。';
      en[`validation.${p}.enum.desc`] =
        'A choice column (kind, stage, status, ...) holds text that matches no allowed value.';
    }
  }
  return { zh, en };
}

const shared = perSheet();

/** The rules about the file and its cells themselves (common/file-*, error-value, control-characters, cell-too-long). */
function fileAndCells(): Pair {
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [p, zs, es] of SHEET_NAMES) {
    zh[`validation.${p}.file.quote`] =
      '文件第 {line} 行的 {column} 列有一个引号（"）打开后没有关上。为了不把后面的行都读进这一格，这一格只读到该行末尾，后面的行照常检查。请在文件中补上结束的引号（或删去这个引号）后重新检查。';
    en[`validation.${p}.file.quote`] =
      'a quote (") opens in column {column} on line {line} of the file and is never closed. So that the rows after it are not all read into this cell, the cell was read to the end of that line, and the rows after it are checked as usual. Add the closing quote in the file (or delete this one) and check again.';
    zh[`validation.${p}.file.quote.title`] = `${zs}：引号没有关上`;
    en[`validation.${p}.file.quote.title`] = `${es}: quote never closed`;
    zh[`validation.${p}.file.quote.desc`] = 'CSV 文件中的引号打开后没有关上，这一格只读到该行末尾。';
    en[`validation.${p}.file.quote.desc`] =
      'A quote in the CSV file is never closed; the cell was read to the end of its line.';
    zh[`validation.${p}.file.bytes`] =
      '文件第 {line} 行的 {column} 列有不能按 {encoding} 编码读出的字节，已显示为「�」，这一格的内容可能不完整。请核对这一格，或用生成文件的程序重新导出为 UTF-8 编码的 CSV 后再检查。';
    en[`validation.${p}.file.bytes`] =
      'column {column} on line {line} of the file holds bytes that are not valid {encoding}; they show as "�", and the cell may be incomplete. Check the cell, or export the file again as UTF-8 CSV from the program that made it, and check again.';
    zh[`validation.${p}.file.bytes.title`] = `${zs}：有无法读出的字节`;
    en[`validation.${p}.file.bytes.title`] = `${es}: unreadable bytes`;
    zh[`validation.${p}.file.bytes.desc`] = '文件中有不符合其编码的字节，读成了「�」。';
    en[`validation.${p}.file.bytes.desc`] =
      'The file holds bytes that are not valid in its encoding; they read as "�".';
    zh[`validation.${p}.file.limit.columns`] =
      '这一行有 {count} 列。一张工作表最多 16,384 列（到 XFD 列），检查还要在右边加上状态列，所以从 {first} 列起的 {n} 列没有读取，也不会出现在检查后的副本中。请删去多余的列，或把文件拆开后分别检查。';
    en[`validation.${p}.file.limit.columns`] =
      'this row has {count} columns. A sheet holds at most 16,384 columns (up to XFD) and the check adds its status columns at the right, so the {n} columns from column {first} on were not read and will not be in the checked copy. Delete the extra columns, or split the file, and check again.';
    zh[`validation.${p}.file.limit.rows`] =
      '文件从第 {first} 行起还有 {n} 行数据，超过了一张工作表的上限 1,048,576 行，这些行没有读取，也不会出现在检查后的副本中。请把文件拆成几个较小的文件分别检查。';
    en[`validation.${p}.file.limit.rows`] =
      'the file has {n} more rows of data from row {first} on, past the 1,048,576 rows a sheet holds; they were not read and will not be in the checked copy. Split the file into smaller files and check each.';
    zh[`validation.${p}.file.limit.title`] = `${zs}：超出工作表的大小`;
    en[`validation.${p}.file.limit.title`] = `${es}: larger than a sheet`;
    zh[`validation.${p}.file.limit.desc`] = '文件的行数或列数超过一张工作表的上限，超出的部分没有读取。';
    en[`validation.${p}.file.limit.desc`] =
      'The file has more rows or columns than a sheet holds; what is past the limit was not read.';
    zh[`validation.${p}.cell.error`] =
      '这一格是 Excel 的错误值 {value}（公式出错，例如查找不到或引用的行已删除），不是真实的内容，因此按空白处理，也不会与其他客户比对。请修正产生它的公式，或填入正确的值。';
    en[`validation.${p}.cell.error`] =
      'this cell holds the Excel error value {value} (a formula failed: a lookup found nothing, or a referenced row was deleted), not real content, so it is treated as blank and not compared with other customers. Fix the formula that produced it, or enter the right value.';
    zh[`validation.${p}.cell.error.title`] = `${zs}：单元格是错误值`;
    en[`validation.${p}.cell.error.title`] = `${es}: error value in a cell`;
    zh[`validation.${p}.cell.error.desc`] = '单元格里是 #N/A、#REF!、#DIV/0! 等错误值。';
    en[`validation.${p}.cell.error.desc`] = 'A cell holds an error value such as #N/A, #REF! or #DIV/0!.';
    zh[`validation.${p}.cell.control`] =
      '这一格含有看不见的控制字符 {chars}（多半是从其他系统复制时带进来的）。内容按原样保留，但这些字符会让姓名、号码对不上，有的程序也显示不出来。请删去这些字符。';
    en[`validation.${p}.cell.control`] =
      'this cell holds invisible control characters {chars} (most often carried in by a copy from another system). The content is kept as it is, but these characters keep names and numbers from matching, and some programs cannot show them. Delete them.';
    zh[`validation.${p}.cell.control.title`] = `${zs}：含有控制字符`;
    en[`validation.${p}.cell.control.title`] = `${es}: control characters`;
    zh[`validation.${p}.cell.control.desc`] = '单元格中有看不见的控制字符（U+0000–U+001F，制表符和换行除外）。';
    en[`validation.${p}.cell.control.desc`] =
      'A cell holds invisible control characters (U+0000-U+001F other than tab and line breaks).';
    zh[`validation.${p}.cell.long`] =
      '这一格有 {length} 个字符（「{value}」），超过了 Excel 单元格最多 {max} 个字符的上限；用 Excel 打开或保存时，多出的部分会被截掉。请缩短内容，或把长文本另存到别处。';
    en[`validation.${p}.cell.long`] =
      'this cell has {length} characters ("{value}"), more than the {max} an Excel cell holds; Excel cuts the rest when it opens or saves the file. Shorten it, or keep the long text elsewhere.';
    zh[`validation.${p}.cell.long.title`] = `${zs}：单元格文字过长`;
    en[`validation.${p}.cell.long.title`] = `${es}: cell text too long`;
    zh[`validation.${p}.cell.long.desc`] = '单元格超过 32,767 个字符，Excel 会截断。';
    en[`validation.${p}.cell.long.desc`] = 'A cell has more than 32,767 characters, which Excel cuts.';
  }
  return { zh, en };
}

const fileAndCell = fileAndCells();

export const messages: MessageTable = {
  zh: {
    ...shared.zh,
    ...fileAndCell.zh,
    'validation.at.cell': '{sheet} 第 {row} 行「{column}」列：',
    'validation.at.row': '{sheet} 第 {row} 行：',
    'validation.label.found': '{found}（{label}）',
    'validation.more': ' 等（另有 {n} 行）',
    'validation.more.columns': ' 等（另有 {n} 列）',
    'validation.unlisted': '另有 {n} 行存在同类问题（{title}），未逐条列出。请先修正已列出的问题后重新检查。',

    'validation.customer.required': '此项必填，但为空。请补填。',
    'validation.customer.required.kind': '{kind}必须填写此项，但为空。请补填（经销商客户需填写负责对接的联系人）。',
    'validation.customer.required.title': '客户档案：必填项为空',
    'validation.customer.required.desc':
      '客户编号、类型、名称、电话、展厅、负责销售、首次接触、阶段必填；经销商客户还须填写联系人。',
    'validation.customer.column.missing.kind':
      '缺少「{label}」列，而有 {n} 位{kind}必须填写此项。{candidates}请在表头添加这一列并补填。',
    'validation.column.candidates':
      '表头里有未能识别的列：{columns}；若其中一列就是「{label}」，请把它的列名改为「{label}」。',

    'validation.customer.phone.format':
      '「{value}」不是有效的手机号或固定电话。请填写 11 位手机号（如 13812345678）或带区号的固话（如 010-62345678）。',
    'validation.customer.phone.format.mobile':
      '「{value}」不是有效的手机号（应为 1 开头、第二位 3-9 的 11 位数字）。请核对后改正。',
    'validation.customer.phone.format.title': '电话格式错误',
    'validation.customer.phone.format.desc':
      '去掉空格、横线、+86 等之后，既不是 11 位手机号，也不是「0+区号+7-8 位号码」的固话。',

    'validation.customer.id.format':
      '「{value}」不是可识别的证件号码：既不是 18 位（或 15 位）身份证号、18 位统一社会信用代码，也不是港澳居民来往内地通行证（H 或 M 加 8 位数字）、台湾居民来往大陆通行证（8 位数字）或护照号码（字母加数字）。请对照证件核对位数和字符后改正。',
    'validation.customer.id.format.title': '证件号码格式错误',
    'validation.customer.id.format.desc':
      '证件号码的位数、字符或其中的出生日期不对。港澳台通行证、护照和其他证件号码不会被判为格式错误。',
    'validation.customer.id.check': '身份证号「{value}」的校验位不对，号码中有输错的数字。请对照证件重新录入。',
    'validation.customer.id.check.title': '身份证号校验位错误',
    'validation.customer.id.check.desc': '18 位身份证号的最后一位（校验码，GB 11643）与前 17 位不符。',
    'validation.customer.uscc.check':
      '统一社会信用代码「{value}」未通过校验（部分试点地区的代码也会如此）。请对照营业执照核对；若与执照一致，可忽略此提示。',
    'validation.customer.uscc.check.title': '统一社会信用代码校验未通过',
    'validation.customer.uscc.check.desc':
      '统一社会信用代码的校验码（GB 32100）与前 17 位不符；试点地区的部分代码也会如此，所以只作警告。',
    'validation.customer.id.kind.end-uscc':
      '最终客户填的是统一社会信用代码「{value}」。若该客户是单位可忽略；若是经销商，请把「客户类型」改为经销商客户。',
    'validation.customer.id.kind.dealer-resident':
      '经销商客户填的是身份证号「{value}」。经销商应填写统一社会信用代码；若实为个人购车，请把「客户类型」改为最终客户。',
    'validation.customer.id.kind.dealer-document':
      '经销商客户填的是{document}号码「{value}」。经销商应填写统一社会信用代码；若实为个人购车，请把「客户类型」改为最终客户。',
    'validation.customer.id.document.hkMacau': '港澳居民来往内地通行证',
    'validation.customer.id.document.taiwan': '台湾居民来往大陆通行证',
    'validation.customer.id.document.passport': '护照',
    'validation.customer.id.kind.title': '证件类型与客户类型不符',
    'validation.customer.id.kind.desc': '最终客户填了统一社会信用代码，或经销商客户填了身份证号、通行证或护照号码。',

    'validation.customer.number.damaged':
      '以数字形式保存的 {digits} 位号码「{value}」已被 Excel 截断（只保留 15 位有效数字），末尾几位已丢失。请把该列设为「文本」格式，再按证件重新录入。',
    'validation.customer.number.damaged.title': '号码存为数字，已损坏',
    'validation.customer.number.damaged.desc':
      '超过 15 位的身份证号等以数字形式保存时，Excel 只保留 15 位有效数字，号码已不可恢复。',
    'validation.customer.number.stored':
      '号码「{value}」以数字形式保存。固话开头的 0 会丢失，超过 15 位的号码会被截断。请把该列设为「文本」格式后重新录入。',
    'validation.customer.number.stored.title': '号码存为数字',
    'validation.customer.number.stored.desc': '证件号码或电话以数字而非文本保存。',

    'validation.customer.birthdate.id':
      '出生日期 {value} 与身份证号中的出生日期 {idDate} 不一致。请对照证件改正其中错误的一项。',
    'validation.customer.birthdate.id.title': '出生日期与身份证号不符',
    'validation.customer.birthdate.id.desc': '「出生日期」与身份证号第 7-14 位表示的日期不同。',

    'validation.customer.date.order.future': '日期 {value} 晚于今天（{today}）。请改正日期。',
    'validation.customer.date.order.before-first': '最近跟进日期 {value} 早于首次接触日期 {first}。请核对两个日期。',
    'validation.customer.date.order.title': '客户日期顺序错误',
    'validation.customer.date.order.desc': '应满足 首次接触 ≤ 最近跟进 ≤ 今天，出生日期不能晚于今天。',

    'validation.customer.id.duplicate':
      '客户编号「{value}」重复，第 {rows} 行也使用了它（共 {n} 行）。每个客户只能有一个编号：请给其中的其他客户改用新编号，若是同一客户请合并档案。',
    'validation.customer.id.duplicate.title': '客户编号重复',
    'validation.customer.id.duplicate.desc': '同一个客户编号出现在多行。',

    'validation.customer.owner.unknown':
      '负责销售「{value}」不在人员表中。请填写人员表中的工号，或先把此人加入人员表。',
    'validation.customer.owner.unknown.title': '负责销售不在人员表',
    'validation.customer.owner.unknown.desc': '「负责销售」填写的工号在人员表中找不到。',
    'validation.customer.owner.inactive': '负责销售「{value}」已不在职。请把该客户转给在职的销售员。',
    'validation.customer.owner.inactive.title': '负责销售已离职',
    'validation.customer.owner.inactive.desc': '客户的负责销售在人员表中标记为不在职。',
    'validation.customer.owner.showroom':
      '最终客户属于展厅「{showroom}」，而负责销售「{value}」属于展厅「{ownerShowroom}」。最终客户由所在展厅负责拓展：请改为本展厅的销售员，或改正客户的展厅。',
    'validation.customer.owner.showroom.title': '负责销售不属于客户的展厅',
    'validation.customer.owner.showroom.desc':
      '最终客户的负责销售应属于该客户的展厅（展厅主管主要负责最终客户的拓展）。',

    'validation.customer.stale':
      '客户处于「{stage}」阶段，但最近一次跟进是 {value}，已 {days} 天未跟进（超过 {limit} 天）。请尽快跟进并更新「最近跟进」，或更新阶段。',
    'validation.customer.status.user':
      '这一列是展厅助手的状态列，但里面有不是它写入的内容（如「{value}」）。为免覆盖您的内容，这次没有写入「{column}」：请把您的这一列改名（例如「{column}备注」），再检查一次。',
    'validation.customer.status.user.title': '状态列里有您自己的内容',
    'validation.customer.status.user.desc':
      '「校验」「冲突组」两列由展厅助手写入；其中有别的内容时不覆盖，并请您把自己的列改名。',
    'validation.customer.stale.title': '客户长期未跟进',
    'validation.customer.stale.desc': '线索、洽谈、已签约阶段的客户超过设定天数（默认 30 天）没有跟进记录。',

    'validation.customer.deal.no-ledger':
      '客户「{id}」处于「{stage}」阶段，但经销商台账中没有它的交易记录。请在台账中补录这笔交易（每笔交易都必须按实际进度记录）。',
    'validation.customer.deal.no-ledger.title': '已成交客户无台账记录',
    'validation.customer.deal.no-ledger.desc': '已签约或已交车的客户在台账中没有任何交易行。',

    'validation.ledger.customer.unknown': '客户编号「{value}」在客户档案中不存在。请改正编号，或先为该客户建立档案。',
    'validation.ledger.customer.unknown.title': '台账客户不存在',
    'validation.ledger.customer.unknown.desc': '台账行的客户编号在客户档案中找不到。',
    'validation.ledger.customer.lead':
      '客户「{id}」已有交易，但在客户档案（第 {customerRow} 行）中仍是「{stage}」阶段。请更新客户档案的阶段。',
    'validation.ledger.customer.lead.title': '有交易的客户仍为线索',
    'validation.ledger.customer.lead.desc': '台账中有未取消的交易，而客户档案中的阶段仍是线索。',

    'validation.ledger.amount.mismatch':
      '金额 {value} 不等于 数量 {quantity} × 单价 {price} = {expected}。请改正金额、数量或单价。',
    'validation.ledger.amount.mismatch.title': '金额 ≠ 数量 × 单价',
    'validation.ledger.amount.mismatch.desc': '金额与数量乘单价相差超过 0.01。',
    'validation.ledger.number.nan': '「{value}」不是数字。请只填写数字（可带小数）。',
    'validation.ledger.number.negative': '「{value}」为负数。请填写 0 或正数。',
    'validation.ledger.number.whole': '「{value}」不是整数。数量请填写整数。',
    'validation.ledger.number.tooLarge':
      '「{value}」大得不可能是真实的数量或金额（绝对值超过 10 的 15 次方，超出了 Excel 能精确保存的 15 位数字），无法计算，评分和统计中不计这一格。请核对并改正。',
    'validation.ledger.number.title': '台账数字无效',
    'validation.ledger.number.desc': '数量、单价、金额、已付金额不是数字、为负数，或数量不是整数。',

    'validation.ledger.status.backwards':
      '交易「{txn}」的状态从「{prevStatus}」（第 {prevRow} 行，{prevDate}）倒退为「{value}」。状态只能按 已签约→已交车→已开票→已结清 前进。请核对状态或日期。',
    'validation.ledger.status.backwards.after-cancel':
      '交易「{txn}」已于第 {prevRow} 行（{prevDate}）取消，此后不应再有「{value}」状态。若交易恢复，请用新的交易编号登记。',
    'validation.ledger.status.backwards.title': '交易状态倒退',
    'validation.ledger.status.backwards.desc': '同一交易编号按日期排序后，状态出现倒退，或在取消后又有其他状态。',

    'validation.ledger.paid.no-date.status': '状态为「{status}」，但付款日期为空。请填写付款日期。',
    'validation.ledger.paid.no-date.amount': '已付金额为 {amount}，但付款日期为空。请填写付款日期。',
    'validation.ledger.paid.no-date.title': '已付款但无付款日期',
    'validation.ledger.paid.no-date.desc': '状态为已结清或已付金额大于 0，但付款日期为空。',
    'validation.ledger.paid.no-amount': '已填写付款日期 {date}，但已付金额为空或为 0。请填写已付金额，或删除付款日期。',
    'validation.ledger.paid.no-amount.title': '有付款日期但无已付金额',
    'validation.ledger.paid.no-amount.desc': '付款日期已填写，已付金额为空或为 0。',

    'validation.staff.id.duplicate':
      '工号「{value}」重复，第 {rows} 行也使用了它（共 {n} 行）。每人只能有一个工号：请改正。',
    'validation.staff.id.duplicate.title': '工号重复',
    'validation.staff.id.duplicate.desc': '同一个工号出现在人员表的多行。',
    'validation.staff.role.invalid': '「{value}」不是有效的角色。可选：{allowed}。请从下拉列表中选择。',
    'validation.staff.role.invalid.title': '角色无效',
    'validation.staff.role.invalid.desc': '人员的角色不是销售员、展厅主管、部门经理、总经理、财务之一。',
    'validation.staff.showroom.no-supervisor':
      '展厅「{showroom}」没有在职的{role}。每个展厅须有主管负责排班和每日客户检查：请在人员表中指定一位。',
    'validation.staff.showroom.no-supervisor.title': '展厅没有主管',
    'validation.staff.showroom.no-supervisor.desc': '人员表中出现的展厅没有在职的展厅主管。',

    'validation.duty.lead.unknown': '值班长「{value}」不在人员表中。请填写人员表中的工号。',
    'validation.duty.lead.unknown.inactive': '值班长「{value}」已不在职。请改派在职人员担任值班长。',
    'validation.duty.lead.unknown.title': '值班长不在人员表',
    'validation.duty.lead.unknown.desc': '每天须有一名在职的值班长负责接听所有客户电话。',
    'validation.duty.staff.unknown': '值班人员 {value} 不在人员表中或已不在职。请改正值班人员。',
    'validation.duty.staff.unknown.title': '值班人员不在人员表',
    'validation.duty.staff.unknown.desc': '值班人员中有人员表里没有或不在职的工号。',
    'validation.duty.day.missing':
      '展厅「{showroom}」{dates} 没有值班安排（{n} 天）。每天须安排值班长和值班人员：请补上这些天的值班，或在「展厅」页生成本月值班表。',
    'validation.duty.day.missing.title': '某天没有值班安排',
    'validation.duty.day.missing.desc': '值班表中展厅的第一天到最后一天之间有的日子没有值班行（每天 0 人的日子除外）。',
    'validation.duty.people.count.few':
      '展厅「{showroom}」{date} 只有 {n} 人值班，应为 {needed} 人（含值班长）。请补足值班人员。',
    'validation.duty.people.count.many':
      '展厅「{showroom}」{date} 有 {n} 人值班，应为 {needed} 人（含值班长）。请减少值班人员，或在设置中调整该展厅每天的值班人数。',
    'validation.duty.people.count.title': '值班人数不符',
    'validation.duty.people.count.desc': '每天值班人数（含值班长）与设置的人数（默认 2 人，可按展厅和星期设置）不同。',
    'validation.duty.lead.count':
      '展厅「{showroom}」{date} 有两名值班长（{value}）。值班长负责接听所有客户电话，每天只能一人：请只保留一名值班长。',
    'validation.duty.lead.count.title': '一天有两名值班长',
    'validation.duty.lead.count.desc': '同一展厅同一天的值班行写了不止一名值班长。',
    'validation.duty.person.twice':
      '{value} 在 {date} 的值班中出现了两次。同一人重复计算会掩盖人手不足：请删去重复的工号，补上另一名值班人员。',
    'validation.duty.person.twice.title': '同一人重复值班',
    'validation.duty.person.twice.desc': '同一展厅同一天的值班人员中，同一工号出现两次。',
    'validation.duty.person.two-showrooms':
      '{value} 在 {date} 同时在展厅「{showroom}」（第 {other} 行）值班。一人不能同时在两个展厅值班：请改派其中一个展厅的值班人员。',
    'validation.duty.person.two-showrooms.title': '同一天在两个展厅值班',
    'validation.duty.person.two-showrooms.desc': '同一人同一天出现在两个展厅的值班表中。',
    'validation.duty.lead.showroom':
      '值班长「{value}」属于展厅「{theirs}」，却在展厅「{showroom}」担任值班长。值班长由本展厅主管安排：请改派本展厅的在职销售员。',
    'validation.duty.lead.showroom.title': '值班长来自其他展厅',
    'validation.duty.lead.showroom.desc': '值班长在人员表中的展厅与值班行的展厅不同。',
    'validation.duty.person.out':
      '{value} 在 {date} 值班，却在「{outings}」第 {other} 行登记了当天外出。值班人员须留在展厅：请调整值班或外出（下班后的外出不算）。',
    'validation.duty.person.out.title': '值班当天外出',
    'validation.duty.person.out.desc': '值班人员在值班当天登记了外出（外出时间在下班之后的除外）。',

    'validation.outing.registered.late':
      '外出日期为 {date}，登记时间却是 {value}，晚于当天 {deadline}。外出须先登记：当天到展厅登记后外出，或前一天下班前登记。请补办登记并说明原因。',
    'validation.outing.registered.late.title': '外出登记晚于外出',
    'validation.outing.registered.late.desc': '外出须在前一天下班前或当天出发前（默认 09:00 前）向展厅主管登记。',
    'validation.outing.not-approved': '外出登记没有批准人。外出须经展厅主管批准登记后方可外出：请填写批准人。',
    'validation.outing.not-approved.title': '外出未经批准',
    'validation.outing.not-approved.desc': '外出登记的批准人为空。',
    'validation.outing.approver.role':
      '批准人「{value}」的角色是「{role}」或已不在职。外出应由展厅主管（或部门经理、总经理）批准：请改正批准人。',
    'validation.outing.approver.role.unknown': '批准人「{value}」不在人员表中。请填写展厅主管的工号。',
    'validation.outing.approver.role.title': '外出批准人不是主管',
    'validation.outing.approver.role.desc': '外出登记的批准人不是在职的展厅主管、部门经理或总经理。',
    'validation.policy.source.review': '第 {row} 行评审于 {date} 核定',
    'validation.policy.source.file': '客户档案中的等级',
    'validation.ledger.policy.settlement':
      '客户「{id}」当日为 {tier} 级（{source}），该级政策的结算方式为「{allowed}」，本行却是「{value}」。请按政策改正结算方式，或先由总经理核定更高的等级。',
    'validation.ledger.policy.settlement.title': '结算方式超出等级政策',
    'validation.ledger.policy.settlement.desc':
      '经销商台账行的结算方式比当日等级政策允许的更宽松（例如 D 级现款客户给了账期）。',
    'validation.ledger.policy.credit-days':
      '客户「{id}」当日为 {tier} 级（{source}），政策账期最多 {max} 天，本行从 {date} 到应付日期 {due} 共 {days} 天。请把应付日期改到政策账期以内，或先由总经理核定更高的等级。',
    'validation.ledger.policy.credit-days.title': '账期超出等级政策',
    'validation.ledger.policy.credit-days.desc': '应付日期与交易日期之间的天数超过当日等级政策的账期天数。',
    'validation.ledger.policy.credit-limit':
      '本行（{date}）之后客户「{id}」的未结欠款为 {open}，超过 {tier} 级（{source}）的授信额度 {limit}。请先收回欠款或改为现款结算，或先由总经理核定更高的等级。',
    'validation.ledger.policy.credit-limit.title': '欠款超出授信额度',
    'validation.ledger.policy.credit-limit.desc': '一笔赊欠的交易使经销商的未结欠款超过当日等级政策的授信额度。',
    'validation.ledger.policy.discount':
      '客户「{id}」当日为 {tier} 级（{source}），政策折扣最多 {max}，本行折扣为 {value}。请改正折扣，或把超出政策的折扣报部门经理审批后备注。',
    'validation.ledger.policy.discount.title': '折扣超出等级政策',
    'validation.ledger.policy.discount.desc': '经销商台账行的折扣高于当日等级政策的价格折扣。',
    'validation.customer.policy.visit':
      '重点客户「{id}」为 {tier} 级（{source}），政策要求由{visitBy}拜访，但近 {days} 天的外出登记中没有这样的拜访记录。请安排拜访，并在外出登记中填写客户编号。',
    'validation.customer.policy.visit.title': '重点客户未按政策拜访',
    'validation.customer.policy.visit.desc': '政策要求部门经理或总经理拜访的经销商，在外出登记中找不到这样的拜访。',

    'validation.outing.registered.after-hours':
      '外出日期为 {date}，登记时间是前一天 {value}，已过下班时间 {end}。前一天登记须在下班前向主管申请并经批准；下班后登记没有人批准，当天早上也没有到展厅报到。请主管核实并补办登记。',
    'validation.outing.registered.after-hours.title': '外出登记晚于前一天下班',
    'validation.outing.registered.after-hours.desc': '前一天登记的外出须在下班前（默认 18:00，可在设置中修改）登记。',
    'validation.outing.approver.showroom':
      '批准人「{value}」是「{showroom}」的主管，而销售员「{staff}」属于「{own}」。外出应向本展厅主管申请：请由「{own}」的主管批准。',
    'validation.outing.approver.showroom.title': '外出由其他展厅主管批准',
    'validation.outing.approver.showroom.desc': '外出登记的批准人是另一个展厅的主管，不是销售员本展厅的主管。',
    'validation.outing.on-duty':
      '「{value}」在 {date} 值班，却登记了当天外出。值班人员当天须留在展厅：请调整值班表或取消外出。',
    'validation.outing.on-duty.title': '值班日外出',
    'validation.outing.on-duty.desc': '外出登记的人员当天在值班表上值班。',
    'validation.outing.customer.not-own':
      '拜访的客户「{value}」是销售员「{owner}」的客户，不是「{staff}」的，事由中也没有说明原因。请在事由中写明（如「协助 {owner}」），或由主管调整客户归属。',
    'validation.outing.customer.not-own.unknown':
      '拜访的客户「{value}」不在客户档案中。请填写正确的客户编号，或先为客户建档。',
    'validation.outing.customer.not-own.title': '外出拜访他人的客户',
    'validation.outing.customer.not-own.desc': '外出登记的客户不是该销售员的客户，且事由中没有说明原因。',
    'validation.outing.open':
      '{date} 的外出没有返回时间，当天下班（{end}）时仍未结束。请填写返回时间，或由主管核实去向。',
    'validation.outing.open.overnight': '{date} 的外出返回时间是 {value}，已过夜。请主管核实并在事由中说明。',
    'validation.outing.open.title': '外出未登记返回',
    'validation.outing.open.desc': '已过去的外出没有返回时间，或返回时间在第二天以后。',

    'validation.call.recorder.not-lead':
      '来电记录人「{value}」不是 {date} 的值班长（值班长：{leads}）。客户电话应由值班长接听并登记：请核实接听人，或改正值班表。',
    'validation.call.recorder.not-lead.title': '来电不是值班长登记',
    'validation.call.recorder.not-lead.desc': '来电登记的记录人不是当天值班表上的值班长。',
    'validation.call.phone.other-owner':
      '这个号码已是客户「{customer}」的电话（客户档案第 {row} 行，销售员「{owner}」），不是「{mine}」的客户。请把来电转给「{owner}」跟进，不要另建客户档案，以免客户冲突。',
    'validation.call.phone.other-owner.title': '来电号码已是他人的客户',
    'validation.call.phone.other-owner.desc': '来电的号码与另一位销售员的客户相同，是客户冲突最常见的开端。',
    'validation.visit.recorder.not-on-duty':
      '来访接待人「{value}」在 {date} 不值班（值班人员：{staff}）。上门客户应由值班人员接待并登记：请核实接待人，或改正值班表。',
    'validation.visit.recorder.not-on-duty.title': '来访不是值班人员登记',
    'validation.visit.recorder.not-on-duty.desc': '来访登记的接待人当天不在值班表上。',
    'validation.visit.phone.other-owner':
      '这个号码已是客户「{customer}」的电话（客户档案第 {row} 行，销售员「{owner}」），不是「{mine}」的客户。请通知「{owner}」接待，不要另建客户档案，以免客户冲突。',
    'validation.visit.phone.other-owner.title': '来访号码已是他人的客户',
    'validation.visit.phone.other-owner.desc': '来访客户的号码与另一位销售员的客户相同，是客户冲突最常见的开端。',
    'validation.customer.source.no-record.call':
      '客户来源是「{value}」，首次接触 {date} 是值班日，但「{register}」当天没有这个客户（同一客户编号或电话）的记录。请主管核实：补登来电，或改正来源。',
    'validation.customer.source.no-record.walkin':
      '客户来源是「{value}」，首次接触 {date} 是值班日，但「{register}」当天没有这个客户（同一客户编号或电话）的记录。请主管核实：补登来访，或改正来源。',
    'validation.customer.source.no-record.title': '来电/到店客户没有当天登记',
    'validation.customer.source.no-record.desc':
      '来源为来电或到店的客户，首次接触在值班日，但当天的来电或来访登记中找不到（请主管核实，不是错误）。',

    'validation.worklog.missing':
      '销售员「{value}」缺少 {n} 周的工作周志：{weeks}。每周须完成工作周志：请在「{sheet}」中补写。',
    'validation.worklog.missing.title': '缺少工作周志',
    'validation.worklog.missing.desc': '在职销售员在工作周志的期间内有整周没有周志。',
    'validation.worklog.week.format':
      '「{value}」不是可识别的周。请填写该周周一的日期（如 2026-11-23）或周次（如 2026-W48）。',
    'validation.worklog.week.format.title': '工作周志：周无法识别',
    'validation.worklog.week.format.desc': '「周」一列既不是日期也不是周次。',
    'validation.worklog.unchecked':
      '{week} 的周志在该周结束 {late} 天后仍未检查（应在 {days} 天内，即 {deadline} 前）。请主管检查并填写检查人和检查日期。',
    'validation.worklog.unchecked.late':
      '{week} 的周志在 {value} 才检查，该周结束后 {late} 天，超过 {days} 天。请主管及时检查周志。',
    'validation.worklog.unchecked.checker':
      '{week} 的周志由「{value}」检查，此人不是该销售员所在展厅的在职主管（或部门经理、总经理）。请由本展厅主管检查。',
    'validation.worklog.unchecked.nobody': '{week} 的周志填了检查日期，但没有检查人。请填写检查人。',
    'validation.worklog.unchecked.title': '工作周志未按时检查',
    'validation.worklog.unchecked.desc': '工作周志应在该周结束后 N 天内（默认 7 天，可在设置中修改）由展厅主管检查。',

    'validation.key.overnight':
      '车辆「{vehicle}」的钥匙 {taken} 领用，{value} 才归还，已过夜。晚上车辆必须全部锁好、钥匙交回主管：请主管核实。',
    'validation.key.overnight.missing':
      '车辆「{vehicle}」的钥匙 {taken} 领用，至今没有归还时间。晚上钥匙必须交回主管：请找回钥匙并填写归还时间。',
    'validation.key.overnight.title': '车钥匙过夜未还',
    'validation.key.overnight.desc': '车钥匙领用后没有当天归还。',
    'validation.key.not-approved': '「{staff}」领用车钥匙没有批准人。车钥匙由展厅主管统一保管：请填写批准的主管。',
    'validation.key.not-approved.other':
      '批准人「{value}」不是「{staff}」所在展厅的在职主管。车钥匙由展厅主管统一保管：请由本展厅主管批准。',
    'validation.key.not-approved.title': '车钥匙领用未经主管批准',
    'validation.key.not-approved.desc': '车钥匙领用没有批准人，或批准人不是本展厅的在职主管。',
    'validation.key.supervisor-out':
      '钥匙领用时，保管钥匙的主管「{supervisor}」在 {date} 登记了外出（「{sheet}」第 {row} 行）。主管外出时应打开车锁供客户试车，不应发放钥匙：请核实是谁发放的钥匙。',
    'validation.key.supervisor-out.title': '主管外出时领用车钥匙',
    'validation.key.supervisor-out.desc': '车钥匙在保管它的主管登记外出期间被领用。',
  },
  en: {
    ...shared.en,
    ...fileAndCell.en,
    'validation.at.cell': '{sheet}, row {row}, column "{column}": ',
    'validation.at.row': '{sheet}, row {row}: ',
    'validation.label.found': '{found} ({label})',
    'validation.more': ' and {n} more',
    'validation.more.columns': ' and {n} more columns',
    'validation.unlisted':
      '{n} more rows have the same problem ({title}) and are not listed. Fix the listed ones first, then check again.',

    'validation.customer.required': 'this cell is required but empty. Fill it in.',
    'validation.customer.required.kind':
      'a {kind} customer must have this, but it is empty. Fill it in (a dealer needs the contact person who deals with us).',
    'validation.customer.required.title': 'Customers: required cell empty',
    'validation.customer.required.desc':
      'Customer ID, kind, name, phone, showroom, owner, first contact and stage are required; dealers also need a contact.',
    'validation.customer.column.missing.kind':
      'the column "{label}" is missing, and {n} {kind} customers must have it. {candidates}Add the column to the header row and fill it in.',
    'validation.column.candidates':
      'The header has columns that were not recognised: {columns}. If one of them is "{label}", rename it to "{label}". ',

    'validation.customer.phone.format':
      '"{value}" is neither a valid mobile nor a valid landline number. Enter an 11-digit mobile (e.g. 13812345678) or a landline with its area code (e.g. 010-62345678).',
    'validation.customer.phone.format.mobile':
      '"{value}" is not a valid mobile number (11 digits starting 13-19). Check it and correct it.',
    'validation.customer.phone.format.title': 'Invalid phone number',
    'validation.customer.phone.format.desc':
      'Once spaces, dashes and +86 are removed, the number is neither an 11-digit mobile nor 0 + area code + 7-8 digits.',

    'validation.customer.id.format':
      '"{value}" is not an identity number the add-in recognises: not an 18-digit (or 15-digit) resident ID, an 18-character unified social credit code, a Hong Kong/Macau permit (H or M and 8 digits), a Taiwan permit (8 digits) or a passport number (letters and digits). Check the length and characters against the document.',
    'validation.customer.id.format.title': 'Invalid ID number',
    'validation.customer.id.format.desc':
      'The ID number has the wrong length, characters, or birth date. Permit, passport and other document numbers are never reported as invalid.',
    'validation.customer.id.check':
      'the check digit of resident ID "{value}" is wrong, so a digit was mistyped. Re-enter it from the ID card.',
    'validation.customer.id.check.title': 'Resident ID check digit wrong',
    'validation.customer.id.check.desc':
      'The last character of an 18-digit resident ID (GB 11643 check digit) does not match the first 17.',
    'validation.customer.uscc.check':
      'unified social credit code "{value}" fails its check (some codes from pilot regions do). Compare it with the business licence; if it matches, ignore this warning.',
    'validation.customer.uscc.check.title': 'USCC check failed',
    'validation.customer.uscc.check.desc':
      'The USCC check character (GB 32100) does not match; some pilot-region codes fail too, so this is a warning.',
    'validation.customer.id.kind.end-uscc':
      'an End customer has the unified social credit code "{value}". If the customer is an organisation, ignore this; if it is a dealer, change Kind to Dealer.',
    'validation.customer.id.kind.dealer-resident':
      'a Dealer has the resident ID "{value}". Dealers should have a unified social credit code; if this is a private buyer, change Kind to End.',
    'validation.customer.id.kind.dealer-document':
      'a Dealer has the {document} number "{value}". Dealers should have a unified social credit code; if this is a private buyer, change Kind to End.',
    'validation.customer.id.document.hkMacau': 'Hong Kong/Macau permit',
    'validation.customer.id.document.taiwan': 'Taiwan permit',
    'validation.customer.id.document.passport': 'passport',
    'validation.customer.id.kind.title': 'ID type does not fit customer kind',
    'validation.customer.id.kind.desc':
      'An End customer with a USCC, or a Dealer with a resident ID, permit or passport.',

    'validation.customer.number.damaged':
      'the {digits}-digit number "{value}" is stored as a number, and Excel kept only 15 significant digits: its last digits are lost. Format the column as Text and re-enter the number from the document.',
    'validation.customer.number.damaged.title': 'Number stored as number, damaged',
    'validation.customer.number.damaged.desc':
      'A resident ID or other code longer than 15 digits stored as a number has lost digits and cannot be recovered.',
    'validation.customer.number.stored':
      '"{value}" is stored as a number. A landline loses its leading 0 and anything over 15 digits is cut. Format the column as Text and re-enter it.',
    'validation.customer.number.stored.title': 'Number stored as number',
    'validation.customer.number.stored.desc': 'An ID number or phone is stored as a number instead of text.',

    'validation.customer.birthdate.id':
      'birth date {value} differs from the birth date in the resident ID, {idDate}. Check the ID card and correct whichever is wrong.',
    'validation.customer.birthdate.id.title': 'Birth date disagrees with ID',
    'validation.customer.birthdate.id.desc': 'Birth date differs from the date in digits 7-14 of the resident ID.',

    'validation.customer.date.order.future': 'the date {value} is after today ({today}). Correct the date.',
    'validation.customer.date.order.before-first':
      'the last contact {value} is before the first contact {first}. Check both dates.',
    'validation.customer.date.order.title': 'Customer dates out of order',
    'validation.customer.date.order.desc': 'First contact ≤ last contact ≤ today, and no birth date after today.',

    'validation.customer.id.duplicate':
      'customer ID "{value}" is also used on row {rows} ({n} rows in all). Each customer needs its own ID: give the other customers new IDs, or merge the files if they are the same customer.',
    'validation.customer.id.duplicate.title': 'Duplicate customer ID',
    'validation.customer.id.duplicate.desc': 'The same customer ID appears on more than one row.',

    'validation.customer.owner.unknown':
      'owner "{value}" is not on the Staff sheet. Enter a staff ID from the Staff sheet, or add the person there first.',
    'validation.customer.owner.unknown.title': 'Owner not on the roster',
    'validation.customer.owner.unknown.desc': 'The Owner staff ID is not on the Staff sheet.',
    'validation.customer.owner.inactive':
      'owner "{value}" is no longer active. Reassign the customer to an active salesperson.',
    'validation.customer.owner.inactive.title': 'Owner no longer active',
    'validation.customer.owner.inactive.desc': "The customer's owner is marked inactive on the Staff sheet.",
    'validation.customer.owner.showroom':
      'this End customer belongs to showroom "{showroom}", but owner "{value}" works in showroom "{ownerShowroom}". End customers are developed by their own showroom: assign a salesperson of this showroom, or correct the customer\'s showroom.',
    'validation.customer.owner.showroom.title': 'Owner from another showroom',
    'validation.customer.owner.showroom.desc':
      "An End customer's owner should belong to the customer's showroom (supervisors develop end customers).",

    'validation.customer.stale':
      'the customer is at stage "{stage}", but the last follow-up was {value}, {days} days ago (limit {limit}). Follow up and update Last contact, or update the stage.',
    'validation.customer.status.user':
      'this is the add-in\'s status column, but it holds text the add-in did not write (such as "{value}"). To keep your text, "{column}" was not written this time: rename your column (for example "{column} notes") and run the check again.',
    'validation.customer.status.user.title': 'Your own text in a status column',
    'validation.customer.status.user.desc':
      'The add-in writes the Check and Conflict group columns; when they hold other text it does not overwrite them, and asks you to rename your column.',
    'validation.customer.stale.title': 'No follow-up for too long',
    'validation.customer.stale.desc':
      'A customer at lead, negotiating or contracted has had no follow-up for more than the set number of days (30 by default).',

    'validation.customer.deal.no-ledger':
      'customer "{id}" is at stage "{stage}", but the ledger has no transaction for it. Record the transaction in the ledger (every transaction is recorded as it progresses).',
    'validation.customer.deal.no-ledger.title': 'Deal with no ledger row',
    'validation.customer.deal.no-ledger.desc': 'A contracted or delivered customer has no row in the ledger.',

    'validation.ledger.customer.unknown':
      'customer ID "{value}" does not exist in Customers. Correct the ID, or create the customer\'s file first.',
    'validation.ledger.customer.unknown.title': 'Ledger customer not found',
    'validation.ledger.customer.unknown.desc': "A ledger row's customer ID is not on the Customers sheet.",
    'validation.ledger.customer.lead':
      'customer "{id}" has a transaction, but is still at stage "{stage}" in Customers (row {customerRow}). Update the customer\'s stage.',
    'validation.ledger.customer.lead.title': 'Transaction for a lead',
    'validation.ledger.customer.lead.desc':
      'The ledger has a live transaction for a customer whose stage is still lead.',

    'validation.ledger.amount.mismatch':
      'amount {value} is not quantity {quantity} × unit price {price} = {expected}. Correct the amount, quantity or price.',
    'validation.ledger.amount.mismatch.title': 'Amount ≠ quantity × price',
    'validation.ledger.amount.mismatch.desc': 'Amount differs from quantity times unit price by more than 0.01.',
    'validation.ledger.number.nan': '"{value}" is not a number. Enter digits only (decimals allowed).',
    'validation.ledger.number.negative': '"{value}" is negative. Enter 0 or more.',
    'validation.ledger.number.whole': '"{value}" is not a whole number. Enter a whole quantity.',
    'validation.ledger.number.tooLarge':
      '"{value}" is too large to be a real quantity or amount (beyond 10 to the 15th, past the 15 digits Excel keeps exactly), so it cannot be calculated with and scores and totals leave this cell out. Check it and correct it.',
    'validation.ledger.number.title': 'Invalid ledger number',
    'validation.ledger.number.desc':
      'Quantity, unit price, amount or paid amount is not a number, is negative, or the quantity is not whole.',

    'validation.ledger.status.backwards':
      'transaction "{txn}" goes back from "{prevStatus}" (row {prevRow}, {prevDate}) to "{value}". Status only moves forward: Contracted → Delivered → Invoiced → Paid. Check the status or the date.',
    'validation.ledger.status.backwards.after-cancel':
      'transaction "{txn}" was cancelled on row {prevRow} ({prevDate}), so it cannot be "{value}" afterwards. If the deal is back on, record it under a new transaction ID.',
    'validation.ledger.status.backwards.title': 'Transaction status moves backwards',
    'validation.ledger.status.backwards.desc':
      'Rows of one transaction, ordered by date, show an earlier status after a later one, or any status after Cancelled.',

    'validation.ledger.paid.no-date.status': 'the status is "{status}" but Paid date is empty. Enter the paid date.',
    'validation.ledger.paid.no-date.amount': 'paid amount is {amount} but Paid date is empty. Enter the paid date.',
    'validation.ledger.paid.no-date.title': 'Paid without a paid date',
    'validation.ledger.paid.no-date.desc': 'Status is Paid, or the paid amount is above 0, but Paid date is empty.',
    'validation.ledger.paid.no-amount':
      'paid date {date} is filled in, but the paid amount is empty or 0. Enter the paid amount, or clear the date.',
    'validation.ledger.paid.no-amount.title': 'Paid date without amount',
    'validation.ledger.paid.no-amount.desc': 'Paid date is filled in, paid amount is empty or 0.',

    'validation.staff.id.duplicate':
      'staff ID "{value}" is also used on row {rows} ({n} rows in all). Each person needs their own ID: correct it.',
    'validation.staff.id.duplicate.title': 'Duplicate staff ID',
    'validation.staff.id.duplicate.desc': 'The same staff ID appears on more than one roster row.',
    'validation.staff.role.invalid':
      '"{value}" is not a valid role. Allowed: {allowed}. Pick one from the drop-down list.',
    'validation.staff.role.invalid.title': 'Invalid role',
    'validation.staff.role.invalid.desc': 'A role that is not Sales, Supervisor, Manager, General manager or Finance.',
    'validation.staff.showroom.no-supervisor':
      'showroom "{showroom}" has no active {role}. Each showroom needs a supervisor to set the duty rota and run the daily customer check: name one on the Staff sheet.',
    'validation.staff.showroom.no-supervisor.title': 'Showroom without a supervisor',
    'validation.staff.showroom.no-supervisor.desc': 'A showroom on the roster has no active showroom supervisor.',

    'validation.duty.lead.unknown': 'duty lead "{value}" is not on the Staff sheet. Enter a staff ID from the roster.',
    'validation.duty.lead.unknown.inactive':
      'duty lead "{value}" is no longer active. Assign an active person as duty lead.',
    'validation.duty.lead.unknown.title': 'Duty lead not on the roster',
    'validation.duty.lead.unknown.desc': 'Every day needs an active duty lead, who answers all customer calls.',
    'validation.duty.staff.unknown':
      'staff on duty {value} are not on the Staff sheet or no longer active. Correct the list.',
    'validation.duty.staff.unknown.title': 'Staff on duty not on the roster',
    'validation.duty.staff.unknown.desc': 'The On duty list names staff IDs that are not on the roster or not active.',
    'validation.duty.day.missing':
      'showroom "{showroom}" has no rota on {dates} ({n} days). Every day needs a duty lead and staff on duty: add these days, or generate the month\'s rota on the Showroom tab.',
    'validation.duty.day.missing.title': 'A day without a rota',
    'validation.duty.day.missing.desc':
      "Between a showroom's first and the sheet's last rota day, some days have no rota row (days set to 0 people excepted).",
    'validation.duty.people.count.few':
      'showroom "{showroom}" has {n} people on duty on {date}, {needed} are needed (the lead included). Add the missing people.',
    'validation.duty.people.count.many':
      'showroom "{showroom}" has {n} people on duty on {date}, {needed} are needed (the lead included). Remove the extra people, or change the showroom\'s people per day in Settings.',
    'validation.duty.people.count.title': 'Wrong number of people on duty',
    'validation.duty.people.count.desc':
      'The people on duty a day (lead included) differ from the setting (default 2, per showroom and weekday).',
    'validation.duty.lead.count':
      'showroom "{showroom}" has two duty leads on {date} ({value}). The lead answers all customer calls, one a day: keep one lead.',
    'validation.duty.lead.count.title': 'Two duty leads on one day',
    'validation.duty.lead.count.desc': 'The rota rows of one showroom and day name more than one duty lead.',
    'validation.duty.person.twice':
      '{value} is on the rota of {date} twice. Counting a person twice hides a missing one: remove the repeat and add another person.',
    'validation.duty.person.twice.title': 'The same person twice on one day',
    'validation.duty.person.twice.desc': "A staff ID appears twice among one showroom's people on duty for a day.",
    'validation.duty.person.two-showrooms':
      '{value} is also on duty on {date} in showroom "{showroom}" (row {other}). Nobody can be on duty in two showrooms: replace them on one of the rotas.',
    'validation.duty.person.two-showrooms.title': 'On duty in two showrooms',
    'validation.duty.person.two-showrooms.desc': 'A person is on the rota of two showrooms on the same day.',
    'validation.duty.lead.showroom':
      'duty lead "{value}" belongs to showroom "{theirs}" but leads in "{showroom}". The showroom\'s supervisor arranges its own leads: assign an active salesperson of this showroom.',
    'validation.duty.lead.showroom.title': 'Duty lead from another showroom',
    'validation.duty.lead.showroom.desc': "The duty lead's showroom on the Staff sheet is not the rota row's showroom.",
    'validation.duty.person.out':
      '{value} is on duty on {date} but registered out that day ({outings}, row {other}). People on duty stay in the showroom: change the rota or the outing (an outing after work does not count).',
    'validation.duty.person.out.title': 'Out on a duty day',
    'validation.duty.person.out.desc':
      'A person on duty registered an outing the same day (outings after the working day excepted).',

    'validation.outing.registered.late':
      'the outing is on {date}, but it was registered at {value}, after {deadline} that day. An outing must be registered first: at the showroom that morning, or before leaving work the day before. Register it and give the reason.',
    'validation.outing.registered.late.title': 'Outing registered after leaving',
    'validation.outing.registered.late.desc':
      'Outings must be registered with the supervisor the evening before or before leaving that day (before 09:00 by default).',
    'validation.outing.not-approved':
      "the outing has no approver. An outing needs the supervisor's approval before leaving: fill in Approved by.",
    'validation.outing.not-approved.title': 'Outing not approved',
    'validation.outing.not-approved.desc': 'An outing registration with an empty Approved by.',
    'validation.outing.approver.role':
      'approver "{value}" is a "{role}" or no longer active. Outings are approved by the showroom supervisor (or the manager or GM): correct the approver.',
    'validation.outing.approver.role.unknown':
      'approver "{value}" is not on the Staff sheet. Enter the supervisor\'s staff ID.',
    'validation.outing.approver.role.title': 'Outing approver is not a supervisor',
    'validation.outing.approver.role.desc': 'The approver is not an active supervisor, manager or general manager.',
    'validation.policy.source.review': 'approved by the review on row {row} on {date}',
    'validation.policy.source.file': 'the tier in the customer file',
    'validation.ledger.policy.settlement':
      'customer "{id}" is tier {tier} on this date ({source}); that tier\'s policy settles by "{allowed}", but this row says "{value}". Correct the settlement to the policy, or have the GM approve a higher tier first.',
    'validation.ledger.policy.settlement.title': "Settlement beyond the tier's policy",
    'validation.ledger.policy.settlement.desc':
      "A dealer's ledger row is settled more generously than its tier's policy allows on that date (e.g. credit for a cash-only D tier).",
    'validation.ledger.policy.credit-days':
      'customer "{id}" is tier {tier} on this date ({source}); the policy gives at most {max} credit days, this row gives {days} (from {date} to the due date {due}). Move the due date within the policy, or have the GM approve a higher tier first.',
    'validation.ledger.policy.credit-days.title': "Credit days beyond the tier's policy",
    'validation.ledger.policy.credit-days.desc':
      "The days between a dealer's transaction and its due date exceed the credit days of its tier on that date.",
    'validation.ledger.policy.credit-limit':
      'after this row ({date}) customer "{id}" owes {open}, above the credit limit {limit} of tier {tier} ({source}). Collect the open amount or settle in cash, or have the GM approve a higher tier first.',
    'validation.ledger.policy.credit-limit.title': 'Open credit above the limit',
    'validation.ledger.policy.credit-limit.desc':
      "A transaction on credit takes the dealer's open credit above its tier's credit limit on that date.",
    'validation.ledger.policy.discount':
      'customer "{id}" is tier {tier} on this date ({source}); the policy allows at most {max} discount, this row gives {value}. Correct the discount, or have the manager approve the exception and note it.',
    'validation.ledger.policy.discount.title': "Discount beyond the tier's policy",
    'validation.ledger.policy.discount.desc': "A dealer's discount on a ledger row is above its tier's price discount.",
    'validation.customer.policy.visit':
      'key customer "{id}" is tier {tier} ({source}); the policy asks for a visit by the {visitBy}, but the Outings sheet shows none to this customer in the last {days} days. Arrange the visit and register the outing with the customer ID.',
    'validation.customer.policy.visit.title': 'Key customer not visited as the policy says',
    'validation.customer.policy.visit.desc':
      'A dealer whose policy asks for a visit by the manager or the general manager has no such visit on the Outings sheet.',

    'validation.outing.registered.after-hours':
      'the outing is on {date}, but it was registered the day before at {value}, after the working day ended at {end}. Registering the evening before means asking the supervisor before leaving work; after hours nobody approves it, and the salesperson did not report at the showroom that morning either. The supervisor should confirm it and register it properly.',
    'validation.outing.registered.after-hours.title': 'Outing registered after hours the evening before',
    'validation.outing.registered.after-hours.desc':
      'An outing registered the day before must be registered before the working day ends (default 18:00, a setting).',
    'validation.outing.approver.showroom':
      'approver "{value}" supervises "{showroom}", but salesperson "{staff}" belongs to "{own}". An outing is approved by the supervisor of the salesperson\'s own showroom: have the supervisor of "{own}" approve it.',
    'validation.outing.approver.showroom.title': "Outing approved by another showroom's supervisor",
    'validation.outing.approver.showroom.desc': "The approver supervises another showroom, not the salesperson's own.",
    'validation.outing.on-duty':
      '"{value}" is on duty on {date} but registered an outing that day. Staff on duty stay in the showroom: change the rota or cancel the outing.',
    'validation.outing.on-duty.title': 'Outing on a duty day',
    'validation.outing.on-duty.desc': 'The person registered out is on the duty rota that day.',
    'validation.outing.customer.not-own':
      'customer "{value}" belongs to salesperson "{owner}", not "{staff}", and the purpose gives no reason. Say why in Purpose (e.g. "assist {owner}"), or have the supervisor reassign the customer.',
    'validation.outing.customer.not-own.unknown':
      'customer "{value}" is not on the Customers sheet. Enter the right customer ID, or open a file for the customer first.',
    'validation.outing.customer.not-own.title': "Outing to another salesperson's customer",
    'validation.outing.customer.not-own.desc':
      'The outing names a customer of another salesperson, and the purpose gives no reason.',
    'validation.outing.open':
      'the outing on {date} has no return time: it was still open when the working day ended ({end}). Fill in the return time, or the supervisor should find out where the salesperson was.',
    'validation.outing.open.overnight':
      'the outing on {date} returned at {value}, the next day or later. The supervisor should confirm it and note why in Purpose.',
    'validation.outing.open.title': 'Outing without a return',
    'validation.outing.open.desc': 'A past outing has no return time, or returned on a later day.',

    'validation.call.recorder.not-lead':
      'the call was recorded by "{value}", who is not the duty lead on {date} (lead: {leads}). The duty lead answers and records every call: check who took it, or correct the rota.',
    'validation.call.recorder.not-lead.title': 'Call not recorded by the duty lead',
    'validation.call.recorder.not-lead.desc': "The person who recorded a call is not that day's duty lead on the rota.",
    'validation.call.phone.other-owner':
      'this number is already the phone of customer "{customer}" (Customers row {row}, salesperson "{owner}"), not a customer of "{mine}". Pass the call to "{owner}" rather than opening a second file, or the two will work the same customer.',
    'validation.call.phone.other-owner.title': "Caller is another salesperson's customer",
    'validation.call.phone.other-owner.desc':
      "A call's number is the phone of another salesperson's customer: the most common start of a customer conflict.",
    'validation.visit.recorder.not-on-duty':
      'the walk-in was recorded by "{value}", who is not on duty on {date} (on duty: {staff}). Staff on duty receive and record walk-ins: check who received the visitor, or correct the rota.',
    'validation.visit.recorder.not-on-duty.title': 'Walk-in not recorded by staff on duty',
    'validation.visit.recorder.not-on-duty.desc': 'The person who recorded a walk-in is not on the rota that day.',
    'validation.visit.phone.other-owner':
      'this number is already the phone of customer "{customer}" (Customers row {row}, salesperson "{owner}"), not a customer of "{mine}". Let "{owner}" receive the visitor rather than opening a second file, or the two will work the same customer.',
    'validation.visit.phone.other-owner.title': "Walk-in is another salesperson's customer",
    'validation.visit.phone.other-owner.desc':
      "A walk-in's number is the phone of another salesperson's customer: the most common start of a customer conflict.",
    'validation.customer.source.no-record.call':
      'the source is "{value}" and the first contact, {date}, was a duty day, but "{register}" has no record of this customer (same customer ID or phone) that day. A question for the supervisor: record the call, or correct the source.',
    'validation.customer.source.no-record.walkin':
      'the source is "{value}" and the first contact, {date}, was a duty day, but "{register}" has no record of this customer (same customer ID or phone) that day. A question for the supervisor: record the visit, or correct the source.',
    'validation.customer.source.no-record.title': "Call or walk-in customer without that day's record",
    'validation.customer.source.no-record.desc':
      'A customer who came by phone or walked in on a duty day has no call or visit record that day (a question for the supervisor, not an error).',

    'validation.worklog.missing':
      'salesperson "{value}" has no weekly work log for {n} week(s): {weeks}. A work log is due every week: add them on "{sheet}".',
    'validation.worklog.missing.title': 'Weekly work log missing',
    'validation.worklog.missing.desc':
      "An active salesperson has full weeks without a work log within the log's period.",
    'validation.worklog.week.format':
      '"{value}" is not a week that can be read. Enter the Monday\'s date (e.g. 2026-11-23) or an ISO week (e.g. 2026-W48).',
    'validation.worklog.week.format.title': 'Work logs: unreadable week',
    'validation.worklog.week.format.desc': 'A Week cell is neither a date nor an ISO week.',
    'validation.worklog.unchecked':
      'the log of {week} is still unchecked {late} days after the week ended (due within {days} days, by {deadline}). The supervisor should check it and fill in Checked by and Checked at.',
    'validation.worklog.unchecked.late':
      'the log of {week} was checked on {value}, {late} days after the week ended, more than {days}. The supervisor should check logs in time.',
    'validation.worklog.unchecked.checker':
      'the log of {week} was checked by "{value}", who is not an active supervisor of the salesperson\'s showroom (nor a manager or general manager). Have the showroom\'s supervisor check it.',
    'validation.worklog.unchecked.nobody': 'the log of {week} has a check date but nobody in Checked by. Fill it in.',
    'validation.worklog.unchecked.title': 'Work log not checked in time',
    'validation.worklog.unchecked.desc':
      "The supervisor checks each weekly work log within N days of the week's end (default 7, a setting).",

    'validation.key.overnight':
      'the key of "{vehicle}" was taken at {taken} and returned at {value}, after a night out. At night every car is locked and every key is back with the supervisor: the supervisor should look into it.',
    'validation.key.overnight.missing':
      'the key of "{vehicle}" was taken at {taken} and has no return time. Keys go back to the supervisor every evening: find the key and fill in Returned at.',
    'validation.key.overnight.title': 'Car key out overnight',
    'validation.key.overnight.desc': 'A car key was not returned on the day it was taken.',
    'validation.key.not-approved':
      'the key taken by "{staff}" has no approver. The showroom supervisor keeps the car keys: fill in the supervisor who approved it.',
    'validation.key.not-approved.other':
      'approver "{value}" is not an active supervisor of the showroom of "{staff}". The showroom supervisor keeps the car keys: have them approve it.',
    'validation.key.not-approved.title': "Car key taken without the supervisor's approval",
    'validation.key.not-approved.desc':
      'A key was taken with no approver, or an approver who is not an active supervisor of that showroom.',
    'validation.key.supervisor-out':
      'the key was taken while its keeper, supervisor "{supervisor}", was registered out on {date} ("{sheet}" row {row}). When the supervisor is out the cars are left unlocked for test drives and no keys are handed out: find out who handed this one out.',
    'validation.key.supervisor-out.title': 'Car key taken while the supervisor was out',
    'validation.key.supervisor-out.desc':
      'A car key was taken while the supervisor who keeps the keys was registered out.',
  },
};
