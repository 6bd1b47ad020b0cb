/** Every rule, in the order their findings are listed. */
import { cellError, notANumber, numberAsText } from './cellContent';
import { crossTableTotal } from './crossTableTotal';
import { invalidCount } from './invalidCount';
import { legacyEncoding } from './legacyEncoding';
import { memberHtxExceedsHtx } from './memberHtxExceedsHtx';
import { midyearExceedsEstimate } from './midyearExceedsEstimate';
import { monthlyInYearly } from './monthlyInYearly';
import { ofWhichExceedsParent } from './ofWhich';
import { percentMismatch } from './percentMismatch';
import { perUnitAverage } from './perUnitAverage';
import type { Rule } from './rule';
import { scaleSlip } from './scaleSlip';
import { statusPartitionRule } from './statusPartition';
import { stockFlowRule } from './stockFlow';
import { partsShort, sumOfParts } from './sumOfParts';
import { weightedAverage } from './weightedAverage';

export const allRules: readonly Rule[] = [
  sumOfParts,
  partsShort,
  statusPartitionRule,
  ofWhichExceedsParent,
  percentMismatch,
  perUnitAverage,
  weightedAverage,
  stockFlowRule,
  crossTableTotal,
  memberHtxExceedsHtx,
  midyearExceedsEstimate,
  scaleSlip,
  monthlyInYearly,
  invalidCount,
  numberAsText,
  notANumber,
  cellError,
  legacyEncoding,
];
