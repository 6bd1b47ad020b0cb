/**
 * A plan's styles in Office.js terms. Colours: plans carry ARGB ("FFFFC7CE"), Office.js takes
 * and gives "#RRGGBB". Widths: plans count characters, Office.js takes points.
 */
import type { HostNote } from '../app/workbookPort';
import type { BorderStyle, CellStyle, Color, Fill } from '../core/plan/editPlan';

export function officeColor(color: Color): string {
  return `#${color.slice(-6).toUpperCase()}`;
}

/**
 * A fill as Office.js reports it (ExcelApi 1.9 `pattern`), as a plan's Fill. A patterned fill
 * (Gray25…) is recorded as solid in its colour, with a note: plans know no patterns.
 */
export function fillFromOffice(
  color: string | null,
  pattern: string | null,
  notes: HostNote[],
  where: string,
): Fill {
  if (pattern === 'None' || color === null) return { pattern: 'none' };
  if (pattern !== 'Solid')
    notes.push({ code: 'fill-pattern-approximated', params: { cell: where } });
  return { pattern: 'solid', color: `FF${color.replace('#', '').toUpperCase()}` };
}

// String literals, not Excel.* enums: the enums exist only where Office.js is loaded.
const BORDER: Record<BorderStyle, { style: 'Continuous' | 'None'; weight?: 'Thin' | 'Medium' }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  none: { style: 'None' },
};

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Applies every part of `style` but the number format (written as a grid with the values). */
export function applyStyle(range: Excel.Range, style: CellStyle, multiCell: boolean): void {
  const { format } = range;
  const { font, fill, border, alignment } = style;
  if (font) {
    if (font.name !== undefined) format.font.name = font.name;
    if (font.size !== undefined) format.font.size = font.size;
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.underline !== undefined) format.font.underline = font.underline ? 'Single' : 'None';
    if (font.color !== undefined) format.font.color = officeColor(font.color);
  }
  if (fill?.pattern === 'solid') format.fill.color = officeColor(fill.color);
  else if (fill?.pattern === 'none') format.fill.clear();
  if (border) {
    // Every cell of a block gets the border on its four sides: the inside edges too.
    const sides = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (multiCell) sides.push('InsideHorizontal', 'InsideVertical');
    for (const side of sides) {
      const edge = format.borders.getItem(side as 'EdgeTop');
      edge.style = BORDER[border].style;
      const weight = BORDER[border].weight;
      if (weight) edge.weight = weight;
    }
  }
  if (alignment) {
    if (alignment.horizontal) format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
    if (alignment.vertical) format.verticalAlignment = VERTICAL[alignment.vertical];
    if (alignment.wrapText !== undefined) format.wrapText = alignment.wrapText;
    if (alignment.indent !== undefined) format.indentLevel = alignment.indent;
  }
}

/**
 * Office.js sizes columns in points
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member);
 * a width of n characters of Calibri 11 (7-pixel digits, 5 pixels of padding) is (7n + 5) px,
 * at 0.75 pt per pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
