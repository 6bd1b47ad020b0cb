/**
 * Merging a CellStyle into a cellXfs entry: only the parts the style names change. The apply*
 * flags of the parts that change are set, since LibreOffice ignores a part whose flag is off.
 */
import type { BorderStyle, CellStyle, Fill, Font } from '../../core/plan/editPlan';
import { attribute, child, node, withAttributes, withChild, type StyleNode } from './styleTree';

/** What an absent xf attribute means when two xfs are compared. */
export const xfDefaults: Record<string, string> = {
  numFmtId: '0',
  fontId: '0',
  fillId: '0',
  borderId: '0',
  xfId: '0',
  applyNumberFormat: '1',
  applyFont: '1',
  applyFill: '1',
  applyBorder: '1',
  applyAlignment: '1',
  applyProtection: '1',
};

export interface StyleCollections {
  intern(collection: 'fonts' | 'fills' | 'borders', entry: StyleNode): number;
  node(collection: 'fonts' | 'borders', index: number): StyleNode;
  numberFormatId(code: string): number;
  name(local: string): string;
}

const fontOrder = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
const borderOrder = [
  'start',
  'left',
  'end',
  'right',
  'top',
  'bottom',
  'diagonal',
  'vertical',
  'horizontal',
];
const xfOrder = ['alignment', 'protection', 'extLst'];

export function mergeXf(xf: StyleNode, style: CellStyle, styles: StyleCollections): StyleNode {
  const changes: Record<string, string> = {};
  if (style.numberFormat !== undefined) {
    changes.numFmtId = String(styles.numberFormatId(style.numberFormat));
    changes.applyNumberFormat = '1';
  }
  if (style.font) {
    const base = styles.node('fonts', Number(attribute(xf, 'fontId') ?? 0));
    changes.fontId = String(styles.intern('fonts', mergeFont(base, style.font, styles)));
    changes.applyFont = '1';
  }
  if (style.fill) {
    changes.fillId = String(styles.intern('fills', fillNode(style.fill, styles)));
    changes.applyFill = '1';
  }
  if (style.border) {
    const base = styles.node('borders', Number(attribute(xf, 'borderId') ?? 0));
    changes.borderId = String(styles.intern('borders', mergeBorder(base, style.border, styles)));
    changes.applyBorder = '1';
  }
  let merged = withAttributes(xf, changes);
  if (style.alignment) {
    const { horizontal, vertical, wrapText, indent } = style.alignment;
    const present = child(merged, 'alignment') ?? node(styles.name('alignment'));
    const alignment = withAttributes(present, {
      horizontal: horizontal ?? attribute(present, 'horizontal'),
      vertical: vertical ?? attribute(present, 'vertical'),
      wrapText: wrapText === undefined ? attribute(present, 'wrapText') : wrapText ? '1' : '0',
      indent: indent === undefined ? attribute(present, 'indent') : String(indent),
    });
    merged = withAttributes(withChild(merged, 'alignment', alignment, xfOrder), {
      applyAlignment: '1',
    });
  }
  return merged;
}

function mergeFont(base: StyleNode, font: Font, styles: StyleCollections): StyleNode {
  let merged = base;
  const set = (local: string, entry: StyleNode | undefined) => {
    merged = withChild(merged, local, entry, fontOrder);
  };
  const flag = (local: string, on: boolean | undefined) => {
    if (on !== undefined) set(local, on ? node(styles.name(local)) : undefined);
  };
  flag('b', font.bold);
  flag('i', font.italic);
  flag('u', font.underline);
  if (font.size !== undefined) set('sz', node(styles.name('sz'), { val: String(font.size) }));
  if (font.color !== undefined) set('color', node(styles.name('color'), { rgb: font.color }));
  if (font.name !== undefined) set('name', node(styles.name('name'), { val: font.name }));
  return merged;
}

export function fillNode(fill: Fill, styles: Pick<StyleCollections, 'name'>): StyleNode {
  if (fill.pattern === 'none') {
    return node(styles.name('fill'), {}, [
      node(styles.name('patternFill'), { patternType: 'none' }),
    ]);
  }
  const pattern = node(styles.name('patternFill'), { patternType: 'solid' }, [
    node(styles.name('fgColor'), { rgb: fill.color }),
    node(styles.name('bgColor'), { indexed: '64' }),
  ]);
  return node(styles.name('fill'), {}, [pattern]);
}

function mergeBorder(base: StyleNode, style: BorderStyle, styles: StyleCollections): StyleNode {
  let merged = withChild(
    withChild(base, 'start', undefined, borderOrder),
    'end',
    undefined,
    borderOrder,
  );
  for (const side of ['left', 'right', 'top', 'bottom']) {
    const edge =
      style === 'none'
        ? node(styles.name(side))
        : node(styles.name(side), { style }, [node(styles.name('color'), { indexed: '64' })]);
    merged = withChild(merged, side, edge, borderOrder);
  }
  return merged;
}
