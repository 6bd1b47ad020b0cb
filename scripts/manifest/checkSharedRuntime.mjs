// The pane and the functions run in one shared runtime (DESIGN.md §1). Office loads it only when
// the Runtime, the functions Page, FunctionFile and every ShowTaskpane use the same resid, with
// lifetime="long", and when the manifest requires SharedRuntime 1.1:
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
import { customFunctionsPoint, sourceResid } from './resources.mjs';
import { NS, at, attr, child, findAll, xsiType } from './tree.mjs';

export function checkSharedRuntime({ root }) {
  const runtimes = findAll(root, 'Runtime', NS.ov);
  if (runtimes.length !== 1) return [`expected one <Runtime>, found ${runtimes.length}`];
  const [runtime] = runtimes;
  const resid = attr(runtime, 'resid');
  const problems = [];
  if (attr(runtime, 'lifetime') !== 'long') problems.push(`${at(runtime)} needs lifetime="long"`);
  const sameResid = (el, what) => {
    if (el && attr(el, 'resid') !== resid) {
      problems.push(`${at(el)}: ${what} uses "${attr(el, 'resid')}", the runtime "${resid}"`);
    }
  };
  const point = customFunctionsPoint(root);
  const pageResid = sourceResid(point, 'Page');
  if (point && pageResid !== resid) {
    problems.push(`${at(point)}: the functions <Page> uses "${pageResid}", the runtime "${resid}"`);
  }
  findAll(root, 'FunctionFile', NS.ov).forEach((el) => sameResid(el, 'FunctionFile'));
  findAll(root, 'Action', NS.ov)
    .filter((el) => xsiType(el) === 'ShowTaskpane')
    .forEach((el) => sameResid(child(el, 'SourceLocation'), 'the task pane'));
  const sets = findAll(root, 'Set', NS.app).map((el) => attr(el, 'Name'));
  if (!sets.includes('SharedRuntime')) {
    problems.push('<Requirements> does not ask for the SharedRuntime requirement set');
  }
  return problems;
}
