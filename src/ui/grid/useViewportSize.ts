/**
 * The size of the grid's scrolling box, followed as the window or the panes change. Where no
 * layout exists (tests in jsdom) a typical screen's size is assumed, so a window still renders.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

const assumed = { width: 1000, height: 600 };

export function useViewportSize(element: RefObject<HTMLElement>): {
  width: number;
  height: number;
} {
  const [size, setSize] = useState(assumed);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const width = target.clientWidth || assumed.width;
      const height = target.clientHeight || assumed.height;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
