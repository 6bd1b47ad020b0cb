/** Indicator codes the summary reads, narrowed from the catalogue. */
import type { fundingCodes } from '../catalog/indicatorCodes';

export type FundingCode = (typeof fundingCodes)[number];
