/**
 * Minimal task-pane entry so the build works before the pane itself lands.
 * The pane helper replaces this file with the real app.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Title2 } from '@fluentui/react-components';
import { t, parseLang } from '../i18n';

function App(): React.JSX.Element {
  const lang = parseLang(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  return (
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">{t(lang, 'app.name')}</Title2>
    </FluentProvider>
  );
}

function mount(): void {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<App />);
}

if (typeof Office !== 'undefined') {
  void Office.onReady(mount);
} else {
  mount();
}
