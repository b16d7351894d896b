// The history of corrections and restrictions of a person: per changed field the old and the new
// value, who changed it, when and why (the accountability the person concerned may ask for).
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { PersonView } from '../../../src-shared/ipc/persons';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { gemeenteName, useReferenceData } from '../lists';
import { maskBsn } from './format';

const COLUMNS = ['at', 'field', 'change', 'door', 'reden'] as const;

/** A stored value as people read it: a municipality's name, a Dutch date, a masked BSN. */
function shown(t: TFunction, reference: ReferenceData | undefined, field: string, value: string): string {
  if (!value) return '—';
  switch (field) {
    case 'gemeenteId':
      return gemeenteName(reference, Number(value)) || value;
    case 'geboortedatum':
      return formatDate(value);
    case 'geslacht':
      return t(`persons.geslacht.${value}`);
    case 'bsn':
      return maskBsn(value);
    case 'beperking':
      return value === 'ja' ? t('persons.history.yes') : t('persons.history.no');
    default:
      return value;
  }
}

export function CorrectionHistory({ corrections }: { corrections: PersonView['corrections'] }) {
  const { t, i18n } = useTranslation();
  const reference = useReferenceData().data;
  const fieldName = (field: string) => {
    const key = `persons.history.fields.${field}`;
    return i18n.exists(key) ? t(key) : field;
  };
  return (
    <Box component="section" aria-labelledby="correcties-kop" sx={{ mt: 3 }}>
      <Typography variant="h3" id="correcties-kop" sx={{ mb: 1 }}>
        {t('persons.history.heading')}
      </Typography>
      {corrections.length === 0 ? (
        <Typography color="text.secondary">{t('persons.history.empty')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="correcties-kop">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`persons.history.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...corrections].reverse().map((correction, index) => (
              <TableRow key={`${correction.at}-${correction.field}-${index}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(correction.at)}</TableCell>
                <TableCell>{fieldName(correction.field)}</TableCell>
                <TableCell>
                  {t('persons.history.change', {
                    old: shown(t, reference, correction.field, correction.oldValue),
                    new: shown(t, reference, correction.field, correction.newValue),
                  })}
                </TableCell>
                <TableCell>{correction.door ?? t('persons.history.unknown')}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{correction.reden}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
