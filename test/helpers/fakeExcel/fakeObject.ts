/**
 * The proxy behaviour every fake object shares: `load` queues, values arrive at sync, reading
 * what was not loaded throws PropertyNotLoaded, `isNullObject` is known after a loading sync.
 */
import { type FakeContext, sizeOf } from './context';
import { notFaked, notLoaded } from './errors';

export type LoadNames = string | string[];

export abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullness: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  /** The properties `load()` reads when given no names. */
  protected abstract readonly properties: readonly string[];

  /** Reads one property at sync. */
  protected abstract readProperty(name: string): unknown;

  /** A navigation property (`format`, `fill`) as an object of its own. */
  protected child(_name: string): FakeObject | undefined {
    return undefined;
  }

  /** False for a null object; throws (ItemNotFound…) when the object cannot be resolved. */
  protected exists(): boolean {
    return true;
  }

  /** Cells read by `name`, for the host's limit on cells per read. */
  protected cellsOf(_name: string): number {
    return 0;
  }

  load(names?: LoadNames): this {
    const list = names === undefined ? [...this.properties] : namesOf(names);
    for (const name of list) this.checkName(name);
    this.context.enqueue({ run: () => this.loadNow(list) });
    return this;
  }

  /** Runs inside a sync; no names means the default properties. */
  loadNow(names?: string[]): void {
    const list = names ?? [...this.properties];
    const exists = this.exists();
    this.context.stage(() => (this.nullness = !exists));
    if (!exists) return;
    for (const name of list) {
      const slash = name.indexOf('/');
      if (slash >= 0) {
        this.child(name.slice(0, slash))!.loadNow([name.slice(slash + 1)]);
        continue;
      }
      const value = this.readProperty(name);
      this.context.stage(() => this.loaded.set(name, value), value, this.cellsOf(name));
    }
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw notLoaded('isNullObject');
    return this.nullness;
  }

  protected get<T>(name: string): T {
    if (this.nullness === true) {
      throw new Error(`fakeExcel: reading ${name} of a null object; check isNullObject first`);
    }
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Setting a property queues the write and makes the property readable at once. */
  protected setProperty(name: string, value: unknown, apply: () => void, api?: number): void {
    this.loaded.set(name, value);
    this.context.enqueue({ run: apply, requestBytes: sizeOf(value), api });
  }

  protected call(apply: () => void, argument?: unknown, api?: number): void {
    this.context.enqueue({ run: apply, requestBytes: sizeOf(argument), api });
  }

  protected checkName(name: string): void {
    const head = name.split('/')[0];
    if (name.includes('/')) {
      const child = this.child(head);
      if (!child) throw notFaked(`${this.constructor.name}.${head}`);
      child.checkName(name.slice(head.length + 1));
    } else if (!this.properties.includes(name)) {
      throw notFaked(`${this.constructor.name}.${name}`);
    }
  }
}

export function namesOf(names: LoadNames): string[] {
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

/** A value a method returns, readable after the sync that ran the method. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}

/** A collection: `load('items/name')` loads each item; `items` is readable after the sync. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected readonly properties: readonly string[] = ['items'];
  private itemList: T[] | undefined;

  /** The items as they are at sync. */
  protected abstract list(): T[];

  protected readProperty(name: string): unknown {
    throw notFaked(`${this.constructor.name}.${name}`);
  }

  override loadNow(names?: string[]): void {
    const items = this.list();
    const rest = (names ?? ['items'])
      .filter((name) => name.startsWith('items/'))
      .map((name) => name.slice('items/'.length));
    for (const item of items) item.loadNow(rest.length > 0 ? rest : undefined);
    this.context.stage(() => (this.itemList = items));
  }

  protected override checkName(name: string): void {
    if (name !== 'items' && !name.startsWith('items/')) throw notFaked(`collection.${name}`);
  }

  get items(): T[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
}

/**
 * An object whose settings are plain values (`cf.dataBar.positiveFormat.fillColor = …`): each
 * assignment queues, and lands at sync in `target()` under its dotted path.
 */
export function settingsRecorder(
  context: FakeContext,
  target: () => Record<string, unknown>,
  prefix: string,
  nested: readonly string[] = [],
  api?: number,
): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_, prop) => {
        if (typeof prop === 'string' && nested.includes(prop)) {
          return settingsRecorder(context, target, `${prefix}${prop}.`, [], api);
        }
        throw notFaked(`reading ${prefix}${String(prop)}`);
      },
      set: (_, prop, value) => {
        const key = `${prefix}${String(prop)}`;
        context.enqueue({ run: () => (target()[key] = value), requestBytes: sizeOf(value), api });
        return true;
      },
    },
  );
}
