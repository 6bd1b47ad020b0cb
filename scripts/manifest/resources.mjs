// The resources of VersionOverrides and the elements that refer to them by resid.
import { NS, attr, child, children, descendants, findAll } from './tree.mjs';

const KIND_OF_LIST = { Images: 'image', Urls: 'url', ShortStrings: 'short', LongStrings: 'long' };
export const LIST_OF_KIND = Object.fromEntries(
  Object.entries(KIND_OF_LIST).map(([list, kind]) => [kind, `bt:${list}`]),
);

// Which kind of resource each referring element needs (bt:ShortResourceReference, …).
const KIND_OF_REFERRER = {
  Image: 'image',
  Runtime: 'url',
  SourceLocation: 'url',
  FunctionFile: 'url',
  LearnMoreUrl: 'url',
  Label: 'short',
  Title: 'short',
  Namespace: 'short',
  Description: 'long',
};

/** Every defined resource: { id, kind, el } in document order. */
export function definedResources(root) {
  const resources = findAll(root, 'Resources', NS.ov)[0];
  if (!resources) return [];
  return Object.entries(KIND_OF_LIST).flatMap(([list, kind]) =>
    children(resources, list, NS.bt).flatMap((group) =>
      group.children.map((el) => ({ id: attr(el, 'id'), kind, el })),
    ),
  );
}

/** Every use of a resource: { resid, kind, el } in document order. */
export function resourceUses(root) {
  const overrides = findAll(root, 'VersionOverrides', NS.ov)[0];
  if (!overrides) return [];
  return [...descendants(overrides)]
    .filter((el) => attr(el, 'resid') !== undefined)
    .map((el) => ({ resid: attr(el, 'resid'), kind: KIND_OF_REFERRER[el.local], el }));
}

export function resourceById(root, id) {
  return definedResources(root).find((r) => r.id === id);
}

/** A resource's default value and its overrides by locale (lower case). */
export function resourceValues(resource) {
  const overrides = children(resource.el, 'Override', NS.bt).map((o) => ({
    locale: (attr(o, 'Locale') ?? '').toLowerCase(),
    value: attr(o, 'Value'),
    el: o,
  }));
  return { value: attr(resource.el, 'DefaultValue'), overrides };
}

/** The CustomFunctions extension point, if any. */
export function customFunctionsPoint(root) {
  return findAll(root, 'ExtensionPoint', NS.ov).find((el) =>
    attr(el, 'type', NS.xsi)?.endsWith('CustomFunctions'),
  );
}

/** resid of `<Parent><SourceLocation resid/></Parent>` under an element, e.g. Page, Metadata. */
export function sourceResid(el, local) {
  const part = el && child(el, local);
  const location = part && child(part, 'SourceLocation');
  return location && attr(location, 'resid');
}
