// The minutes as an A4 sheet: meeting details, attendance, and per item the inbreng, duiding,
// besluiten and acties; the vaststelling with its content hash, and the addenda. Used for the whole
// minutes and for a partner's extract (the same view, with only that partner's items).
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { ConfidentialMark, SheetSection, SheetTable } from '../../kit/print/SheetParts';
import { listLabel, useReferenceData } from '../lists';
import { itemTitle, meetingFacts } from './labels';

export function MinutesSheet({ meeting, partner }: { meeting: MeetingView; partner: string | null }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const partnerName = (code: string) => listLabel(reference, 'partner', code);
  return (
    <>
      <ConfidentialMark />
      {partner ? (
        <Typography sx={{ mb: 2, fontWeight: 600 }}>
          {t('meetings.print.extractFor', { partner: partnerName(partner) })}
        </Typography>
      ) : null}
      <SheetSection id="notulen-gegevens" title={t('meetings.page.details')}>
        <SheetTable
          labelledBy="notulen-gegevens"
          columns={[t('meetings.print.field'), t('meetings.print.value')]}
          rows={[
            ...meetingFacts(t, reference, meeting),
            [t('meetings.list.status'), t(`meetings.status.${meeting.status}`)],
          ]}
          empty=""
        />
      </SheetSection>
      <SheetSection id="notulen-aanwezigheid" title={t('meetings.attendance.title')}>
        <SheetTable
          labelledBy="notulen-aanwezigheid"
          columns={[t('meetings.attendance.partner'), t('meetings.attendance.status'), t('meetings.attendance.namen')]}
          rows={meeting.attendance.map((a) => [partnerName(a.partner), t(`meetings.attendance.${a.status}`), a.namen])}
          empty={t('meetings.attendance.none')}
        />
      </SheetSection>
      {meeting.items.length === 0 ? <Typography>{t('meetings.print.noItems')}</Typography> : null}
      {meeting.items.map((item, index) => {
        const m = item.minutes;
        const id = `notulen-punt-${item.id}`;
        // The convenant's article is typed by the notulist only where one was named (the demo and
        // most minutes leave it empty): the column is printed only when a row has one.
        const withArticle = m.inbreng.some((r) => r.artikel.trim());
        return (
          <SheetSection
            key={item.id}
            id={id}
            title={t('meetings.minutes.itemEntry', { n: index + 1, title: itemTitle(t, item) })}
          >
            {item.withheld ? <Typography>{t('meetings.minutes.withheld')}</Typography> : null}
            {m.inbreng.length ? (
              <SheetSection id={`${id}-inbreng`} title={t('meetings.minutes.inbreng')} level={3}>
                <SheetTable
                  labelledBy={`${id}-inbreng`}
                  columns={[
                    t('meetings.minutes.partner'),
                    t('meetings.minutes.inbrengTekst'),
                    ...(withArticle ? [t('meetings.minutes.artikel')] : []),
                  ]}
                  rows={m.inbreng.map((r) => [partnerName(r.partner), r.tekst, ...(withArticle ? [r.artikel] : [])])}
                  empty=""
                />
              </SheetSection>
            ) : null}
            {m.duiding.trim() ? (
              <SheetSection id={`${id}-duiding`} title={t('meetings.minutes.duiding')} level={3}>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{m.duiding}</Typography>
              </SheetSection>
            ) : null}
            {m.besluiten.length ? (
              <SheetSection id={`${id}-besluiten`} title={t('meetings.minutes.besluiten')} level={3}>
                <Box component="ol" sx={{ m: 0, pl: 3 }}>
                  {m.besluiten.map((b) => (
                    <Typography component="li" key={b.id} sx={{ whiteSpace: 'pre-wrap' }}>
                      {b.tekst}
                      {b.weging?.wegingId
                        ? ` — ${t('meetings.minutes.wegingRecorded', { besluit: listLabel(reference, 'besluit', b.weging.besluit) })}`
                        : ''}
                    </Typography>
                  ))}
                </Box>
              </SheetSection>
            ) : null}
            {m.acties.length ? (
              <SheetSection id={`${id}-acties`} title={t('meetings.minutes.acties')} level={3}>
                <SheetTable
                  labelledBy={`${id}-acties`}
                  columns={[
                    t('meetings.minutes.actieOmschrijving'),
                    t('meetings.minutes.actiehouder'),
                    t('meetings.minutes.deadline'),
                  ]}
                  rows={m.acties.map((a) => [
                    a.omschrijving,
                    [partnerName(a.actiehouderPartner), a.actiehouderNaam].filter(Boolean).join(' — '),
                    a.deadline ? formatDate(a.deadline) : '',
                  ])}
                  nowrap={[2]}
                  empty=""
                />
              </SheetSection>
            ) : null}
            {!item.withheld && !m.inbreng.length && !m.duiding.trim() && !m.besluiten.length && !m.acties.length ? (
              <Typography>{t('meetings.print.noMinutes')}</Typography>
            ) : null}
          </SheetSection>
        );
      })}
      {meeting.status === 'vastgesteld' ? (
        <SheetSection id="notulen-vaststelling" title={t('meetings.adopt.title')} keepTogether>
          <Typography>
            {t('meetings.adopt.adoptedOn', {
              at: formatDateTime(meeting.vastgesteldAt ?? ''),
              by: meeting.vastgesteldDoor ?? '',
            })}
          </Typography>
          {partner ? <Typography>{t('meetings.print.extractAdopted')}</Typography> : null}
          {/* For an auditor, not in the reader's way: small, and in an extract named for what it
              is — the check code of the whole minutes, which this extract cannot reproduce. */}
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1, wordBreak: 'break-all' }}>
            {partner
              ? t('meetings.print.hashOfWhole', { hash: meeting.contentHash ?? '' })
              : t('meetings.adopt.hash', { hash: meeting.contentHash ?? '' })}
          </Typography>
        </SheetSection>
      ) : null}
      {meeting.redaction ? (
        <SheetSection id="notulen-redactie" title={t('meetings.adopt.redactedTitle')}>
          <Typography>
            {t('meetings.adopt.redacted', {
              date: formatDate(meeting.redaction.at),
              years: meeting.redaction.years ?? '',
            })}
          </Typography>
        </SheetSection>
      ) : null}
      {meeting.addenda.length ? (
        <SheetSection id="notulen-addenda" title={t('meetings.addenda.title')}>
          {meeting.addenda.map((a) => (
            <Box key={a.id} sx={{ mb: 1, breakInside: 'avoid' }}>
              <Typography variant="body2">
                {t('meetings.addenda.by', { door: a.door, at: formatDateTime(a.at) })}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{a.tekst}</Typography>
            </Box>
          ))}
        </SheetSection>
      ) : null}
    </>
  );
}
