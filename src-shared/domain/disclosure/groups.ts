// Disclosure control for groups of respondents (the evaluation report and its export): no group of
// fewer than `min` members is shown on its own. The small groups are merged into one; when that
// merged group is itself too small, the smallest shown groups join it until it is large enough, so
// that no hidden group can be worked out as a total minus the groups shown. When even that is not
// enough, the merged group stays too small and the caller shows it without figures.

/** A group to protect: its keys (partner codes) and its members (response indexes). */
export interface MemberGroup<T> {
  keys: string[];
  members: T[];
}

/** The smallest number of respondents a group must have to be shown with its figures. */
export const MIN_RESPONDENTS = 3;

/**
 * Splits `groups` into those shown on their own and one merged group (null when every group is
 * large enough). Deterministic: smallest first, ties by first key, whatever the input order.
 */
export function mergeSmallGroups<T>(
  groups: readonly MemberGroup<T>[],
  min: number = MIN_RESPONDENTS,
): { shown: MemberGroup<T>[]; merged: MemberGroup<T> | null } {
  const sorted = [...groups].sort(
    (a, b) => a.members.length - b.members.length || a.keys[0]!.localeCompare(b.keys[0]!),
  );
  const small = sorted.filter((g) => g.members.length < min);
  const shown = sorted.filter((g) => g.members.length >= min);
  if (small.length === 0) return { shown, merged: null };
  const merged: MemberGroup<T> = { keys: small.flatMap((g) => g.keys), members: small.flatMap((g) => g.members) };
  while (merged.members.length < min && shown.length > 0) {
    const next = shown.shift()!;
    merged.keys.push(...next.keys);
    merged.members.push(...next.members);
  }
  merged.keys.sort();
  return { shown, merged };
}
