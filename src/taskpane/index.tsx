/**
 * Task-pane entry (Microsoft's React add-in template pattern): wait for Office,
 * then render the App with the Office.js adapter. All Excel.run code lives in
 * src/workbook/office; the App only sees a WorkbookPort.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, Title3, webLightTheme } from '@fluentui/react-components';
import { t, parseLang } from '../i18n';
import type { Lang } from '../domain/schema';
import { OfficeWorkbook } from '../workbook/office';
import { App } from './App';
import { createDefaultServices } from './defaultServices';

/** Shown when the page is opened outside Excel (in a plain browser tab). */
function NotInExcel({ lang }: { lang: Lang }): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }} data-testid="not-in-excel">
        <Title3 as="h1">{t(lang, 'app.name')}</Title3>
        <MessageBar intent="info" style={{ marginTop: 8 }}>
          <MessageBarBody>{t(lang, 'pane.notInExcel')}</MessageBarBody>
        </MessageBar>
        <p>
          <Link href="playground.html">{t(lang, 'pane.notInExcel.link')}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}

function render(node: React.ReactElement): void {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(node);
}

if (typeof Office === 'undefined') {
  render(<NotInExcel lang={parseLang(navigator.language)} />);
} else {
  void Office.onReady((info) => {
    const lang = parseLang(Office.context?.displayLanguage ?? navigator.language);
    if (info.host === Office.HostType.Excel) {
      render(<App port={new OfficeWorkbook()} lang={lang} services={createDefaultServices()} />);
    } else {
      render(<NotInExcel lang={lang} />);
    }
  });
}
