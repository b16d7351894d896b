import { describe, expect, it } from 'vitest';
import { pooledTargets } from './pool';

const answers = {};

describe('the number invited of a pool', () => {
  it('adds up per organisation, unknown when a round does not know it', () => {
    const pooled = pooledTargets([
      {
        targets: [
          { partner: 'politie', invited: 5 },
          { partner: 'om', invited: null },
        ],
        responses: [],
      },
      {
        targets: [
          { partner: 'politie', invited: 4 },
          { partner: 'om', invited: 2 },
        ],
        responses: [],
      },
    ]);
    expect(pooled).toEqual([
      { partner: 'politie', invited: 9 },
      { partner: 'om', invited: null },
    ]);
  });
  it('is unknown for an organisation that answered in a round that did not invite it', () => {
    const pooled = pooledTargets([
      { targets: [{ partner: 'om', invited: 2 }], responses: [{ partner: 'om', answers }] },
      {
        targets: [],
        responses: [
          { partner: 'om', answers },
          { partner: null, answers },
        ],
      },
      { targets: [], responses: [] },
    ]);
    expect(pooled).toEqual([{ partner: 'om', invited: null }]);
  });
});
