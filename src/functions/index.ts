/**
 * Entry of dist/functions.js: registers every HTX.* function with Excel, and nothing else (no
 * UI, no DOM), so the bundle works alone in a bare functions page and in the shared runtime
 * beside the task pane (DESIGN.md §4).
 *
 * Registration runs at module load rather than inside Office.onReady: Excel may evaluate a
 * formula as soon as the runtime starts, and Office.js can be missing altogether (a browser
 * that opened taskpane.html outside Excel, tests). Without a `CustomFunctions` global there is
 * no Excel to register with, so there is nothing to do.
 */
import { customFunctionsById } from './functions';

export function registerCustomFunctions(): void {
  if (typeof CustomFunctions === 'undefined') return;
  for (const [id, fn] of Object.entries(customFunctionsById)) CustomFunctions.associate(id, fn);
}

registerCustomFunctions();
