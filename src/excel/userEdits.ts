/**
 * The user's edits, for the task pane's live re-check (WorkbookPort.onUserEdit): one handler on
 * `worksheets.onChanged` (ExcelApi 1.9) while anyone listens, each event forwarded with the
 * changed sheet's name (the UI debounces). The add-in's own writes are not the user's: from
 * ExcelApi 1.14 the event's `triggerSource` says so; below it, events raised while a plan is
 * being applied (`whileApplying`) are dropped.
 *
 * A handler added in a run is removed in a run on that run's context
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events): the
 * EventHandlerResult keeps it.
 */
import type { WorkbookChange } from '../app/workbookPort';
import { supports, type ExcelHost } from './excelHost';

export type UserEditListener = (change: WorkbookChange) => void;

export interface UserEdits {
  /** Subscribes `listener`; returns the unsubscribe function. */
  onUserEdit(listener: UserEditListener): () => void;
  /** Runs the add-in's own write; below ExcelApi 1.14 the events it raises are dropped. */
  whileApplying<T>(write: () => Promise<T>): Promise<T>;
}

/** `Excel.EventTriggerSource.thisLocalAddin`, without needing Office.js loaded. */
const THIS_LOCAL_ADDIN = 'ThisLocalAddin';

type Registration = Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>;

export function createUserEdits(host: ExcelHost): UserEdits {
  const listeners = new Set<UserEditListener>();
  const knowsTrigger = supports(host, 'eventTriggerSource');
  let applying = 0;
  let registration: Registration | undefined;

  const isOwn = (event: Excel.WorksheetChangedEventArgs) =>
    knowsTrigger ? event.triggerSource === THIS_LOCAL_ADDIN : applying > 0;

  /** The sheet's name now: the event gives only its id. Undefined once the sheet is gone. */
  const sheetName = (worksheetId: string) =>
    host.run({}, async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(worksheetId).load('name');
      await context.sync();
      return worksheet.isNullObject ? undefined : worksheet.name;
    });

  const subscribe = (): Registration => {
    const mine: Registration = host.run({}, async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        // Checked as the event arrives: the flag is down again by the time the name is read.
        if (registration !== mine || isOwn(event)) return;
        const name = await sheetName(event.worksheetId).catch(() => undefined);
        if (name === undefined || registration !== mine) return;
        for (const listener of [...listeners]) listener({ sheets: [name] });
      });
      await context.sync();
      return result;
    });
    // A failed registration leaves no live check; the next subscriber tries again.
    mine.catch(() => {
      if (registration === mine) registration = undefined;
    });
    return mine;
  };

  const unsubscribe = (pending: Registration) => {
    pending
      .then((result) =>
        host.run(result.context, async (context) => {
          result.remove();
          await context.sync();
        }),
      )
      // Nothing to remove when the registration failed; a handler left behind is inert
      // (it checks that its registration is still the current one).
      .catch(() => undefined);
  };

  return {
    onUserEdit(listener) {
      // A function given twice is two subscriptions.
      const own: UserEditListener = (change) => listener(change);
      listeners.add(own);
      registration ??= subscribe();
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(own);
        if (listeners.size > 0 || !registration) return;
        const pending = registration;
        registration = undefined;
        unsubscribe(pending);
      };
    },

    async whileApplying(write) {
      applying += 1;
      try {
        return await write();
      } finally {
        applying -= 1;
      }
    },
  };
}
