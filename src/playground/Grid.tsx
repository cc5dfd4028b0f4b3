/** A simple grid view of the in-memory workbook: sheet tabs, rows, the add-in's colours, the selection. */
import * as React from 'react';
import { Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/schema';
import { t } from '../i18n';
import type { WorkbookModel } from '../workbook/memory/model';
import { columnLetter, getCell } from '../workbook/memory/model';
import { displayCell, highlightedRows, tailRows, usedSize, visibleRows } from './gridModel';

const MAX_ROWS = 300;
/** Last rows of a long sheet shown under the window, above the empty row for a new customer. */
const TAIL_ROWS = 5;

/** Rows of text from the clipboard (Excel copies a block as tab-separated lines). */
export function pastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => l.split('\t'));
}

/** The cell being typed in: an input until Enter (or leaving it) enters the text, Escape drops it. */
function CellInput(props: { initial: string; onDone: (text: string | null) => void }): React.ReactElement {
  const done = React.useRef(false);
  const finish = (text: string | null) => {
    if (done.current) return;
    done.current = true;
    props.onDone(text);
  };
  return (
    <input
      autoFocus
      defaultValue={props.initial}
      data-testid="cell-input"
      style={{ width: '100%', minWidth: 80, font: 'inherit', border: 'none', outline: 'none', padding: 0 }}
      onKeyDown={(e) => {
        // the cell under the input opens an editor on Enter: the key is the input's alone
        e.stopPropagation();
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          finish(e.currentTarget.value);
        } else if (e.key === 'Escape') finish(null);
      }}
      onBlur={(e) => finish(e.currentTarget.value)}
    />
  );
}

