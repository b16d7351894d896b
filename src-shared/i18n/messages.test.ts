// Messages with a count take i18next's plural forms (_one / _other) in core's translator too: no
// "fout(en)" in a message a user reads.
import { describe, expect, it } from 'vitest';
import { formatMessage } from './messages';

describe('formatMessage', () => {
  it('chooses the singular or plural form of a message by its count, in nl and en', () => {
    expect(formatMessage('nl', 'errors.CONVENANT_INVALID', { count: 1 })).toBe(
      'Het convenantbestand bevat 1 fout. Er is niets geïmporteerd; zie de regel hieronder.',
    );
    expect(formatMessage('nl', 'errors.CONVENANT_INVALID', { count: 3 })).toBe(
      'Het convenantbestand bevat 3 fouten. Er is niets geïmporteerd; zie de regels hieronder.',
    );
    expect(formatMessage('nl', 'errors.TEMPLATE_INVALID', { count: 1, plek: 'sectie 1' })).toBe(
      'Het vragenlijstbestand bevat 1 fout, bij “sectie 1”. Er is niets geïmporteerd.',
    );
    expect(formatMessage('en', 'errors.TEMPLATE_INVALID', { count: 2, plek: 'section 1' })).toBe(
      'The questionnaire file contains 2 errors, the first at “section 1”. Nothing was imported.',
    );
  });
});
