/**
 * Collects replacements at positions of one string and applies them in a single pass, so that a
 * thousand cell edits in a large sheet cost one copy of the sheet rather than a thousand.
 */
interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

export class TextSplicer {
  private readonly splices: Splice[] = [];

  constructor(readonly source: string) {}

  replace(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text, order: this.splices.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get isEmpty(): boolean {
    return this.splices.length === 0;
  }

  apply(): string {
    if (this.splices.length === 0) return this.source;
    const sorted = [...this.splices].sort((a, b) => a.start - b.start || a.order - b.order);
    const parts: string[] = [];
    let pos = 0;
    for (const splice of sorted) {
      if (splice.start < pos) throw new Error(`overlapping edits at ${splice.start}`);
      parts.push(this.source.slice(pos, splice.start), splice.text);
      pos = splice.end;
    }
    parts.push(this.source.slice(pos));
    return parts.join('');
  }
}
