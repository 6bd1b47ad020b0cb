/**
 * Events (ExcelApi 1.9): `worksheets.onChanged.add(handler)` registers at sync and gives an
 * EventHandlerResult whose `remove()` unregisters at a later sync, in a run on the same context
 * (`Excel.run(result.context, …)`), as Office.js requires. Cell writes made by the add-in
 * (`values`, `formulas`) raise WorksheetChanged, with `triggerSource: 'ThisLocalAddin'` from
 * ExcelApi 1.14; a user's edit is raised by the test (`FakeExcel.userEdit`).
 *
 * Delivery: the handlers are called once the sync that made the change ends, before that
 * `sync()` resolves. Real Excel delivers events asynchronously, possibly later.
 */
import type { FakeContext } from './context';
import { officeError } from './errors';
import type { ChangedEvent, ChangedHandler, Sheet, State } from './state';

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly handlers: Set<ChangedHandler>,
    private readonly handler: ChangedHandler,
  ) {}

  /** Queues the removal; it takes effect at the next sync of a run on `context`. */
  remove(): void {
    this.context.enqueue({ run: () => this.handlers.delete(this.handler), api: 9 });
  }
}

export class FakeEventSource {
  constructor(
    private readonly context: FakeContext,
    private readonly handlers: Set<ChangedHandler>,
  ) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw officeError('InvalidArgument', 'onChanged.add');
    this.context.enqueue({ run: () => this.handlers.add(handler), api: 9 });
    return new FakeEventHandlerResult(this.context, this.handlers, handler);
  }
}

export function changedEvent(
  state: State,
  sheet: Sheet,
  address: string,
  triggerSource: ChangedEvent['triggerSource'],
): ChangedEvent {
  return {
    type: 'WorksheetChanged',
    worksheetId: sheet.id,
    address,
    changeType: 'RangeEdited',
    source: 'Local',
    ...(state.apiMinor >= 14 && { triggerSource: triggerSource ?? 'Unknown' }),
  };
}

/** Calls every registered handler; their promises are kept for `FakeExcel.eventsSettled`. */
export function dispatch(state: State, event: ChangedEvent): Promise<unknown> {
  const runs = [...state.changedHandlers].map((handler) => handler(event));
  const all = Promise.all(runs);
  state.handlerRuns.push(all);
  return all;
}