export function Grid(props: {
  model: WorkbookModel;
  version: number;
  lang: Lang;
  /** A person typed (one cell) or pasted (a block) at a cell: the playground hands it to the workbook as a user edit. */
  onEdit?: (sheet: string, row: number, col: number, block: string[][]) => void;
}): React.ReactElement {
  const { model, lang, onEdit } = props;
  const [editing, setEditing] = React.useState<{ row: number; col: number } | null>(null);
  const selection = model.lastSelection;
  const [sheetName, setSheetName] = React.useState<string>(model.sheets[0]?.name ?? '');
  const scrollRef = React.useRef<HTMLDivElement>(null);

  // Follow the pane's selection to its sheet, like Excel does.
  React.useEffect(() => {
    if (selection) setSheetName(selection.sheet);
  }, [selection, props.version]);

  const sheet = model.sheets.find((s) => s.name === sheetName) ?? model.sheets[0];
  const selectedRows = React.useMemo(
    () => new Set(selection && sheet && selection.sheet === sheet.name ? selection.rows : []),
    [selection, sheet],
  );

  React.useEffect(() => {
    const el = scrollRef.current?.querySelector('tr[data-selected="true"]');
    if (el && 'scrollIntoView' in el) (el as HTMLElement).scrollIntoView({ block: 'center' });
  }, [selection, sheetName, props.version]);

  if (!sheet) return <Text>{t(lang, 'playground.loading')}</Text>;
  const size = usedSize(sheet);
  const { first, last } = visibleRows(size.rows, [...selectedRows], MAX_ROWS);
  const colours = highlightedRows(model, sheet);
  const cols = Array.from({ length: size.cols }, (_, c) => c);
  // rows the pane's "my view" filter hides, as Excel hides filtered rows
  const filtered = new Set(model.rowFilters?.[sheet.name] ?? []);
  const rows: number[] = [];
  for (let r = first; r <= last; r++) if (!filtered.has(r)) rows.push(r);
  // a long sheet: the window stops short of the end, so its last rows follow (after a marker of the rows
  // skipped), keeping the bottom of the table, where a new customer is typed, in view
  const tail = tailRows(last, size.rows, TAIL_ROWS).filter((r) => !filtered.has(r));
  const skipped = tail.length > 0 && tail[0] > last + 1 ? { first: last + 1, last: tail[0] - 1 } : null;
  rows.push(...tail);
  const shown = rows.length;
  // one empty row below the data, to type a new customer into (Excel's table grows to take it)
  if (onEdit) rows.push(size.rows + 1);
  const cellEvents = (r: number, c: number) =>
    onEdit && {
      onDoubleClick: () => setEditing({ row: r, col: c }),
      onKeyDown: (e: React.KeyboardEvent) => {
        // only keys pressed on the cell itself, not the Enter that closes its input
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === 'F2') setEditing({ row: r, col: c });
      },
      onPaste: (e: React.ClipboardEvent) => {
        if (editing) return;
        e.preventDefault();
        onEdit(sheet.name, r, c, pastedBlock(e.clipboardData.getData('text/plain')));
      },
      tabIndex: 0,
    };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }} data-testid="grid">
      <TabList
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => setSheetName(String(d.value))}
        style={{ flexWrap: 'wrap' }}
      >
        {model.sheets
          .filter((s) => !s.hidden)
          .map((s) => (
            <Tab key={s.name} value={s.name} data-testid={`sheet-${s.name}`}>
              {s.name}
            </Tab>
          ))}
      </TabList>
      <Text size={200} style={{ margin: '4px 0' }} data-testid="selection">
        {selection
          ? t(lang, 'playground.selection', { address: `${selection.sheet}!${selection.address}` })
          : t(lang, 'playground.noSelection')}
        {' · '}
        {t(lang, 'playground.rowsShown', { shown, total: size.rows })}
        {filtered.size > 0 && (
          <span data-testid="grid-filtered" data-hidden={filtered.size}>
            {' · '}
            {t(lang, 'playground.filtered', { hidden: filtered.size })}
          </span>
        )}
      </Text>
      <div ref={scrollRef} style={{ overflow: 'auto', flex: 1, border: `1px solid ${tokens.colorNeutralStroke2}` }}>
        <table
          style={{ borderCollapse: 'collapse', fontSize: 12, whiteSpace: 'nowrap' }}
          data-testid="grid-table"
          data-sheet={sheet.name}
        >
          <thead>
            <tr>
              <th style={headStyle} />
              {cols.map((c) => (
                <th key={c} style={headStyle}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const colour = colours.get(r);
              const selected = selectedRows.has(r);
              return (
                <React.Fragment key={r}>
                  {skipped && r === tail[0] && (
                    <tr data-testid="grid-skipped" data-first={skipped.first} data-last={skipped.last}>
                      <td colSpan={cols.length + 1} style={{ ...cellStyle, color: '#777', fontStyle: 'italic' }}>
                        {t(lang, 'playground.rowsSkipped', skipped)}
                      </td>
                    </tr>
                  )}
                  <tr
                    data-row={r}
                    data-selected={selected ? 'true' : undefined}
                    data-format={colour?.rule}
                    style={{
                      background: colour?.fill,
                      color: colour?.fontColor,
                      outline: selected ? `2px solid ${tokens.colorBrandStroke1}` : undefined,
                      outlineOffset: -2,
                    }}
                  >
                    <th
                      style={{
                        ...headStyle,
                        background: selected ? tokens.colorBrandBackground2 : headStyle.background,
                      }}
                    >
                      {r}
                    </th>
                    {cols.map((c) => (
                      <td key={c} data-col={c} style={cellStyle} {...cellEvents(r, c)}>
                        {editing?.row === r && editing.col === c ? (
                          <CellInput
                            initial={displayCell(getCell(sheet, r, c))}
                            onDone={(text) => {
                              setEditing(null);
                              if (text !== null && onEdit) onEdit(sheet.name, r, c, [[text]]);
                            }}
                          />
                        ) : (
                          displayCell(getCell(sheet, r, c))
                        )}
                      </td>
                    ))}
                  </tr>
                </React.Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const headStyle: React.CSSProperties = {
  background: '#f3f3f3',
  border: '1px solid #ddd',
  padding: '2px 4px',
  fontWeight: 400,
  color: '#555',
  position: 'sticky',
  top: 0,
};
const cellStyle: React.CSSProperties = {
  border: '1px solid #e6e6e6',
  padding: '2px 4px',
  maxWidth: 220,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};
