/**
 * The views of the pane, as data: each a tab. The workbook views ("Kiểm tra", "Tính toán",
 * "Quy tắc nhập liệu", "Hoàn tác") render from the host's WorkbookPort, or say why they cannot
 * when the host has none (the function guide opened in a plain browser).
 */
import { Fragment, type ReactNode } from 'react';
import type { HostPorts } from '../app/ports';
import type { WorkbookPort } from '../app/workbookPort';
import { CalculationsView } from './calc/CalculationsView';
import { CheckView } from './check/CheckView';
import { WorkbookNeeded } from './check/WorkbookNeeded';
import { FunctionGuide } from './functions/FunctionGuide';
import type { MessageCode } from './messages/useMessages';
import { EntryRulesView } from './rules/EntryRulesView';
import { SummaryView } from './summary/SummaryView';
import { UndoView } from './undo/UndoView';

export type ViewId = 'functions' | 'check' | 'calc' | 'rules' | 'summary' | 'undo';

export interface ViewDefinition {
  id: ViewId;
  label: MessageCode;
  render(ports: HostPorts): ReactNode;
}

const workbookKeys = new WeakMap<WorkbookPort, number>();
let opened = 0;

/**
 * A view over the workbook, keyed by the port so that its state (the last check, a preview)
 * starts afresh when the host opens another workbook.
 */
function withWorkbook(ports: HostPorts, render: (workbook: WorkbookPort) => ReactNode) {
  const { workbook } = ports;
  if (!workbook) return <WorkbookNeeded />;
  if (!workbookKeys.has(workbook)) workbookKeys.set(workbook, ++opened);
  return <Fragment key={workbookKeys.get(workbook)}>{render(workbook)}</Fragment>;
}

export const views: readonly ViewDefinition[] = [
  {
    id: 'functions',
    label: 'view.functions',
    render: (ports) => <FunctionGuide selection={ports.selection} />,
  },
  {
    id: 'check',
    label: 'view.check',
    render: (ports) =>
      withWorkbook(ports, (workbook) => (
        <CheckView workbook={workbook} saveFile={ports.saveFile} />
      )),
  },
  {
    id: 'calc',
    label: 'view.calc',
    render: (ports) => withWorkbook(ports, (workbook) => <CalculationsView workbook={workbook} />),
  },
  {
    id: 'rules',
    label: 'view.rules',
    render: (ports) => withWorkbook(ports, (workbook) => <EntryRulesView workbook={workbook} />),
  },
  {
    id: 'summary',
    label: 'view.summary',
    render: (ports) => withWorkbook(ports, (workbook) => <SummaryView workbook={workbook} />),
  },
  {
    id: 'undo',
    label: 'view.undo',
    render: (ports) => withWorkbook(ports, (workbook) => <UndoView workbook={workbook} />),
  },
];
