// The shared styles first, so each feature's stylesheet (imported by its components) can refine them.
import './app/base.css';
import './app/shell.css';
import './app/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { createWebI18n, initialLanguage } from './i18n.ts';

const i18n = createWebI18n(initialLanguage());
const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
