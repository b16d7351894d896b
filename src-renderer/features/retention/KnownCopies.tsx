// The copies of the database the application knows of (a restore's "voor-herstel" copy, backups
// made through the application): on the Bewaartermijn page as a list, in the destroy dialog with a
// checkbox for each copy that is still in place. Copies made before a destruction still hold what
// it removes; the line under the list names the backups the application cannot reach.
import { Box, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { KnownCopy } from '../../../src-shared/ipc/retention';

/** "2031-11-29" -> "29-11-2031" without a Date: no time zone can move a calendar day. */
function day(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : formatDate(iso);
}

export function copyLabel(t: TFunction, copy: KnownCopy): string {
  const label = t(`retention.copies.${copy.kind}`, { file: copy.fileName, date: formatDateTime(copy.madeAt) });
  return copy.present ? label : t('retention.copies.missing', { label });
}

interface KnownCopiesProps {
  copies: KnownCopy[];
  today: string;
  /** With a selection: a checkbox for each copy still in place. */
  selected?: ReadonlySet<string>;
  onSelect?: (next: ReadonlySet<string>) => void;
}

export function KnownCopies({ copies, today, selected, onSelect }: KnownCopiesProps) {
  const { t } = useTranslation();
  const elsewhere = <Typography sx={{ mt: 1 }}>{t('retention.copies.elsewhere', { date: day(today) })}</Typography>;
  if (!copies.length) {
    return (
      <>
        <Typography>{t('retention.copies.none')}</Typography>
        {elsewhere}
      </>
    );
  }
  if (selected && onSelect) {
    const toggle = (id: string, on: boolean) => {
      const next = new Set(selected);
      if (on) next.add(id);
      else next.delete(id);
      onSelect(next);
    };
    return (
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 600 }}>
          {t('retention.copies.legend')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {t('retention.copies.deleteHint')}
        </Typography>
        <FormGroup>
          {copies.map((copy) =>
            copy.present ? (
              <FormControlLabel
                key={copy.id}
                control={
                  <Checkbox
                    checked={selected.has(copy.id)}
                    onChange={(event) => toggle(copy.id, event.target.checked)}
                  />
                }
                label={copyLabel(t, copy)}
              />
            ) : (
              <Typography key={copy.id} sx={{ py: 0.5 }}>
                {copyLabel(t, copy)}
              </Typography>
            ),
          )}
        </FormGroup>
        {elsewhere}
      </Box>
    );
  }
  return (
    <>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {copies.map((copy) => (
          <li key={copy.id}>{copyLabel(t, copy)}</li>
        ))}
      </Box>
      {elsewhere}
    </>
  );
}
