/**
 * The look of an official appendix (Nghị định 30/2020/NĐ-CP): Times New Roman throughout, bold
 * upper-case agency and motto, a centred title, thin borders around the tables, no fills.
 */
import type { CellStyle } from '../plan/editPlan';

const font = (
  size: number,
  extra: { bold?: boolean; italic?: boolean; underline?: boolean } = {},
) => ({
  name: 'Times New Roman',
  size,
  ...extra,
});

const centred = { horizontal: 'center', vertical: 'center', wrapText: true } as const;

export const styles = {
  agency: { font: font(12, { bold: true }), alignment: centred },
  motto: { font: font(12, { bold: true }), alignment: centred },
  mottoLine: { font: font(13, { bold: true, underline: true }), alignment: centred },
  label: { font: font(13, { bold: true }), alignment: centred },
  title: { font: font(14, { bold: true }), alignment: centred },
  subtitle: { font: font(12, { italic: true }), alignment: centred },
  unitLine: { font: font(11, { italic: true }), alignment: { horizontal: 'right' } },
  section: {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'left', vertical: 'center' },
  },
  note: { font: font(11, { italic: true }), alignment: { horizontal: 'left', wrapText: true } },
  plain: { font: font(12), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  header: { font: font(11, { bold: true }), border: 'thin', alignment: centred },
  numbering: { font: font(10, { italic: true }), border: 'thin', alignment: centred },
  stt: { font: font(11), border: 'thin', alignment: { horizontal: 'center', vertical: 'center' } },
  block: {
    font: font(11, { bold: true }),
    border: 'thin',
    alignment: { horizontal: 'left', vertical: 'center', wrapText: true },
  },
  item: {
    font: font(11),
    border: 'thin',
    alignment: { horizontal: 'left', vertical: 'center', wrapText: true },
  },
  unit: { font: font(11), border: 'thin', alignment: centred },
  figure: {
    font: font(11),
    border: 'thin',
    numberFormat: '#,##0',
    alignment: { horizontal: 'right', vertical: 'center' },
  },
  decimalFigure: {
    font: font(11),
    border: 'thin',
    numberFormat: '#,##0.0',
    alignment: { horizontal: 'right', vertical: 'center' },
  },
  ratio: {
    font: font(11),
    border: 'thin',
    numberFormat: '0.0%',
    alignment: { horizontal: 'right', vertical: 'center' },
  },
  message: {
    font: font(11),
    border: 'thin',
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
  },
  cellLink: {
    font: { ...font(11), underline: true, color: 'FF0563C1' },
    border: 'thin',
    alignment: { horizontal: 'center', vertical: 'top' },
  },
  sentence: { font: font(12), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  place: { font: font(12, { italic: true }), alignment: centred },
  signer: { font: font(12, { bold: true }), alignment: centred },
  signHint: { font: font(11, { italic: true }), alignment: centred },
} satisfies Record<string, CellStyle>;

/** Bold on top of a body style, for total rows. */
export function bold(style: CellStyle): CellStyle {
  return { ...style, font: { ...style.font, bold: true } };
}
