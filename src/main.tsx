/**
 * The entry, kept small and free of React and antd: it draws the first frame from what index.html holds
 * (src/app/first-paint), lets the browser paint it, and only then starts the app — evaluating the app's
 * modules takes a slow phone hundreds of milliseconds, even when every file is already cached.
 */
import { loadConfig } from './api/config';
import { getSession } from './api/session';
import { startFirstData } from './app/first-data';
import { showBootFailure, showFirstPaint } from './app/first-paint/first-paint';
import { preloadFirstScreenFiles } from './app/first-screen-files';
import { namespacesFor, preloadFirstScreen } from './app/preload';
import { currentResolvedTheme } from './app/theme-preference';
import { initialLanguage } from './i18n/languages';
// The stylesheets of the first screens, in the one render-blocking file: the frame is laid out right in
// its first paint (the shell's layout, the frame's colours), and the app's own few KB of CSS come in one
// response instead of six (their components import them too; each is bundled once).
import './app/base.css';
import './app/shell/shell.css';
import './app/first-paint/first-paint.css';
import './components/states.css';
import './components/native-input.css';
import './components/copy-button.css';
import './components/list/resource-table.css';

function afterFirstPaint(run: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  // A task queued from a frame callback runs once that frame is painted; the timeout covers tabs opened
  // in the background, which get no frames until shown.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

const session = getSession();
const language = initialLanguage();
// The page's first Cinder reads and the runtime config go out now, while React and the page's code
// download (src/app/first-data).
startFirstData(window.location, session);
const config = loadConfig();
showFirstPaint(document, { pathname: window.location.pathname, session, language, theme: currentResolvedTheme() });
preloadFirstScreenFiles(document, window.location.pathname, session, language);

afterFirstPaint(() => {
  const pathname = window.location.pathname;
  import('./boot')
    .then(({ boot }) => boot(language, namespacesFor(pathname, session), config))
    .catch((error: unknown) => {
      console.error(error);
      showBootFailure(document, language);
    });
  // The page's own code in a task of its own: asking for dozens of files (a <link> each) takes a while.
  setTimeout(() => preloadFirstScreen(pathname, session), 0);
});
