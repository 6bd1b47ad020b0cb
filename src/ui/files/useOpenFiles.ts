/**
 * The web app's open files: opening from the file input, a drop or the example, reading and
 * checking them one after another (one worker), re-checking a workbook after each change, and
 * which file is on screen. A file that cannot be read becomes a `failed` entry; the others go on.
 */
import { useCallback, useRef, useState } from 'react';
import type { FileWorkbook, OpenedFile, WorkbookOpener } from './openedFile';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface OpenFiles {
  files: OpenedFile[];
  current: OpenedFile | undefined;
  select(id: string): void;
  /** Resolves when every file given has been read and checked (or failed). */
  openFiles(files: readonly File[]): Promise<void>;
  openBytes(items: readonly NamedBytes[]): Promise<void>;
}

export function useOpenFiles(opener: WorkbookOpener): OpenFiles {
  const [files, setFiles] = useState<OpenedFile[]>([]);
  const [currentId, setCurrentId] = useState<string>();
  const nextId = useRef(1);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const replace = useCallback((id: string, change: (file: OpenedFile) => OpenedFile) => {
    setFiles((list) => list.map((file) => (file.id === id ? change(file) : file)));
  }, []);

  const check = useCallback(
    (id: string, name: string, workbook: FileWorkbook): Promise<void> => {
      queue.current = queue.current.then(async () => {
        try {
          const opened = await opener.check(workbook, (progress) =>
            replace(id, (file) => (file.state === 'reading' ? { ...file, progress } : file)),
          );
          replace(id, () => ({ id, name, state: 'ready', opened, workbook }));
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          replace(id, () => ({
            id,
            name,
            state: 'failed',
            error: opener.errorCode(error),
            detail,
          }));
        }
      });
      return queue.current;
    },
    [opener, replace],
  );

  const openBytes = useCallback(
    (items: readonly NamedBytes[]): Promise<void> => {
      const added = items.map(({ name, bytes }) => {
        const id = `file-${nextId.current++}`;
        const workbook = opener.workbookOf(name, bytes);
        // After an action changed the workbook, its findings and grid are read again; the
        // previous result stays on screen meanwhile.
        workbook.onChange(() => {
          replace(id, (file) =>
            file.state === 'ready'
              ? { id, name, state: 'reading', previous: file.opened, workbook }
              : file,
          );
          void check(id, name, workbook);
        });
        return { id, name, workbook };
      });
      if (added.length === 0) return Promise.resolve();
      setFiles((list) => [
        ...list,
        ...added.map(({ id, name, workbook }) => ({
          id,
          name,
          state: 'reading' as const,
          workbook,
        })),
      ]);
      setCurrentId(added[0].id);
      return Promise.all(added.map(({ id, name, workbook }) => check(id, name, workbook))).then(
        () => undefined,
      );
    },
    [opener, check, replace],
  );

  const openFiles = useCallback(
    async (chosen: readonly File[]): Promise<void> => {
      const items: NamedBytes[] = [];
      for (const file of chosen) {
        try {
          items.push({ name: file.name, bytes: await fileBytes(file) });
        } catch (error) {
          // The browser could not read it (removed meanwhile, a folder): listed as failed.
          const id = `file-${nextId.current++}`;
          const detail = error instanceof Error ? error.message : String(error);
          setFiles((list) => [
            ...list,
            { id, name: file.name, state: 'failed', error: 'unreadable', detail },
          ]);
          setCurrentId(id);
        }
      }
      await openBytes(items);
    },
    [openBytes],
  );

  const current = files.find((file) => file.id === currentId) ?? files[0];
  return { files, current, select: setCurrentId, openFiles, openBytes };
}

/** `Blob.arrayBuffer` where the browser has it; FileReader in older ones (and in jsdom). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}
