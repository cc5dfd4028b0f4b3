import type { MessageTable } from '../index';

/** cli messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {
    'cli.help.title': '展厅助手 showroom-desk:客户档案、客户冲突、评审与经销商等级的命令行工具',
    'cli.help.usage': '用法:showroom-desk <命令> <文件.xlsx|文件.csv> [选项]',
    'cli.help.usageLine': '用法:',
    'cli.help.commands': '命令:',
    'cli.help.options':
      '通用选项:\n  --lang zh|en        输出语言(默认 zh)\n  --today YYYY-MM-DD  指定「今天」,使结果可重现\n  --json              以 JSON 输出\n  --help              显示帮助',
    'cli.help.examples':
      '示例:\n  showroom-desk sample 示例.xlsx --customers 300 --seed 7\n  showroom-desk init 新工作簿.xlsx\n  showroom-desk help sample',
    'cli.sample.describe': '生成逼真的示例工作簿(含故意植入的冲突和错误记录)',
    'cli.sample.done': '已写入 {file}:{customers} 位客户,{ledger} 条台账记录,植入 {plants} 处冲突/错误(种子 {seed})。',
    'cli.init.describe': '生成空白工作簿(所有工作表、表头、下拉列表,无数据)',
    'cli.init.done': '已写入空白工作簿 {file}。',
    'cli.error.prefix': 'showroom-desk {name}:',
    'cli.error.unknownCommand': '没有「{name}」这个命令。可用命令:{commands}。运行 showroom-desk --help 查看帮助。',
    'cli.error.unknownOption': '不认识的选项 {option}。运行时加 --help 查看可用选项。',
    'cli.error.missingValue': '选项 {option} 后面缺少取值。',
    'cli.error.flagValue': '选项 {option} 不带取值,请去掉「=」后面的内容。',
    'cli.error.lang': '--lang 只能是 zh 或 en,收到的是「{value}」。',
    'cli.error.today': '--today 应为 YYYY-MM-DD 格式的日期(例如 2026-11-27),收到的是「{value}」。',
    'cli.error.int': '{option} 应为 {min} 到 {max} 之间的整数,收到的是「{value}」。',
    'cli.error.missingFile': '缺少文件参数。请在命令后给出 .xlsx 或 .csv 文件路径。',
    'cli.error.extraArgument': '多余的参数「{value}」。一次只处理一个文件;路径含空格时请加引号。',
    'cli.error.fileType': '不支持的文件类型:{file}。请使用 {types} 文件。',
    'cli.error.notFound': '找不到文件 {file}。请检查路径和文件名。',
    'cli.error.noAccess': '没有权限读取 {file}。请检查文件权限。',
    'cli.error.unreadable': '无法读取 {file}:{reason}。请确认它是完好的 .xlsx 或 .csv 文件(可用 Excel 另存后再试)。',
    'cli.error.cannotWrite': '无法写入 {file}:文件可能正在 Excel 中打开或没有写权限。请关闭文件或换一个路径。',
    'cli.error.writeFailed': '写入 {file} 失败:{reason}。',
    'cli.error.unexpected': '发生意外错误,请把以下信息告诉维护人员:\n{reason}',
    'cli.error.unfinished':
      '命令没有做完就停了:读取文件时等不到后面的内容,文件可能已损坏或被截断。请在 Excel 中打开它并另存一份,再用那份文件重试。',
    'cli.error.noCustomers':
      '{file} 中没有找到客户档案:需要名为「客户档案」(或 Customers)的工作表,或表头含「客户编号、客户名称、电话」等列的表格。请确认选对了文件;若表头在第一行之下,请删去上面的标题行。',
    'cli.output.sameAsInput':
      '要写入的 {file} 正是输入文件本身。写入会覆盖原文件,而副本带不上图表、工作表保护等内容。请换一个输出文件名;如确要覆盖原文件,请加上 --in-place(会先在同一文件夹里备份原文件)。',
    'cli.output.symlink':
      '要写入的 {file} 是一个符号链接。为免改写它指向的文件,不会通过链接写入。请换一个普通文件的路径。',
    'cli.output.directory': '要写入的 {file} 是一个文件夹。请给出文件的路径,例如 {example}。',
    'cli.output.notWorkbook': '{file} 已经存在,它是{what}。为免覆盖它,没有写入。请换一个文件名,或先把这个文件移走。',
    'cli.output.backup': '原文件已先备份为 {file}。',
    'cli.output.leftOut':
      '注意:副本中没有原文件里的{parts}(写出副本时无法带上它们)。它们仍完好地保存在 {file} 中,需要时请在那里查看。',
    'cli.output.part.charts': '图表',
    'cli.output.part.images': '图片',
    'cli.output.part.pivotTables': '数据透视表',
    'cli.output.part.slicers': '切片器',
    'cli.output.part.sep': '、',
    'cli.output.diskFull': '写入 {file} 时磁盘空间不足,没有写入(原有文件未受影响)。请腾出空间或换一个位置后再试。',
    'cli.output.notAFolder': '无法写入 {file}:路径中的 {folder} 不是文件夹(或其中有同名文件)。请检查路径。',
  },
  en: {
    'cli.help.title':
      'Showroom Desk (showroom-desk): customer files, customer conflicts, reviews and dealer tiers from the command line',
    'cli.help.usage': 'Usage: showroom-desk <command> <file.xlsx|file.csv> [options]',
    'cli.help.usageLine': 'Usage: ',
    'cli.help.commands': 'Commands:',
    'cli.help.options':
      'Options for every command:\n  --lang zh|en        output language (default zh)\n  --today YYYY-MM-DD  pin "today" so results are reproducible\n  --json              print JSON\n  --help              show help',
    'cli.help.examples':
      'Examples:\n  showroom-desk sample sample.xlsx --customers 300 --seed 7 --lang en\n  showroom-desk init new.xlsx --lang en\n  showroom-desk help sample',
    'cli.sample.describe': 'write a realistic sample workbook (with deliberately planted conflicts and bad records)',
    'cli.sample.done':
      'Wrote {file}: {customers} customers, {ledger} ledger rows, {plants} planted conflicts/bad records (seed {seed}).',
    'cli.init.describe': 'write an empty workbook (every sheet, header and dropdown, no rows)',
    'cli.init.done': 'Wrote the empty workbook {file}.',
    'cli.error.prefix': 'showroom-desk {name}: ',
    'cli.error.unknownCommand':
      'There is no command "{name}". Commands: {commands}. Run showroom-desk --help for help.',
    'cli.error.unknownOption': 'Unknown option {option}. Add --help to see the options.',
    'cli.error.missingValue': 'The option {option} needs a value.',
    'cli.error.flagValue': 'The option {option} takes no value; remove what follows "=".',
    'cli.error.lang': '--lang must be zh or en, got "{value}".',
    'cli.error.today': '--today must be a date as YYYY-MM-DD (for example 2026-11-27), got "{value}".',
    'cli.error.int': '{option} must be a whole number from {min} to {max}, got "{value}".',
    'cli.error.missingFile': 'Missing the file argument. Give the path of an .xlsx or .csv file after the command.',
    'cli.error.extraArgument':
      'Unexpected extra argument "{value}". One file at a time; quote paths that contain spaces.',
    'cli.error.fileType': 'Unsupported file type: {file}. Use a {types} file.',
    'cli.error.notFound': 'Cannot find the file {file}. Check the path and file name.',
    'cli.error.noAccess': 'No permission to read {file}. Check the file permissions.',
    'cli.error.unreadable':
      'Cannot read {file}: {reason}. Make sure it is an intact .xlsx or .csv file (saving it again from Excel may help).',
    'cli.error.cannotWrite':
      'Cannot write {file}: it may be open in Excel, or you may not have permission. Close it or choose another path.',
    'cli.error.writeFailed': 'Writing {file} failed: {reason}.',
    'cli.error.unexpected': 'Unexpected error; please pass this on to the maintainers:\n{reason}',
    'cli.error.unfinished':
      'The command stopped before it finished: reading the file ran out of data, so the file may be damaged or cut short. Open it in Excel, save a copy and try that copy.',
    'cli.error.noCustomers':
      'No customer file found in {file}: it needs a sheet named 客户档案 (or Customers), or a table whose header has columns such as 客户编号 / Customer ID, 客户名称 / Name, 电话 / Phone. Check that this is the right file; if the header is below a title row, delete the title row.',
    'cli.output.sameAsInput':
      'The output {file} is the input file itself. Writing it would replace the original, and the copy does not carry charts, sheet protection and the like. Give another output file name; to replace the original anyway, add --in-place (the original is backed up in the same folder first).',
    'cli.output.symlink':
      'The output {file} is a symbolic link. Writing through it would change the file it points to, so nothing was written. Give the path of a regular file.',
    'cli.output.directory': 'The output {file} is a folder. Give the path of a file, for example {example}.',
    'cli.output.notWorkbook':
      '{file} already exists and is {what}. Nothing was written, so as not to destroy it. Choose another file name, or move that file away first.',
    'cli.output.backup': 'The original was backed up first as {file}.',
    'cli.output.leftOut':
      'Note: the copy does not have the {parts} of the original (a written copy cannot carry them). They are still in {file}, unchanged: look there when you need them.',
    'cli.output.part.charts': 'charts',
    'cli.output.part.images': 'images',
    'cli.output.part.pivotTables': 'pivot tables',
    'cli.output.part.slicers': 'slicers',
    'cli.output.part.sep': ', ',
    'cli.output.diskFull':
      'The disk is full: {file} was not written (any existing file is unchanged). Free some space or choose another place and try again.',
    'cli.output.notAFolder':
      'Cannot write {file}: {folder} in its path is not a folder (or a file has that name). Check the path.',
  },
};
