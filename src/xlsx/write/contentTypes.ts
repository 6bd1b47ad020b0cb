/** `[Content_Types].xml`: overrides for the parts a plan adds or removes. */
import type { XlsxPackage } from './xlsxPackage';
import { childElements, rootElement, startTagOf } from './xmlScanner';
import { attributeText, attributesOf } from './xmlText';
import { replaceRange } from './schemaOrder';

const path = '[Content_Types].xml';

export const contentTypes = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  customXmlProperties: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
};

export function addOverride(pkg: XlsxPackage, part: string, contentType: string): void {
  const xml = pkg.text(path);
  const partName = `/${part}`;
  const root = rootElement(xml);
  const exists = childElements(xml, root).some(
    (child) => attributesOf(startTagOf(xml, child)).get('PartName') === partName,
  );
  if (exists) return;
  const element = `<Override${attributeText({ PartName: partName, ContentType: contentType })}/>`;
  pkg.setText(path, replaceRange(xml, root.closeStart, root.closeStart, element));
}

export function removeOverride(pkg: XlsxPackage, part: string): void {
  const xml = pkg.text(path);
  const element = childElements(xml, rootElement(xml)).find(
    (child) => attributesOf(startTagOf(xml, child)).get('PartName') === `/${part}`,
  );
  if (element) pkg.setText(path, replaceRange(xml, element.start, element.end, ''));
}

/** Whether parts ending in `.ext` have a Default content type. */
export function hasDefault(pkg: XlsxPackage, extension: string): boolean {
  const xml = pkg.text(path);
  return childElements(xml, rootElement(xml)).some(
    (child) =>
      child.local === 'Default' &&
      attributesOf(startTagOf(xml, child)).get('Extension')?.toLowerCase() === extension,
  );
}
