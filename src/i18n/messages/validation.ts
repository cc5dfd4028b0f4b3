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
  },
};
