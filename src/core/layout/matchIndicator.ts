/**
 * Catalogue lookup (catalog/indicators.ts): a label or header to an indicator code. Labels are
 * compared as canonical words (phrases.ts), so case, diacritics, abbreviations ("HTX", "LH HTX")
 * and extra words ("Số HTX đang hoạt động", "Doanh thu bình quân của HTX") do not matter: a
 * synonym matches when its words occur in the label in order, and the longest match wins.
 */
import { blockFillers } from '../catalog/headerLabels';
import type { BlockMeasure, IndicatorCode } from '../catalog/indicatorCodes';
import {
  fundingCatalog,
  measureCatalog,
  sectorCatalog,
  sectorFillers,
} from '../catalog/indicators';
import type { Block } from './appendixTable';
import { memoByText } from './memoByText';
import { compilePhrases, hasAnyPhrase, isSubsequence, type Tokens } from './phrases';

/** The placeholder word for the block's entity in catalogue synonyms ("tong so E"). */
const ENTITY = 'e';
const ENTITIES: readonly Block[] = ['htx', 'lhhtx', 'tht'];

// The entity placeholder weighs half a word: "Số HTX giải thể" is dissolved, not count.
const weightOf = (synonym: Tokens) => synonym.reduce((sum, t) => sum + (t === ENTITY ? 0.5 : 1), 0);

const measures = measureCatalog.map((entry) => ({
  entry,
  synonyms: compilePhrases(entry.synonyms).map((words) => ({ words, score: weightOf(words) })),
  excludes: compilePhrases(entry.excludes ?? []),
}));

export interface MeasureMatch {
  measure: BlockMeasure;
  /** The entity the matched words name, when they name one. */
  entity?: Block;
  /** Words matched: longer is more specific. */
  score: number;
}

/** Subsequence match where the placeholder matches any entity word; returns the entity. */
function matchSynonym(tokens: Tokens, synonym: Tokens): { entity?: Block } | undefined {
  let j = 0;
  let entity: Block | undefined;
  for (let i = 0; i < tokens.length && j < synonym.length; i++) {
    const want = synonym[j];
    if (want === ENTITY) {
      if ((ENTITIES as readonly string[]).includes(tokens[i])) {
        entity = tokens[i] as Block;
        j++;
      }
    } else if (tokens[i] === want) j++;
  }
  return j === synonym.length && synonym.length > 0 ? { entity } : undefined;
}

/**
 * The catalogue measure a label names, the longest synonym winning. Looked up once per distinct
 * label (labels repeat on every sheet); the match is shared, never mutate it.
 */
export function matchMeasure(tokens: Tokens): Readonly<MeasureMatch> | undefined {
  return measureByWords(tokens.join(' '));
}

const measureByWords = memoByText((words) => findMeasure(words === '' ? [] : words.split(' ')));

function findMeasure(tokens: Tokens): MeasureMatch | undefined {
  let best: MeasureMatch | undefined;
  for (const { entry, synonyms, excludes } of measures) {
    for (const { words: synonym, score } of synonyms) {
      if (best && score <= best.score) continue;
      const hit = matchSynonym(tokens, synonym);
      if (!hit) continue;
      if (excludes.some((x) => isSubsequence(tokens, x) && !isSubsequence(synonym, x))) continue;
      best = { measure: entry.measure, score };
      if (hit.entity) best.entity = hit.entity;
    }
  }
  return best;
}

/** The block named in a label, lhhtx and tht before htx ("Số HTX thành viên của LHHTX"). */
export function entityIn(tokens: Tokens): Block | undefined {
  if (tokens.includes('lhhtx')) return 'lhhtx';
  if (tokens.includes('tht')) return 'tht';
  if (tokens.includes('htx')) return 'htx';
  return undefined;
}

export function entryOf(measure: BlockMeasure) {
  return measureCatalog.find((e) => e.measure === measure);
}

/**
 * The indicator code of a row label or column header. The block is the catalogue's own for
 * block-specific measures, else the entity the label names, else the block row's, else HTX.
 */
export function matchIndicator(tokens: Tokens, block?: Block): IndicatorCode | undefined {
  const match = matchMeasure(tokens);
  if (!match) return undefined;
  const entry = entryOf(match.measure);
  const fixed = entry?.blocks?.[0];
  const named = match.entity ?? entityIn(tokens);
  const entity = fixed ?? (named === 'htx' && block && block !== 'htx' ? block : named) ?? block;
  return `${entity ?? 'htx'}.${match.measure}` as IndicatorCode;
}

const sectorFillerPhrases = compilePhrases(sectorFillers);
const sectors = sectorCatalog.map((entry) => ({
  code: entry.code,
  synonyms: compilePhrases(entry.synonyms),
  excludes: compilePhrases(entry.excludes ?? []),
}));

function withoutFillers(tokens: Tokens, fillers: readonly Tokens[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const filler = fillers.find((f) => f.every((t, j) => tokens[i + j] === t));
    if (filler) i += filler.length;
    else out.push(tokens[i++]);
  }
  return out;
}

/** Sector of a row label; strict: at most two words beyond the synonym. */
export function matchSector(tokens: Tokens): IndicatorCode | undefined {
  const rest = withoutFillers(tokens, sectorFillerPhrases);
  if (rest.length === 0) return undefined;
  let best: { code: IndicatorCode; score: number } | undefined;
  for (const { code, synonyms, excludes } of sectors) {
    if (hasAnyPhrase(rest, excludes)) continue;
    for (const synonym of synonyms) {
      if (rest.length - synonym.length > 2 || !isSubsequence(rest, synonym)) continue;
      const score = synonym.length * 2 - (rest.length - synonym.length);
      if (!best || score > best.score) best = { code, score };
    }
  }
  return best?.code;
}

const fundingFillers = compilePhrases([
  'von',
  'nguon',
  'kinh phi',
  'ngan sach',
  'trieu dong',
  'ty dong',
]);
const funding = fundingCatalog.map((entry) => ({
  code: entry.code,
  synonyms: compilePhrases(entry.synonyms).map((s) => distinct(withoutFillers(s, fundingFillers))),
}));

/** Words without repeats: "Ngân sách trung ương (NSTW)" folds to "nstw nstw". */
function distinct(tokens: Tokens): string[] {
  return [...new Set(tokens)];
}

/** Funding source of a column header ("NSTW", "Ngân sách địa phương", "Vốn khác", "Tổng số"). */
export function matchFunding(tokens: Tokens): IndicatorCode | undefined {
  const rest = distinct(withoutFillers(tokens, fundingFillers));
  if (rest.length === 0) return undefined;
  for (const { code, synonyms } of funding) {
    if (synonyms.some((s) => s.length === rest.length && s.every((t, i) => rest[i] === t))) {
      return code;
    }
  }
  return undefined;
}

const blockFillerPhrases = compilePhrases([...blockFillers, 'va']);

/** The block a block row names: "I. Hợp tác xã", "Tổ hợp tác (THT)", "- Hợp tác xã:". */
export function blockOf(tokens: Tokens): Block | undefined {
  const rest = withoutFillers(tokens, blockFillerPhrases);
  if (rest.length === 0) return undefined;
  if (!rest.every((t) => (ENTITIES as readonly string[]).includes(t))) return undefined;
  return rest[0] as Block;
}
