// Formulas are typed =HTX.ATTAINMENT(…) in every language: the custom-functions namespace is HTX
// and no locale override changes it.
import { customFunctionsPoint, resourceById, resourceValues } from './resources.mjs';
import { at, attr, child } from './tree.mjs';

export const FUNCTIONS_NAMESPACE = 'HTX';

export function checkNamespace({ root }) {
  const point = customFunctionsPoint(root);
  if (!point) return ['no <ExtensionPoint xsi:type="CustomFunctions"> in the manifest'];
  const namespace = child(point, 'Namespace');
  if (!namespace) return [`${at(point)} has no <Namespace>`];
  const resource = resourceById(root, attr(namespace, 'resid'));
  if (!resource) return [`${at(namespace)} refers to no resource`];
  const { value, overrides } = resourceValues(resource);
  const problems = [];
  if (value !== FUNCTIONS_NAMESPACE) {
    problems.push(`${at(resource.el)}: the namespace is "${value}", not "${FUNCTIONS_NAMESPACE}"`);
  }
  for (const o of overrides) {
    if (o.value !== FUNCTIONS_NAMESPACE) {
      problems.push(`${at(o.el)}: the ${o.locale} override changes the namespace to "${o.value}"`);
    }
  }
  return problems;
}
