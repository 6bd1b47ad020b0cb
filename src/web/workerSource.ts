/**
 * The worker's bundled text (see workerSourceLoader.cjs). Imported with `import()` only, so
 * its megabyte (ExcelJS, SheetJS, the writer) loads after the page is usable.
 */
import source from '!!./workerSourceLoader.cjs!./workbookWorker';

export default source;
