// Helpers over the element trees of xml.mjs, and the namespaces of the add-in manifest.

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  ov11: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const PREFIX_OF = Object.fromEntries(Object.entries(NS).map(([prefix, uri]) => [uri, prefix]));

/** `ov:Host`, `bt:Image`: the element's name with our fixed prefix, whatever the file used. */
export function qualified(el) {
  return `${PREFIX_OF[el.ns] ?? `{${el.ns}}`}:${el.local}`;
}

export function attr(el, local, ns = '') {
  return el.attrs.find((a) => a.local === local && a.ns === ns)?.value;
}

/** The xsi:type of an element without any prefix ("Workbook", "ShowTaskpane"). */
export function xsiType(el) {
  const type = attr(el, 'type', NS.xsi);
  return type === undefined ? undefined : type.slice(type.indexOf(':') + 1);
}

export function children(el, local, ns = el.ns) {
  return el.children.filter((c) => c.local === local && c.ns === ns);
}

export function child(el, local, ns = el.ns) {
  return children(el, local, ns)[0];
}

/** Every element below `el` (itself included), depth first, in document order. */
export function* descendants(el) {
  yield el;
  for (const c of el.children) yield* descendants(c);
}

export function findAll(root, local, ns) {
  return [...descendants(root)].filter((el) => el.local === local && el.ns === ns);
}

/** "<Label> (line 12)": how problems point at an element. */
export function at(el) {
  return `<${el.name}> (line ${el.line})`;
}
