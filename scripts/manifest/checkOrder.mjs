// Elements in the order the add-in manifest schema requires (schemaOrder.mjs). Office refuses a
// manifest with a child out of order, and its validator then says "not a valid child", which
// sends people looking in the wrong place; here the message names both elements.
import { childOrder } from './schemaOrder.mjs';
import { NS, at, descendants, qualified, xsiType } from './tree.mjs';

export function checkOrder({ root }) {
  const problems = [];
  if (qualified(root) !== 'app:OfficeApp' || xsiType(root) !== 'TaskPaneApp') {
    return [`the root must be <OfficeApp xsi:type="TaskPaneApp"> in ${NS.app}, not ${at(root)}`];
  }
  for (const el of descendants(root)) {
    const type = xsiType(el);
    const key =
      type && childOrder[`${qualified(el)}[${type}]`] ? `${qualified(el)}[${type}]` : qualified(el);
    const sequence = childOrder[key];
    if (sequence) problems.push(...checkSequence(el, sequence));
  }
  return problems;
}

function parseItem(item, parentPrefix) {
  const [, name, suffix] = /^(.*?)([?*+]?)$/.exec(item);
  return {
    name: name.includes(':') ? name : `${parentPrefix}:${name}`,
    optional: suffix === '?' || suffix === '*',
    repeats: suffix === '*' || suffix === '+',
  };
}

function checkSequence(parent, sequence) {
  const items = sequence.map((item) => parseItem(item, qualified(parent).split(':')[0]));
  const problems = [];
  const seen = new Set();
  let current = -1;
  let currentEl = null;
  for (const el of parent.children) {
    const index = items.findIndex((item) => item.name === qualified(el));
    if (index < 0) {
      problems.push(`${at(el)} is not allowed inside ${at(parent)}`);
      continue;
    }
    if (index < current) {
      problems.push(`${at(el)} must come before ${at(currentEl)} inside ${at(parent)}`);
      continue;
    }
    if (index === current && !items[index].repeats) {
      problems.push(`${at(el)} appears more than once inside ${at(parent)}`);
    }
    seen.add(index);
    current = index;
    currentEl = el;
  }
  items.forEach((item, index) => {
    if (!item.optional && !seen.has(index)) {
      problems.push(`${at(parent)} lacks <${item.name.replace(/^(app|ov):/, '')}>`);
    }
  });
  return problems;
}
