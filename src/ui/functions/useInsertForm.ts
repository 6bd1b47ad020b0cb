/**
 * State and actions of one function's insert form: the arguments typed or picked, the preview,
 * the overwrite question, and the notice that reports how it went. Every host call goes through
 * `run`, so a failure always ends as an error notice and never as a silent no-op.
 */
import { useCallback, useMemo, useState } from 'react';
import { parseReference } from '../../app/cellReference';
import { buildFunctionFormula, type FormulaDraft } from '../../app/functionFormula';
import {
  insertFunction,
  overwriteWithFunction,
  type InsertOutcome,
} from '../../app/insertFunction';
import type { SelectionPort } from '../../app/ports';
import type { FunctionInfo } from '../../core/catalog/functionCatalog';
import { errorNotice, type Notice } from '../notice';

export interface PendingOverwrite {
  address: string;
  formula: string;
  content: string;
}

export interface InsertForm {
  args: readonly string[];
  draft: FormulaDraft;
  /** Problems to show now: "missing" only after the user tried to insert. */
  visibleProblems: FormulaDraft['problems'];
  busy: boolean;
  notice?: Notice;
  pendingOverwrite?: PendingOverwrite;
  setArgument(index: number, value: string): void;
  pickSelectionFor(index: number): Promise<void>;
  /** Returns false when an argument needs fixing first. */
  submit(): Promise<boolean>;
  confirmOverwrite(): Promise<void>;
  cancelOverwrite(): void;
}

export function useInsertForm(info: FunctionInfo, selection: SelectionPort): InsertForm {
  const [args, setArgs] = useState<readonly string[]>(() => info.parameters.map(() => ''));
  const [submitted, setSubmitted] = useState(false);
  // The sheet of the last selection seen: references into it are previewed without its name.
  const [sheet, setSheet] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [pendingOverwrite, setPendingOverwrite] = useState<PendingOverwrite>();

  const draft = useMemo(() => buildFunctionFormula(info, args, { sheet }), [info, args, sheet]);
  const visibleProblems = draft.problems.map((problem) =>
    problem === 'missing' && !submitted ? undefined : problem,
  );

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      return await action();
    } catch (error) {
      setNotice(errorNotice(error));
    } finally {
      setBusy(false);
    }
  }, []);

  const setArgument = useCallback((index: number, value: string) => {
    setArgs((current) => current.map((arg, i) => (i === index ? value : arg)));
  }, []);

  const pickSelectionFor = (index: number) =>
    run(async () => {
      const address = await selection.getSelectedAddress();
      setSheet(parseReference(address)?.sheet);
      setArgument(index, address);
    });

  const report = (outcome: InsertOutcome) => {
    if (outcome.status === 'occupied') {
      const { address, formula, content } = outcome;
      setPendingOverwrite({ address, formula, content });
    } else if (outcome.status === 'circular') {
      setNotice({
        intent: 'warning',
        title: 'insert.circular.title',
        message: 'insert.circular',
        params: { address: outcome.address },
      });
    } else {
      setSheet(parseReference(outcome.address)?.sheet);
      setNotice({
        intent: 'success',
        title: 'insert.written.title',
        message: 'insert.written',
        params: { address: outcome.address, formula: outcome.formula },
      });
    }
  };

  const submit = async () => {
    setSubmitted(true);
    if (!draft.formula) return false;
    await run(async () => report(await insertFunction(selection, info, args)));
    return true;
  };

  const confirmOverwrite = async () => {
    const pending = pendingOverwrite;
    if (!pending) return;
    setPendingOverwrite(undefined);
    await run(async () =>
      report(await overwriteWithFunction(selection, pending.address, pending.formula)),
    );
  };

  const cancelOverwrite = () => {
    if (pendingOverwrite) {
      const params = { address: pendingOverwrite.address };
      setNotice({ intent: 'info', message: 'insert.cancelled', params });
    }
    setPendingOverwrite(undefined);
  };

  return {
    args,
    draft,
    visibleProblems,
    busy,
    notice,
    pendingOverwrite,
    setArgument,
    pickSelectionFor,
    submit,
    confirmOverwrite,
    cancelOverwrite,
  };
}
