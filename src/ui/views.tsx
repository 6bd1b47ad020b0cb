/**
 * The views of the pane, as data: each a tab. Issue 5 adds "Kiểm tra", "Tính toán" and
 * "Quy tắc nhập liệu" here, each rendering from the host's ports.
 */
import type { ReactNode } from 'react';
import type { HostPorts } from '../app/ports';
import { FunctionGuide } from './functions/FunctionGuide';
import type { MessageCode } from './messages/useMessages';

export type ViewId = 'functions';

export interface ViewDefinition {
  id: ViewId;
  label: MessageCode;
  render(ports: HostPorts): ReactNode;
}

export const views: readonly ViewDefinition[] = [
  {
    id: 'functions',
    label: 'view.functions',
    render: (ports) => <FunctionGuide selection={ports.selection} />,
  },
];
