/**
 * Contract mistakes of the plan builders (DESIGN.md §6: findings are data, contract mistakes
 * throw named Error subclasses). The UI prevents each of them; a throw means a caller bug.
 */

/** A sheet named by a finding, a table or a journal entry is not in the snapshot. */
export class SheetNotInSnapshotError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet not in the snapshot: ${sheet}`);
    this.name = 'SheetNotInSnapshotError';
  }
}

/** "Áp dụng" on a finding without a suggested value. */
export class NoSuggestionError extends Error {
  constructor(readonly rule: string) {
    super(`The finding of rule ${rule} has no suggestion to apply`);
    this.name = 'NoSuggestionError';
  }
}

/** "Bỏ qua" needs a reason (issue 5): an empty or blank reason is refused. */
export class MissingReasonError extends Error {
  constructor() {
    super('Accepting a finding needs a reason');
    this.name = 'MissingReasonError';
  }
}

/** Accepted findings carry a calendar date, YYYY-MM-DD (DESIGN.md §4). */
export class InvalidDateError extends Error {
  constructor(readonly date: string) {
    super(`Not a YYYY-MM-DD date: ${date}`);
    this.name = 'InvalidDateError';
  }
}

/** "Hoàn tác" of an action the journal does not know, or one already undone. */
export class UndoError extends Error {
  constructor(
    readonly action: string,
    readonly reason: 'unknown-action' | 'already-undone',
  ) {
    super(`Cannot undo action ${action}: ${reason}`);
    this.name = 'UndoError';
  }
}
