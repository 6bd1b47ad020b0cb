/**
 * The province (or centrally-run city) the workbook speaks for: from the option, else from
 * the tables' title lines ("(Kèm theo Kế hoạch số 185/KH-UBND … của UBND thành phố Cần Thơ)",
 * "(Tỉnh Bình Thuận)"). Unknown is a valid answer: the agency line is then left blank.
 */
import type { AppendixTable } from '../layout/appendixTable';

export interface Province {
  /** As written, e.g. "Cần Thơ". */
  name: string;
  /** A centrally-run city: "ỦY BAN NHÂN DÂN THÀNH PHỐ …" rather than "… TỈNH …". */
  city: boolean;
}

/** The centrally-run cities (thành phố trực thuộc trung ương), Huế since 2025. */
const cities = ['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế'];

const PREFIX = /^\s*(tỉnh|thành phố|tp\.?)\s+/iu;
const IN_TITLE = [
  /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|TP\.?)\s+([^\n,;()]+)/iu,
  /\(\s*(tỉnh|thành phố)\s+([^\n,;()]+)\)/iu,
];

export function provinceOf(
  option: string | undefined,
  tables: readonly AppendixTable[],
): Province | undefined {
  if (option !== undefined && option.trim() !== '') return fromText(option);
  for (const table of tables) {
    for (const line of table.titleLines ?? [table.title ?? '']) {
      for (const pattern of IN_TITLE) {
        const match = pattern.exec(line.normalize('NFC'));
        if (match) return fromText(`${match[1]} ${match[2]}`);
      }
    }
  }
  return undefined;
}

function fromText(text: string): Province {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const prefix = PREFIX.exec(clean)?.[1]?.toLowerCase();
  const name = clean.replace(PREFIX, '').trim();
  const key = name.toLowerCase().replace(/^tp\.?\s*/, '');
  const city = prefix ? prefix !== 'tỉnh' : cities.includes(key);
  return { name, city };
}

/** "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ". */
export function agencyLine(province: Province | undefined): string {
  if (!province) return 'ỦY BAN NHÂN DÂN TỈNH …';
  return `ỦY BAN NHÂN DÂN ${province.city ? 'THÀNH PHỐ' : 'TỈNH'} ${province.name.toUpperCase()}`;
}

/** "của UBND tỉnh Lạng Sơn" in the "(Kèm theo …)" line. */
export function agencyShort(province: Province | undefined): string {
  if (!province) return 'UBND tỉnh …';
  return `UBND ${province.city ? 'thành phố' : 'tỉnh'} ${province.name}`;
}
