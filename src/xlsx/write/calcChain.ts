/** Removing `xl/calcChain.xml` with its relationship and content type. */
import type { XlsxPackage } from './xlsxPackage';
import { readRelationships, relationshipTypes, removeRelationship } from './relationships';
import { removeOverride } from './contentTypes';

export function removeCalcChain(pkg: XlsxPackage, workbookPath: string): void {
  const rel = readRelationships(pkg, workbookPath).find(
    (r) => r.type === relationshipTypes.calcChain,
  );
  if (!rel) return;
  pkg.remove(rel.part);
  removeRelationship(pkg, workbookPath, rel.id);
  removeOverride(pkg, rel.part);
}
