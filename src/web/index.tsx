/**
 * Entry of the standalone web app (DESIGN.md §1, §2): files opened in the browser become
 * xlsx WorkbookPorts, read and checked in a blob worker, shown in <App/> beside a grid. Works
 * from any static host and from disk (file://): no fetch, no worker script URL (DESIGN.md §8).
 */
import { createRoot } from 'react-dom/client';
import { createLocalStorageSettings } from '../ui/localStorageSettings';
import { observeSettings } from './observedSettings';
import { createWebEngine } from './webEngine';
import { createWebOpener } from './webOpener';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (!container) throw new Error('app.html has no #root element');

const engine = createWebEngine();
// The benchmark and the end-to-end test read where the work ran.
(window as { htxPlanEngine?: { where(): string } }).htxPlanEngine = engine;

createRoot(container).render(
  <WebApp
    opener={createWebOpener(engine)}
    settings={observeSettings(createLocalStorageSettings())}
  />,
);
