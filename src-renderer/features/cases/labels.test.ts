import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src-shared/ipc/cases';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { resources } from '../../i18n/resources';
import { formatMoment, timelineTitle } from './labels';

const reference = {
  lists: {
    ideologie: [{ code: 'jihadistisch', label: 'Jihadistisch', active: true, effect: null }],
    besluit: [{ code: 'bespreken_casusoverleg', label: 'Bespreken in casusoverleg', active: true, effect: null }],
    ernst: [],
    interventie: [],
    bron: [],
    partner: [],
    overlegtype: [],
  },
  regions: [],
  gemeenten: [],
} satisfies ReferenceData;

const item = (kind: TimelineItem['kind'], title: string): TimelineItem => ({
  kind,
  title,
  at: '2026-11-20',
  door: null,
  text: '',
  ref: 1,
});

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources, ns: ['translation', 'common'], defaultNS: 'translation' });
});

describe('the dossier timeline in words', () => {
  it('translates the codes of each kind of line', () => {
    const t = i18next.t;
    expect(timelineTitle(t, reference, item('signaal', 'jihadistisch'))).toBe('Signaal ontvangen · Jihadistisch');
    expect(timelineTitle(t, reference, item('weging', 'bespreken_casusoverleg'))).toBe(
      'Gewogen: Bespreken in casusoverleg',
    );
    expect(timelineTitle(t, reference, item('status', 'aangemeld>casusoverleg'))).toBe(
      'Status gewijzigd: Aangemeld → Casusoverleg',
    );
    expect(timelineTitle(t, reference, item('status', 'aangemeld'))).toBe('Casus geopend: Aangemeld');
    expect(timelineTitle(t, reference, item('actie', 'open'))).toBe('Actie vastgelegd · Open');
    expect(timelineTitle(t, reference, item('monitoring', '2027-01-10'))).toBe(
      'Monitoring uitgevoerd (gepland 10-01-2027)',
    );
    // A code the list no longer knows is shown as it is, never hidden.
    expect(timelineTitle(t, reference, item('signaal', 'oud_code'))).toBe('Signaal ontvangen · oud_code');
  });

  it('writes a calendar day without a time and a moment with one', () => {
    expect(formatMoment('2026-11-20')).toBe('20-11-2026');
    expect(formatMoment(new Date(2026, 10, 20, 14, 5).toISOString())).toBe('20-11-2026 14:05');
  });
});
