// The person's identifying data as a compact definition list (dossier header, print views).
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { birthText, maskBsn } from './format';

/** `fullBsn` for the person's own inzage; everywhere else the BSN is masked. */
/**
 * On a printed sheet (`onSheet`) the facts stand in two pairs a row, whatever the window's width: the
 * window's breakpoints do not exist on paper, so the preview and the PDF would differ.
 */
export function PersonFacts({
  person,
  fullBsn = false,
  onSheet = false,
}: {
  person: PersonView;
  fullBsn?: boolean;
  onSheet?: boolean;
}) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('persons.fields.roepnaam'), person.roepnaam || '—'],
    [t('persons.fields.aliases'), person.aliases.length ? person.aliases.join(', ') : '—'],
    [t('persons.fields.geboorte'), birthText(t, person)],
    [t('persons.fields.geslacht'), person.geslacht ? t(`persons.geslacht.${person.geslacht}`) : '—'],
    [t('persons.fields.gemeente'), person.gemeente],
    [t('persons.fields.bsn'), person.bsn ? (fullBsn ? person.bsn : maskBsn(person.bsn)) : '—'],
  ];
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: onSheet
          ? 'repeat(2, max-content minmax(0, 1fr))'
          : { xs: 'max-content 1fr', md: 'repeat(3, max-content minmax(0, 1fr))' },
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
        '& dt': { fontWeight: 600, color: 'text.secondary' },
        '& dd': { m: 0, overflowWrap: 'anywhere' },
      }}
    >
      {facts.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
