import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from './api/config';
import { getSession } from './api/session';
import { App } from './app/app';
import { preloadFirstScreen } from './app/preload';
import { initI18n } from './i18n';

async function start() {
  const namespaces = preloadFirstScreen(window.location.pathname, getSession());
  await Promise.all([loadConfig(), initI18n(undefined, namespaces)]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
