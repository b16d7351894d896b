import { describe, expect, it } from 'vitest';
import { mergeSmallGroups, type MemberGroup } from './groups';

const group = (key: string, size: number): MemberGroup<number> => ({
  keys: [key],
  members: Array.from({ length: size }, (_, i) => i),
});

describe('mergeSmallGroups', () => {
  it('shows every group of 3 or more on its own and merges nothing', () => {
    const { shown, merged } = mergeSmallGroups([group('politie', 3), group('gemeente', 5)]);
    expect(shown.map((g) => g.keys)).toEqual([['politie'], ['gemeente']]);
    expect(merged).toBeNull();
  });

  it('merges the small groups; when together they are still under 3, the smallest shown group joins', () => {
    const { shown, merged } = mergeSmallGroups([group('om', 2), group('politie', 4), group('gemeente', 3)]);
    // 'om' (2) alone could be worked out from the total minus the groups shown: 'gemeente' joins.
    expect(merged!.keys).toEqual(['gemeente', 'om']);
    expect(merged!.members).toHaveLength(5);
    expect(shown.map((g) => g.keys)).toEqual([['politie']]);
  });

  it('leaves the merged group too small when there is nothing left to join it', () => {
    const { shown, merged } = mergeSmallGroups([group('om', 1), group('reclassering', 1)]);
    expect(shown).toEqual([]);
    expect(merged!.members).toHaveLength(2);
  });

  it('gives the same answer whatever the order of the input', () => {
    const input = [group('b', 2), group('a', 2), group('c', 7), group('d', 3)];
    const once = mergeSmallGroups(input);
    const reversed = mergeSmallGroups([...input].reverse());
    expect(reversed).toEqual(once);
    expect(once.merged!.keys).toEqual(['a', 'b']);
  });
});
