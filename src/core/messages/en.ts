/**
 * English messages, the same keys and placeholders as vi.ts (a test checks both).
 */
import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  // Findings
  'sum-of-parts.rows':
    '{label} ({totalCell} = {total}) differs from the sum of its detail rows ({partsSum}) in column {period}: off by {gap}.',
  'sum-of-parts.sectors':
    '{label} ({totalCell} = {total}) differs from the sum of the sectors ({partsSum}) in column {period}: off by {gap}.',
  'sum-of-parts.funding':
    '{label}: total funding ({totalCell} = {total}) differs from central + local + other sources ({partsSum}) in {period}: off by {gap}.',
  'sum-of-parts.columns':
    '{label}: the total column ({totalCell} = {total}) differs from the sum of its part columns ({partsSum}) in {period}: off by {gap}.',
  'parts-short':
    '{label} ({totalCell} = {total}) exceeds the sum of the listed groups ({partsSum}) in column {period}: {gap} belong to no group. A missing group, or a typing error?',
  'status-partition':
    '{label} ({totalCell} = {total}) differs from active plus paused ({partsSum}) in column {period}: off by {gap}.',
  'status-partition.short':
    '{label} ({totalCell} = {total}) exceeds active plus paused ({partsSum}) in column {period}: {gap} have no listed status (being dissolved?).',
  'of-which-exceeds-parent':
    '“{label}” ({part}) exceeds “{parentLabel}” ({wholeCell} = {whole}) in column {period} by {excess}, while an “of which” figure cannot exceed its total.',
  'percent-mismatch':
    '{label}: the rate in {percentCell} is {actual}% but {numeratorCell} ÷ {denominatorCell} gives {expected}%.',
  'percent-mismatch.growth':
    '{label}: the growth in {percentCell} is {actual}% but {numeratorCell} against {denominatorCell} grows {expected}%.',
  'percent-mismatch.share':
    '{label}: the share in {percentCell} is {actual}% but {numeratorCell} ÷ {denominatorCell} gives {expected}%.',
  'percent-mismatch.difference':
    '{label}: the change in {percentCell} is {actual} but {numeratorCell} − {denominatorCell} = {expected}.',
  'per-unit-average.all':
    '{label} ({averageCell} = {actual}) differs from the total in {totalCell} divided by the count in {countCell} ({expected}), column {period}.',
  'per-unit-average.active':
    '{label} ({averageCell} = {actual}) differs from the total in {totalCell} divided by the active count in {countCell} ({expected}), column {period}.',
  'weighted-average':
    '{label}: the overall average ({averageCell} = {actual}) differs from the group averages weighted by “{weight}” ({mean}), column {period}.',
  'weighted-average.range':
    '{label}: the overall average ({averageCell} = {actual}) lies outside the range of the group averages ({min} – {max}), column {period}; weighted by “{weight}” it would be {mean}.',
  'per-unit-average.active-matches':
    '{label} ({averageCell} = {actual}) matches the total in {totalCell} divided by the active count in {countCell}, not by the whole count: the average is per active unit.',
  'weighted-average.active-matches':
    '{label}: the overall average ({averageCell} = {actual}) matches the group averages weighted by the active count (“{weight}”), not by the whole count.',
  'stock-flow':
    '{label} in column {period} ({stockCell} = {total}) differs from column {previousPeriod} ({previousCell}) plus new minus dissolved ({partsSum}): residual {residual}.',
  'stock-flow.plan':
    '{label} in column {period} ({stockCell} = {total}) differs from the estimate ({previousCell}) plus planned new minus dissolved ({partsSum}): residual {residual}.',
  'cross-table-total':
    'Row “{label}” ({totalCell} = {total}) differs from “{otherLabel}” in {otherCell} ({partsSum}) for the same period {period}: off by {gap}.',
  'member-htx-exceeds-htx':
    '“{label}” ({partCell} = {part}) exceeds “{parentLabel}” ({wholeCell} = {whole}) in column {period}: member cooperatives of unions are cooperatives too.',
  'midyear-exceeds-estimate':
    '“{label}” cumulated to 30 June ({midyearCell} = {part}) exceeds the full-year estimate ({estimateCell} = {whole}) by {excess}.',
  'midyear-exceeds-estimate.stock':
    '“{label}” at 30 June ({midyearCell} = {part}) exceeds the year-end estimate ({estimateCell} = {whole}) by {excess}: check it unless cooperatives were dissolved in the second half.',
  'scale-slip':
    '“{label}” in {valueCell} ({value}) is about 1,000 times off the other periods of its row, column {period}: a unit slip (billion/million)? Perhaps {suggested}.',
  'scale-slip.range':
    '“{label}” in {valueCell} ({value}) is implausible in million đồng, column {period}: typed in billions? Perhaps {suggested}.',
  'monthly-in-yearly':
    '“{label}” in {valueCell} is only {value} million đồng per year, column {period}: probably a monthly income (about {suggested} a year).',
  'invalid-count.fraction':
    '“{label}” in {valueCell} is {value}, column {period}: a count must be a whole number.',
  'invalid-count.negative':
    '“{label}” in {valueCell} is {value}, column {period}: a count cannot be negative.',
  'number-as-text':
    '{count} number cells are stored as text (first {firstCell}): SUM formulas skip them.',
  'not-a-number':
    '{count} cells that should hold figures hold text (first {firstCell}: “{example}”): they cannot be checked.',
  'cell-error':
    'Cell {valueCell} shows the error {error}: the figures that depend on it cannot be checked.',
  'legacy-encoding':
    'The sheet was typed in the legacy {encoding} encoding: it was converted to Unicode for reading; consider converting the file for good.',

  // Suggestions
  'suggestion.wrong-digit': 'Perhaps one digit was mistyped: change {suggestionCell} to {value}.',
  'suggestion.swapped-digits':
    'Perhaps two digits were swapped: change {suggestionCell} to {value}.',
  'suggestion.missing-digit': 'Perhaps a digit is missing: change {suggestionCell} to {value}.',
  'suggestion.extra-digit': 'Perhaps a digit too many: change {suggestionCell} to {value}.',
  'suggestion.sign': 'Perhaps the sign is wrong: change {suggestionCell} to {value}.',
  'suggestion.scale-1000': 'Perhaps a unit slip (1,000 times): change {suggestionCell} to {value}.',
  'suggestion.monthly-12': 'Perhaps a monthly figure: change {suggestionCell} to {value} (×12).',
  'suggestion.rounding': 'Perhaps a rounding slip: change {suggestionCell} to {value}.',
  'suggestion.recompute': 'Recompute: change {suggestionCell} to {value}.',

  // Rule catalogue
  'rule.sum-of-parts':
    'A total equals the sum of its parts (each column, and across rows when columns are parts).',
  'rule.parts-short': 'The listed groups (sectors, districts) fall short of the total.',
  'rule.status-partition': 'Total = active + paused (+ being dissolved).',
  'rule.of-which-exceeds-parent': 'An “of which” figure does not exceed its total.',
  'rule.percent-mismatch': 'A percentage matches the two figures it compares.',
  'rule.per-unit-average': 'Average per cooperative = total ÷ number of cooperatives.',
  'rule.weighted-average': 'An overall average matches the weighted mean of the group averages.',
  'rule.stock-flow': 'Closing count ≈ opening count + new − dissolved.',
  'rule.cross-table-total': 'A breakdown total matches the main indicators table.',
  'rule.member-htx-exceeds-htx': 'Member cooperatives of unions do not exceed all cooperatives.',
  'rule.midyear-exceeds-estimate':
    'A figure cumulated to 30 June does not exceed the full-year estimate.',
  'rule.scale-slip': 'A figure about 1,000 times off the other periods (billion/million slip).',
  'rule.monthly-in-yearly': 'A yearly income is not given as a monthly figure.',
  'rule.invalid-count': 'Counts are whole and non-negative.',
  'rule.number-as-text': 'Number cells stored as text.',
  'rule.not-a-number': 'Cells that should hold figures hold text.',
  'rule.cell-error': 'Cells showing an Excel error (#REF!, #DIV/0!…).',
  'rule.legacy-encoding': 'Sheets typed in a legacy encoding (TCVN3, VNI).',
};
