/**
 * Dropping files anywhere on the page opens them. `dragging` says when to show the drop hint.
 * The counter copes with dragenter/dragleave firing for every child element crossed.
 */
import { useEffect, useState } from 'react';

export function useFileDrop(onDrop: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const element = document;
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: Event) => {
      if (!carriesFiles(event as DragEvent)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: Event) => {
      // Without this the browser opens the dropped file itself, leaving the app.
      if (carriesFiles(event as DragEvent)) event.preventDefault();
    };
    const drop = (event: Event) => {
      const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onDrop(files);
    };
    element.addEventListener('dragenter', enter);
    element.addEventListener('dragleave', leave);
    element.addEventListener('dragover', over);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragenter', enter);
      element.removeEventListener('dragleave', leave);
      element.removeEventListener('dragover', over);
      element.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return dragging;
}
