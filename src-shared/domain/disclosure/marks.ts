// The marks and thresholds of disclosure control, shared by core (exports) and the renderer (the
// printed year report): a count of 1 to 4 is printed "<5" (primary suppression); a count hidden
// only so that another cannot be worked out is printed "x" (secondary suppression); zeros are 0.

export const SMALL_CELL = 5;
export const PRIMARY = '<5';
export const SECONDARY = 'x';
/**
 * The protection rule: for every hidden value the least and greatest value consistent with the
 * published table differ by at least this much. For a "<5" (known to be 1..4) that means a reader
 * learns nothing beyond "<5": both 1 and 4 remain possible.
 */
export const PROTECTION_WIDTH = 3;

export type PublishedCell = number | typeof PRIMARY | typeof SECONDARY;

export const isHiddenCell = (cell: PublishedCell): cell is typeof PRIMARY | typeof SECONDARY =>
  cell === PRIMARY || cell === SECONDARY;
