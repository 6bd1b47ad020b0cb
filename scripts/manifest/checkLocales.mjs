// Vietnamese first (DESIGN.md §4): the name, the description and every string a user reads in
// the ribbon have a vi-VN override. The functions namespace is exempt: formulas say HTX.… in
// every language.
import { definedResources, resourceUses, resourceValues } from './resources.mjs';
import { NS, at, child, attr } from './tree.mjs';

export const LOCALE = 'vi-VN';

export function checkLocales({ root }) {
  const problems = [];
  for (const local of ['DisplayName', 'Description']) {
    const el = child(root, local, NS.app);
    if (!el) continue; // checkOrder reports the missing element.
    const override = el.children.find(
      (o) => o.local === 'Override' && attr(o, 'Locale')?.toLowerCase() === LOCALE.toLowerCase(),
    );
    if (!override || !attr(override, 'Value')?.trim()) {
      problems.push(`${at(el)} has no <Override Locale="${LOCALE}"> with a value`);
    }
  }
  const readByPeople = new Set(
    resourceUses(root)
      .filter((use) => use.el.local !== 'Namespace')
      .map((use) => use.resid),
  );
  for (const resource of definedResources(root)) {
    if (!['short', 'long'].includes(resource.kind) || !readByPeople.has(resource.id)) continue;
    const vi = resourceValues(resource).overrides.find((o) => o.locale === LOCALE.toLowerCase());
    if (!vi || !vi.value?.trim()) {
      problems.push(`${at(resource.el)} "${resource.id}" has no <bt:Override Locale="${LOCALE}">`);
    }
  }
  return problems;
}
