// The selection of the figures lives in the address (?van=2016&tot=2026&regio=2), so the year
// report and the way back show exactly the same period and region; `weergave=provincie` is the
// province view (the published figures of every house) instead of the exact ones of one's own.

/** The first year of the default period: the year the integrated approach's figures start. */
export const DEFAULT_FROM_YEAR = 2016;
/** The earliest year the contract accepts. */
export const EARLIEST_YEAR = 2000;

export interface FigureSelection {
  fromYear: number;
  toYear: number;
  regionId: number | null;
}

export function defaultSelection(currentYear: number): FigureSelection {
  return { fromYear: Math.min(DEFAULT_FROM_YEAR, currentYear), toYear: currentYear, regionId: null };
}

/** The years one can choose, newest last. */
export function yearOptions(currentYear: number): number[] {
  return Array.from({ length: currentYear - EARLIEST_YEAR + 1 }, (_, i) => EARLIEST_YEAR + i);
}

function year(text: string | null, currentYear: number): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const value = Number(text);
  return value >= EARLIEST_YEAR && value <= currentYear ? value : null;
}

/** What the address says, with the default for anything missing or not understood. */
export function selectionFromParams(params: URLSearchParams, currentYear: number): FigureSelection {
  const fallback = defaultSelection(currentYear);
  const fromYear = year(params.get('van'), currentYear) ?? fallback.fromYear;
  const toYear = year(params.get('tot'), currentYear) ?? fallback.toYear;
  const region = Number(params.get('regio'));
  return {
    // A period typed the wrong way round is read as meant.
    fromYear: Math.min(fromYear, toYear),
    toYear: Math.max(fromYear, toYear),
    regionId: Number.isInteger(region) && region > 0 ? region : null,
  };
}

export function paramsFromSelection(selection: FigureSelection): URLSearchParams {
  const params = new URLSearchParams({ van: String(selection.fromYear), tot: String(selection.toYear) });
  if (selection.regionId) params.set('regio', String(selection.regionId));
  return params;
}

/** The province view (published figures of the whole installation) was chosen. */
export function provinceFromParams(params: URLSearchParams): boolean {
  return params.get('weergave') === 'provincie';
}

/** The address of a selection, in the province view or not (the region belongs to one's own view). */
export function viewParams(selection: FigureSelection, province: boolean): URLSearchParams {
  if (!province) return paramsFromSelection(selection);
  const params = paramsFromSelection({ ...selection, regionId: null });
  params.set('weergave', 'provincie');
  return params;
}
