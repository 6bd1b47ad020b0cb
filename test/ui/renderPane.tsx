/** Builders for the pane's tests: a stub SelectionPort and the App rendered around it. */
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HostPorts, SelectionPort, SettingsStore, WriteOptions } from '../../src/app/ports';
import { CellNotEmptyError } from '../../src/app/workbookErrors';
import { App } from '../../src/ui/App';
import { createMemorySettings } from '../../src/ui/localStorageSettings';
import type { Notice } from '../../src/ui/notice';

// Fluent renders a large tree; on a busy machine the default 1 s for findBy/waitFor is short.
configure({ asyncUtilTimeout: 5000 });

export interface StubSelection extends SelectionPort {
  /** The address the next getSelectedAddress returns. */
  selected: string;
  /** Cells that hold something, by the address the port is given. */
  occupied: Record<string, string>;
  writes: { address: string; formula: string; options?: WriteOptions }[];
  /** Makes every call fail with this error. */
  failure?: unknown;
}

export function stubSelection(selected = 'Sheet1!F12'): StubSelection {
  const stub: StubSelection = {
    selected,
    occupied: {},
    writes: [],
    async getSelectedAddress() {
      if (stub.failure) throw stub.failure;
      return stub.selected;
    },
    async writeFormula(address, formula, options) {
      if (stub.failure) throw stub.failure;
      if (stub.occupied[address] !== undefined && !options?.overwrite) {
        throw new CellNotEmptyError(address, stub.occupied[address]);
      }
      stub.writes.push({ address, formula, ...(options && { options }) });
    },
  };
  return stub;
}

export function renderPane(
  options: { ports?: HostPorts; settings?: SettingsStore; hostNotice?: Notice } = {},
) {
  const settings = options.settings ?? createMemorySettings();
  const ports = options.ports ?? { selection: stubSelection() };
  const user = userEvent.setup();
  const view = render(<App ports={ports} settings={settings} hostNotice={options.hostNotice} />);
  return { ...view, user, settings, ports };
}
