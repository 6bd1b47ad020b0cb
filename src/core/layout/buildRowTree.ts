/**
 * The outline of a table's rows: which row is a part or an "of which" of which other row.
 *
 * Numbering works like a document outline: a marker kind seen before (another "1.", another "-")
 * closes everything opened since its previous sibling; a new kind opens a level below the current
 * row, whatever the order of kinds. Unnumbered rows hang under the last numbered row (an empty STT
 * cell marks a sub-row), deeper when indented more. Block rows ("I. Hợp tác xã") restart the
 * outline; a total row above its parts opens them, a total row below ("Cộng") collects the
 * top-level rows before it.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import type { Block, RowRole } from './appendixTable';
import { entryOf } from './matchIndicator';
import type { MarkerKind } from './readRowLabels';

export interface RowDraft {
  kind: MarkerKind;
  indent: number;
  hasText: boolean;
  hasFigures: boolean;
  /** Set on block rows. */
  block?: Block;
  /** A pure total label ("Tổng số", "Cộng", "Toàn tỉnh"). */
  total: boolean;
  /** Starts like a total ("Tổng số HTX"): unnumbered rows below it are its children. */
  totalLike: boolean;
  /** A heading row without figures ("Trong đó:", "Chia ra:"). */
  heading?: 'of-which' | 'part';
  /** The label starts with "Trong đó:" / "Chia ra:" and goes on. */
  prefix?: 'of-which' | 'part';
  /** The label says what its children are ("…, trong đó:", "… theo lĩnh vực"). */
  opens?: 'of-which' | 'part';
  /** Tentative catalogue match, for layout hints. */
  measure?: BlockMeasure;
}

export interface RowPlace {
  role: RowRole;
  parent?: number;
  depth: number;
  block?: Block;
}

interface Open {
  row: number;
  kind: MarkerKind;
  indent: number;
  boundary: boolean;
  total: boolean;
  context?: { role: 'of-which' | 'part'; explicit: boolean };
}

export function buildRowTree(drafts: readonly RowDraft[]): RowPlace[] {
  const places: RowPlace[] = [];
  let stack: Open[] = [];
  let block: Block | undefined;
  let roots: number[] = [];
  let topTotal = false;

  const base = (): Open[] => stack.filter((o) => o.boundary && !o.total);

  drafts.forEach((draft, i) => {
    if (draft.block) {
      block = draft.block;
      stack = [{ row: i, kind: draft.kind, indent: 0, boundary: true, total: false }];
      places.push({ role: 'block', depth: 0, block });
      roots = [];
      topTotal = false;
      return;
    }
    if (draft.heading && !draft.hasFigures) {
      const top = stack[stack.length - 1];
      if (top && !top.boundary) top.context = { role: draft.heading, explicit: true };
      if (top && top.total) top.context = { role: draft.heading, explicit: true };
      places.push({ role: 'heading', depth: stack.length, block });
      return;
    }
    // A numbered "Tổng số" inside a block is that block's count (an item), not a table total.
    if (draft.total && !(block && draft.kind !== 'none')) {
      if (roots.length > 0 && !topTotal) {
        // "Cộng" below its parts: the top-level rows of this segment are its parts.
        for (const r of roots) places[r] = { ...places[r], role: 'part', parent: i };
        stack = base();
        roots = [];
      } else {
        stack = [...base(), total(i, draft)];
        topTotal = true;
      }
      places.push({ role: 'total', depth: 0, block });
      return;
    }

    popForRow(stack, draft);
    const parent = stack[stack.length - 1];
    const place: RowPlace = { role: draft.hasText ? 'item' : 'other', depth: stack.length, block };
    if (parent && !(parent.boundary && !parent.total)) {
      place.parent = parent.row;
      place.role = childRole(draft, parent, drafts[parent.row]);
      if (draft.prefix) parent.context = { role: draft.prefix, explicit: true };
    } else if (draft.hasText || draft.hasFigures) {
      roots.push(i);
    }
    places.push(place);
    stack.push({
      row: i,
      kind: draft.kind,
      indent: draft.indent,
      boundary: false,
      total: false,
      context: draft.opens
        ? { role: draft.opens, explicit: true }
        : draft.totalLike
          ? { role: 'part', explicit: false }
          : undefined,
    });
  });
  return places;
}

function total(row: number, draft: RowDraft): Open {
  return {
    row,
    kind: draft.kind,
    indent: draft.indent,
    boundary: true,
    total: true,
    context: { role: 'part', explicit: false },
  };
}

/** Closes the levels a row does not belong to. */
function popForRow(stack: Open[], draft: RowDraft): void {
  if (draft.kind !== 'none') {
    for (let p = stack.length - 1; p >= 0 && !stack[p].boundary; p--) {
      if (stack[p].kind === draft.kind) {
        stack.length = p;
        return;
      }
    }
    return;
  }
  if (draft.indent > 0) {
    while (
      top(stack) &&
      !top(stack)!.boundary &&
      top(stack)!.kind === 'none' &&
      top(stack)!.indent >= draft.indent
    )
      stack.pop();
    return;
  }
  // An unnumbered, unindented row: a sibling of the unnumbered rows before it...
  while (isPlainSibling(top(stack))) stack.pop();
  // ...unless it is a main indicator of its own under an implicit "Tổng số …" context.
  const entry = draft.measure ? entryOf(draft.measure) : undefined;
  const parent = top(stack);
  if (entry && !entry.under && !draft.prefix && parent && !parent.boundary) {
    if (!parent.context?.explicit) {
      while (top(stack) && !top(stack)!.boundary) stack.pop();
    }
  }
}

function isPlainSibling(open: Open | undefined): boolean {
  return (
    open !== undefined &&
    !open.boundary &&
    open.kind === 'none' &&
    open.indent === 0 &&
    open.context === undefined
  );
}

function top(stack: Open[]): Open | undefined {
  return stack[stack.length - 1];
}

function childRole(draft: RowDraft, parent: Open, parentDraft: RowDraft): RowRole {
  if (draft.prefix) return draft.prefix;
  if (parent.context) return parent.context.role;
  if (parent.total) return 'part';
  const entry = draft.measure ? entryOf(draft.measure) : undefined;
  // The catalogue knows "HTX ứng dụng công nghệ cao" is an "of which" of the HTX count, not of
  // a funding programme whose item merely shares its words.
  if (entry?.asChild && entry.under === parentDraft.measure) {
    return entry.asChild;
  }
  return 'part';
}
