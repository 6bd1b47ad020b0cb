/**
 * Column widths in `<cols>`. A `<col min max>` span covering a planned column is split so that
 * only that column's width changes; the other columns keep their spans' attributes.
 */
import { columnIndex } from '../../core/workbook/address';
import { childElements, startTagOf } from './xmlScanner';
import { attributesOf, attributeText, setAttributes } from './xmlText';
import { upsertWorksheetChild, worksheetChild, worksheetName } from './worksheetChildren';

interface ColumnSpan {
  min: number;
  max: number;
  /** The `<col …/>` text; spans nobody changed are written back exactly as read. */
  text: string;
}

/** Excel's stored width for a width typed in characters, with Calibri 11's 7-pixel digits. */
export function storedWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}

function readSpans(xml: string): ColumnSpan[] {
  const cols = worksheetChild(xml, 'cols');
  if (!cols) return [];
  return childElements(xml, cols).map((col) => {
    const text = xml.slice(col.start, col.end);
    const attributes = attributesOf(startTagOf(xml, col));
    return { min: Number(attributes.get('min')), max: Number(attributes.get('max')), text };
  });
}

/** The style index (`<col style>`) a new cell in each column takes. */
export function columnStyles(xml: string): (column: number) => number {
  const spans = readSpans(xml).map((span) => ({
    ...span,
    style: Number(attributesOf(span.text).get('style') ?? 0),
  }));
  return (column) =>
    spans.find((span) => span.min <= column + 1 && column + 1 <= span.max)?.style ?? 0;
}

export function setColumnWidths(xml: string, widths: Record<string, number>): string {
  let spans = readSpans(xml);
  const colName = worksheetName(xml, 'col');
  for (const [letters, characters] of Object.entries(widths)) {
    const column = columnIndex(letters) + 1;
    const width = String(storedWidth(characters));
    const covering = spans.find((span) => span.min <= column && column <= span.max);
    const pieces: ColumnSpan[] = [];
    if (covering) {
      const piece = (min: number, max: number, extra: Record<string, string> = {}): ColumnSpan => ({
        min,
        max,
        text: setAttributes(covering.text, { min: String(min), max: String(max), ...extra }),
      });
      if (covering.min < column) pieces.push(piece(covering.min, column - 1));
      pieces.push(piece(column, column, { width, customWidth: '1' }));
      if (column < covering.max) pieces.push(piece(column + 1, covering.max));
    } else {
      pieces.push({
        min: column,
        max: column,
        text: `<${colName}${attributeText({ min: column, max: column, width, customWidth: 1 })}/>`,
      });
    }
    spans = [...spans.filter((span) => span !== covering), ...pieces].sort((a, b) => a.min - b.min);
  }
  return upsertWorksheetChild(xml, 'cols', (existing) => {
    const name = existing?.name ?? worksheetName(xml, 'cols');
    const open = existing ? startTagOf(xml, existing).replace(/\s*\/>$/, '>') : `<${name}>`;
    return `${open}${spans.map((span) => span.text).join('')}</${name}>`;
  });
}
