/** The workbook: worksheets, the selection, and custom XML parts (ExcelApi 1.5). */
import { parseReference } from '../../../src/app/cellReference';
import type { FakeContext } from './context';
import { notFaked, officeError } from './errors';
import { FakeClientResult, FakeCollection, FakeObject } from './fakeObject';
import { FakeRange } from './range';
import type { XmlPart } from './state';
import { FakeWorksheetCollection } from './worksheet';

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
  }

  getSelectedRange(): FakeRange {
    const { state } = this.context;
    return new FakeRange(this.context, () => ({
      sheet: state.active,
      area: parseReference(state.selection)!,
    }));
  }
}

export class FakeCustomXmlPart extends FakeObject {
  protected readonly properties = ['id', 'namespaceUri'];
  constructor(
    context: FakeContext,
    private readonly resolve: () => XmlPart | null,
  ) {
    super(context);
  }
  protected override exists(): boolean {
    return this.resolve() !== null;
  }
  protected readProperty(name: string): unknown {
    return this.resolve()![name as 'id' | 'namespaceUri'];
  }
  get id(): string {
    return this.get('id');
  }
  get namespaceUri(): string {
    return this.get('namespaceUri');
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.call(() => {
      const part = this.resolve();
      // How Office.js treats a method call on a null object is not documented; adapters
      // check isNullObject first, and the fake holds them to it.
      if (!part) throw notFaked('CustomXmlPart.getXml on a null object');
      this.context.stage(() => result.set(part.xml), part.xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.call(() => {
      const part = this.resolve()!;
      part.namespaceUri = namespaceOf(xml);
      part.xml = xml;
    }, xml);
  }
  delete(): void {
    this.call(() => {
      const part = this.resolve()!;
      this.context.state.xmlParts = this.context.state.xmlParts.filter((p) => p !== part);
    });
  }
}

class FakeCustomXmlPartScopedCollection extends FakeCollection<FakeCustomXmlPart> {
  constructor(
    context: FakeContext,
    private readonly matching: () => XmlPart[],
  ) {
    super(context);
  }
  protected list(): FakeCustomXmlPart[] {
    return this.matching().map((part) => new FakeCustomXmlPart(this.context, () => part));
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call(() => {
      const count = this.matching().length;
      this.context.stage(() => result.set(count), count);
    });
    return result;
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      () => this.matching().find((p) => p.id === id) ?? null,
    );
  }
  /** A null object unless exactly one part matches. */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => {
      const parts = this.matching();
      return parts.length === 1 ? parts[0] : null;
    });
  }
}

class FakeCustomXmlPartCollection extends FakeCustomXmlPartScopedCollection {
  constructor(private readonly ownContext: FakeContext) {
    super(ownContext, () => ownContext.state.xmlParts);
  }
  add(xml: string): FakeCustomXmlPart {
    const { state } = this.ownContext;
    const id = `{FAKE-PART-${state.nextPartId++}}`;
    this.call(() => {
      state.xmlParts.push({ id, namespaceUri: namespaceOf(xml), xml });
    }, xml);
    return new FakeCustomXmlPart(
      this.ownContext,
      () => state.xmlParts.find((part) => part.id === id) ?? null,
    );
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.ownContext, () =>
      this.ownContext.state.xmlParts.filter((part) => part.namespaceUri === namespaceUri),
    );
  }
}

/** The namespace of the root element; Excel refuses text that is not an XML document. */
function namespaceOf(xml: string): string {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<([\w.:-]+)([^>]*)>/.exec(xml);
  if (!root) throw officeError('InvalidArgument', 'CustomXmlPartCollection.add');
  const prefix = root[1].includes(':') ? `:${root[1].split(':')[0]}` : '';
  const declared = new RegExp(`\\sxmlns${prefix}="([^"]*)"`).exec(root[2]);
  return declared ? declared[1] : '';
}
