/**
 * Calendar words, lower-case, for the stages that read dates and times ("on Monday", "Sept. 11", "May 2 -").
 * Weekdays run from Sunday, as `Date.getUTCDay()` counts them; months from January.
 */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** How news abbreviates months ("Jan 5", "Sept. 11"); "May" has no shorter form. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
