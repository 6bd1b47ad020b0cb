/**
 * Entry of the Excel task pane (DESIGN.md §2): Office.onReady → Excel ports → <App/>. Office.js
 * comes from Microsoft's CDN (taskpane.html); when it is missing the guide still renders.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { createLocalStorageSettings } from '../ui/localStorageSettings';
import { connectToExcel, type OfficeLike } from './connectToExcel';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

const root = createRoot(container);
const settings = createLocalStorageSettings();
// `Office` is a global from office.js; reading it through globalThis is safe when it did not load.
const office = (globalThis as { Office?: OfficeLike }).Office;

void connectToExcel(office).then(({ ports, hostNotice }) =>
  root.render(<App ports={ports} settings={settings} hostNotice={hostNotice} />),
);
