/** A simple grid view of the in-memory workbook: sheet tabs, rows, the add-in's colours, the selection. */
import * as React from 'react';
import { Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/schema';
import { t } from '../i18n';
import type { WorkbookModel } from '../workbook/memory/model';
import { columnLetter, getCell } from '../workbook/memory/model';
import { displayCell, highlightedRows, usedSize, visibleRows } from './gridModel';

const MAX_ROWS = 300;

export function Grid(props: { model: WorkbookModel; version: number; lang: Lang }): React.ReactElement {
  const { model, lang } = props;
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
        {t(lang, 'playground.rowsShown', { shown: rows.length, total: size.rows })}
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
                <tr
                  key={r}
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
                    style={{ ...headStyle, background: selected ? tokens.colorBrandBackground2 : headStyle.background }}
                  >
                    {r}
                  </th>
                  {cols.map((c) => (
                    <td key={c} data-col={c} style={cellStyle}>
                      {displayCell(getCell(sheet, r, c))}
                    </td>
                  ))}
                </tr>
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
