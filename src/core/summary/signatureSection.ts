/** The end of an official document: the place-and-date line and the signature block, right. */
import type { Province } from './province';
import type { SheetWriter } from './sheetWriter';
import { summaryText } from './summaryLabels';
import { styles } from './summaryStyles';

const FROM = 'F';
const TO = 'J';

export function writeSignature(sheet: SheetWriter, province: Province | undefined): void {
  sheet.next();
  sheet.merged(FROM, TO, summaryText.place(province?.name), styles.place);
  sheet.next();
  for (const line of summaryText.signers) {
    sheet.merged(FROM, TO, line, styles.signer);
    sheet.next();
  }
  sheet.merged(FROM, TO, summaryText.signHint, styles.signHint);
  // Room for the signature and the seal.
  sheet.next(4);
}
