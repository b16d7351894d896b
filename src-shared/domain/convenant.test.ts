import { describe, expect, it } from 'vitest';
import { citation } from './convenant';

describe('citation', () => {
  it('names the article, the lid, the covenant and its version', () => {
    expect(citation('7', 2, 'Convenant informatiedelen CTER', '1.0')).toBe(
      'art. 7 lid 2 Convenant informatiedelen CTER (versie 1.0)',
    );
  });

  it('leaves out the lid when the whole article is cited', () => {
    expect(citation('12a', null, ' Convenant X ', '2.1')).toBe('art. 12a Convenant X (versie 2.1)');
  });
});
