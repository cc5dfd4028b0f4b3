/**
 * The browser playground: the real task pane (the same App as in Excel) beside a grid
 * of an in-memory workbook, the bundled sample or an .xlsx the user opens. Only the
 * port's adapter differs from Excel: MemoryWorkbook instead of OfficeWorkbook.
 *
 * ?lang=en|zh picks the language; ?customers=N sizes the sample; ?view=pane shows the pane alone;
 * ?today=YYYY-MM-DD pins "today" (the browser tests do, so they stay reproducible). Otherwise it is
 * the real today, and the sample is generated around it so that it looks current; the date
 * control in the header changes it.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Text, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../domain/schema';
import { parseLang, t } from '../i18n';
import { MemoryWorkbook } from '../workbook/memory';
import { WorkbookFileError, fileErrorMessage, openXlsxBytes } from '../workbook/file/browser';
import { buildSampleWorkbook } from '../sample';
import { formatDay, parseDate } from '../domain/normalise';
import { localToday } from '../app/today';
import { App } from '../taskpane/App';
import { createDefaultServices } from '../taskpane/defaultServices';
import type { WorkbookPort } from '../workbook/port';
import { observePort } from './observedPort';
import { Grid } from './Grid';
import './window';

/** The sample's fixed seed: on a given day every visit (and every browser test) sees the same workbook. */
export const SAMPLE_SEED = 42;

/** A day given as YYYY-MM-DD (the URL's ?today=, the date control), or null. */
function isoDay(value: string | null): number | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : null;
}

interface Loaded {
  workbook: MemoryWorkbook;
  port: WorkbookPort;
  name: string;
  /** Changes on every load, so the pane starts afresh for a new workbook. */
  id: number;
}

function Playground({ lang, initialToday }: { lang: Lang; initialToday: number }): React.ReactElement {
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [version, setVersion] = React.useState(0);
  const [error, setError] = React.useState<string | null>(null);
  const [today, setToday] = React.useState(initialToday);
  const fileRef = React.useRef<HTMLInputElement>(null);
  const services = React.useMemo(() => createDefaultServices({ today }), [today]);

  const showWorkbook = React.useCallback((workbook: MemoryWorkbook, name: string) => {
    let n = 0;
    const port = observePort(workbook, () => {
      n++;
      window.__playground = { workbook, version: n };
      setVersion((v) => v + 1);
    });
    window.__playground = { workbook, version: 0 };
    setLoaded((prev) => ({ workbook, port, name, id: (prev?.id ?? 0) + 1 }));
  }, []);

  const loadSample = React.useCallback(() => {
    const customers = Number(new URLSearchParams(location.search).get('customers')) || undefined;
    try {
      showWorkbook(
        buildSampleWorkbook({ seed: SAMPLE_SEED, today: formatDay(today), lang, customers }),
        t(lang, 'playground.sample'),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [showWorkbook, lang, today]);

  // The sample follows the chosen day; a workbook the user opened stays as it is.
  const showingSample = React.useRef(true);
  React.useEffect(() => {
    if (showingSample.current) loadSample();
  }, [loadSample]);

  /** A new day: the sample is generated around it again, and the pane's checks take it as today. */
  const changeToday = (value: string) => {
    const day = isoDay(value);
    if (day === null) return;
    const url = new URL(location.href);
    url.searchParams.set('today', value);
    history.replaceState(null, '', url);
    setToday(day);
  };

  const openFile = async (file: File) => {
    try {
      setError(null);
      showWorkbook(await openXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name), file.name);
      showingSample.current = false;
    } catch (e) {
      // a file that is not a workbook says what it is, in the pane's language
      setError(e instanceof WorkbookFileError ? fileErrorMessage(lang, e) : e instanceof Error ? e.message : String(e));
    }
  };

  // ?view=pane: the pane alone, full width, as Excel shows it (screenshots at the 320 px default width).
  if (paneOnly) {
    return loaded ? (
      <App key={`${loaded.id}:${today}`} port={loaded.port} lang={lang} services={services} />
    ) : (
      <Text>{t(lang, 'playground.loading')}</Text>
    );
  }

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header
        style={{
          display: 'flex',
          gap: 12,
          alignItems: 'center',
          flexWrap: 'wrap',
          padding: '6px 12px',
          borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
        }}
      >
        <Title3 as="h1" style={{ fontSize: 16 }}>
          {t(lang, 'playground.title')}
        </Title3>
        <Text size={200}>{t(lang, 'playground.intro')}</Text>
        <label style={{ display: 'flex', gap: 4, alignItems: 'center' }} title={t(lang, 'playground.today.hint')}>
          <Text size={200}>{t(lang, 'playground.today')}</Text>
          <input
            type="date"
            value={formatDay(today)}
            required
            onChange={(e) => changeToday(e.target.value)}
            data-testid="today"
          />
        </label>
        <Button
          size="small"
          onClick={() => {
            showingSample.current = true;
            loadSample();
          }}
          data-testid="load-sample"
        >
          {t(lang, 'playground.sample')}
        </Button>
        <Button size="small" onClick={() => fileRef.current?.click()}>
          {t(lang, 'playground.open')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void openFile(f);
            e.target.value = '';
          }}
        />
        {loaded && (
          <Text size={200} data-testid="loaded-name">
            {t(lang, 'playground.loaded', { name: loaded.name })}
          </Text>
        )}
        {error && (
          <Text size={200} style={{ color: tokens.colorPaletteRedForeground1 }} data-testid="playground-error">
            {t(lang, 'pane.error', { message: error })}
          </Text>
        )}
      </header>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <aside
          aria-label={t(lang, 'playground.pane')}
          data-testid="pane-frame"
          style={{
            width: 320,
            flex: '0 0 320px',
            overflowY: 'auto',
            overflowX: 'hidden',
            borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
          }}
        >
          {loaded && <App key={`${loaded.id}:${today}`} port={loaded.port} lang={lang} services={services} />}
        </aside>
        <section
          aria-label={t(lang, 'playground.grid')}
          style={{ flex: 1, minWidth: 0, padding: 8, display: 'flex', flexDirection: 'column' }}
        >
          {loaded ? (
            <Grid
              model={loaded.workbook.model}
              version={version}
              lang={lang}
              onEdit={(sheet, row, col, block) => {
                // a person's typing: the workbook tells the pane's listeners (source 'user')
                loaded.workbook.userType(sheet, row, col, block);
                setVersion((v) => v + 1);
              }}
            />
          ) : (
            <Text>{t(lang, 'playground.loading')}</Text>
          )}
        </section>
      </div>
    </FluentProvider>
  );
}

const params = new URLSearchParams(location.search);
const paneOnly = params.get('view') === 'pane';
const lang = parseLang(params.get('lang') ?? navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
const container = document.getElementById('container');
if (container)
  createRoot(container).render(<Playground lang={lang} initialToday={isoDay(params.get('today')) ?? localToday()} />);
