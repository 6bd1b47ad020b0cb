// Every resid used is defined, as the kind of resource its element needs, and every defined
// resource is used: Office rejects a manifest with a dangling resid, and an unused one is
// usually a typo on the side that uses it.
import { LIST_OF_KIND, definedResources, resourceUses } from './resources.mjs';
import { at } from './tree.mjs';

// bt:ReferenceId: 1 to 32 characters.
const MAX_ID_LENGTH = 32;

export function checkResources({ root }) {
  const problems = [];
  const defined = definedResources(root);
  const byId = new Map();
  for (const resource of defined) {
    if (!resource.id) problems.push(`${at(resource.el)} has no id`);
    else if (byId.has(resource.id)) {
      problems.push(
        `${at(resource.el)}: id "${resource.id}" is already defined at line ${byId.get(resource.id).el.line}`,
      );
    } else byId.set(resource.id, resource);
    if (resource.id && resource.id.length > MAX_ID_LENGTH) {
      problems.push(
        `${at(resource.el)}: id "${resource.id}" is longer than ${MAX_ID_LENGTH} characters`,
      );
    }
  }
  const used = new Set();
  for (const { resid, kind, el } of resourceUses(root)) {
    const resource = byId.get(resid);
    used.add(resid);
    if (!resource) problems.push(`${at(el)} uses resid "${resid}", which no resource defines`);
    else if (kind && resource.kind !== kind) {
      problems.push(
        `${at(el)} needs a resource in ${LIST_OF_KIND[kind]}, but "${resid}" is in ${LIST_OF_KIND[resource.kind]}`,
      );
    }
  }
  for (const resource of byId.values()) {
    if (!used.has(resource.id))
      problems.push(`${at(resource.el)}: "${resource.id}" is defined but never used`);
  }
  return problems;
}
