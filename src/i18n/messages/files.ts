import type { MessageTable } from '../index';

/**
 * What a file really is, and what to do, when it is not the workbook or CSV the user meant
 * (src/workbook/file/sniff.ts): shared by the command line and the pane.
 */
export const messages: MessageTable = {
  zh: {
    'file.problem.empty': '{file} 是空文件(0 字节)。请确认选对了文件,或从 Excel 重新导出。',
    'file.problem.directory': '{file} 是一个文件夹,不是文件。请给出 .xlsx 或 .csv 文件的路径。',
    'file.problem.encrypted':
      '{file} 是设置了打开密码的加密文件,不输入密码无法读取其内容。请在 Excel 中用密码打开它,在“文件 > 信息 > 保护工作簿 > 用密码进行加密”中清空密码后保存(或另存一份不加密的副本),再用那个文件重试。',
    'file.problem.xls':
      '{file} 实际上是旧版 Excel 97-2003 工作簿(.xls),不是 .xlsx。请在 Excel 或 WPS 中打开它,另存为“Excel 工作簿(*.xlsx)”后再试。',
    'file.problem.ole': '{file} 是旧版 Office 文档(例如 Word 97-2003 的 .doc),不是 Excel 工作簿。请确认选对了文件。',
    'file.problem.ods':
      '{file} 实际上是 OpenDocument 电子表格(.ods,LibreOffice 或 WPS 的格式),不是 .xlsx。请在 LibreOffice Calc、WPS 或 Excel 中打开它,另存为 .xlsx 后再试。',
    'file.problem.odf': '{file} 是 OpenDocument 文档(文字或演示文稿),不是电子表格。请确认选对了文件。',
    'file.problem.docx': '{file} 实际上是 Word 文档(.docx),不是 Excel 工作簿。请确认选对了文件。',
    'file.problem.pptx': '{file} 实际上是 PowerPoint 演示文稿(.pptx),不是 Excel 工作簿。请确认选对了文件。',
    'file.problem.xlsb':
      '{file} 是 Excel 二进制工作簿(.xlsb),本工具读不了这种格式。请在 Excel 中打开它,另存为“Excel 工作簿(*.xlsx)”后再试。',
    'file.problem.zip':
      '{file} 是一个压缩包(zip),但里面不是 Excel 工作簿(没有 xl/workbook.xml)。请确认选对了文件;如果工作簿在压缩包里,请先解压。',
    'file.problem.truncated':
      '{file} 不完整:文件在中途被截断了(可能是复制或下载没有完成、磁盘已满,或保存时被中断),无法读取。请重新复制或下载,或者改用备份。',
    'file.problem.damaged':
      '{file} 已损坏:其中的 {part} 部分校验不通过,无法读取。请在 Excel 中打开它(Excel 会提示修复)后另存一份,或者改用备份。',
    'file.problem.binary': '{file} 不是 Excel 工作簿,也不是文本(CSV)文件。请确认选对了文件。',
    'file.problem.xlsxNamedCsv': '{file} 实际上是 Excel 工作簿,只是扩展名是 {ext}。请把它改名为 .xlsx 后再试。',
    'file.problem.textNamedXlsx':
      '{file} 不是 Excel 工作簿(.xlsx 是压缩包,而它是文本)。如果它是 CSV,请改名为 .csv 后再试;否则请在 Excel 中另存为 .xlsx。',
    'file.problem.sheetNameTooLong':
      '{file} 中工作表“{sheet}”的名称有 {length} 个字符,超过了 Excel 允许的 31 个(这样的文件是其他程序生成的,Excel 打开时也会要求修复)。请把这个工作表改名为不超过 31 个字符后再试。',
    'file.kind.xlsx': 'Excel 工作簿',
    'file.kind.text': '文本文件',
    'file.kind.empty': '空文件',
    'file.kind.encrypted': '加密的 Office 文件',
    'file.kind.xls': '旧版 Excel 工作簿(.xls)',
    'file.kind.ole': '旧版 Office 文档',
    'file.kind.ods': 'OpenDocument 电子表格(.ods)',
    'file.kind.odf': 'OpenDocument 文档',
    'file.kind.docx': 'Word 文档',
    'file.kind.pptx': 'PowerPoint 演示文稿',
    'file.kind.xlsb': 'Excel 二进制工作簿(.xlsb)',
    'file.kind.zip': '压缩包(zip)',
    'file.kind.truncated': '被截断的压缩包',
    'file.kind.binary': '二进制文件',
    'file.kind.other': '特殊文件(不是普通文件)',
  },
  en: {
    'file.problem.empty':
      '{file} is empty (0 bytes). Check that this is the right file, or export it from Excel again.',
    'file.problem.directory': '{file} is a folder, not a file. Give the path of an .xlsx or .csv file.',
    'file.problem.encrypted':
      '{file} is encrypted with a password to open, so its contents cannot be read without it. Open it in Excel with the password, clear the password under File > Info > Protect Workbook > Encrypt with Password and save (or save an unencrypted copy), then try that file.',
    'file.problem.xls':
      '{file} is an Excel 97-2003 workbook (.xls), not an .xlsx. Open it in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and try again.',
    'file.problem.ole':
      '{file} is an older Office document (such as a Word 97-2003 .doc), not an Excel workbook. Check that this is the right file.',
    'file.problem.ods':
      '{file} is an OpenDocument spreadsheet (.ods, the LibreOffice and WPS format), not an .xlsx. Open it in LibreOffice Calc, WPS or Excel, save it as .xlsx and try again.',
    'file.problem.odf':
      '{file} is an OpenDocument document (text or presentation), not a spreadsheet. Check that this is the right file.',
    'file.problem.docx': '{file} is a Word document (.docx), not an Excel workbook. Check that this is the right file.',
    'file.problem.pptx':
      '{file} is a PowerPoint presentation (.pptx), not an Excel workbook. Check that this is the right file.',
    'file.problem.xlsb':
      '{file} is an Excel binary workbook (.xlsb), which this tool cannot read. Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.',
    'file.problem.zip':
      '{file} is a zip archive, but not an Excel workbook (it has no xl/workbook.xml). Check that this is the right file; if the workbook is inside the archive, extract it first.',
    'file.problem.truncated':
      '{file} is incomplete: it was cut off part-way (a copy or download that did not finish, a full disk, or a save that was interrupted), so it cannot be read. Copy or download it again, or use a backup.',
    'file.problem.damaged':
      '{file} is damaged: its part {part} fails its checksum, so it cannot be read. Open it in Excel (which offers to repair it) and save a copy, or use a backup.',
    'file.problem.binary':
      '{file} is neither an Excel workbook nor a text (CSV) file. Check that this is the right file.',
    'file.problem.xlsxNamedCsv': '{file} is an Excel workbook named {ext}. Rename it to .xlsx and try again.',
    'file.problem.textNamedXlsx':
      '{file} is not an Excel workbook (an .xlsx is a zip archive; this is text). If it is a CSV, rename it to .csv; otherwise save it as .xlsx from Excel.',
    'file.problem.sheetNameTooLong':
      'The sheet "{sheet}" in {file} has a name of {length} characters; Excel allows 31 (another program wrote this file, and Excel asks to repair it too). Rename the sheet to 31 characters or fewer and try again.',
    'file.kind.xlsx': 'an Excel workbook',
    'file.kind.text': 'a text file',
    'file.kind.empty': 'an empty file',
    'file.kind.encrypted': 'an encrypted Office file',
    'file.kind.xls': 'an Excel 97-2003 workbook (.xls)',
    'file.kind.ole': 'an older Office document',
    'file.kind.ods': 'an OpenDocument spreadsheet (.ods)',
    'file.kind.odf': 'an OpenDocument document',
    'file.kind.docx': 'a Word document',
    'file.kind.pptx': 'a PowerPoint presentation',
    'file.kind.xlsb': 'an Excel binary workbook (.xlsb)',
    'file.kind.zip': 'a zip archive',
    'file.kind.truncated': 'a zip archive cut short',
    'file.kind.binary': 'a binary file',
    'file.kind.other': 'a special file (not a regular file)',
  },
};
