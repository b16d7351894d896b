// One part of a role's "what next" on the start page: a heading with how many, and per entry a
// link to the page where the work is done (a meeting, a round, an admin page), with what is to be
// done and the date or number that makes it due. The case work's sections (WorkSection) are this
// one with a casusnummer before what is to be done.
import { Box, Chip, List, ListItem, ListItemButton, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export interface NextEntry {
  key: string;
  to: string;
  title: string;
  /** A code before `what`, in figures of one width (a casusnummer). */
  code?: string;
  what: string;
  when?: string;
  /** In the error colour: it is overdue or waiting on this person. */
  urgent?: boolean;
}

interface NextSectionProps {
  id: string;
  title: string;
  empty: string;
  entries: NextEntry[];
  /** The count in the heading's chip, when it is not the number of entries (an admin task's rows). */
  count?: number;
  /** As tall as its neighbours in the row (a start page's tiles); false: as tall as its content. */
  fill?: boolean;
}

export function NextSection({ id, title, empty, entries, count, fill = true }: NextSectionProps) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={fill ? { height: '100%' } : undefined}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="h2" id={id} sx={{ fontSize: '1.125rem', flex: 1 }}>
          {title}
        </Typography>
        <Chip size="small" label={count ?? entries.length} aria-hidden />
      </Box>
      {entries.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding aria-labelledby={id}>
          {entries.map((entry) => (
            <ListItem key={entry.key} disablePadding divider>
              <ListItemButton
                component={RouterLink}
                to={entry.to}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '1fr auto' },
                  columnGap: 2,
                  py: 1,
                }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                    {entry.title}
                  </Typography>
                  <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                    {entry.code ? (
                      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', mr: 1 }}>
                        {entry.code}
                      </Box>
                    ) : null}
                    {entry.what}
                  </Typography>
                </Box>
                {entry.when ? (
                  <Typography
                    component="span"
                    variant="body2"
                    sx={{
                      // Under the title in a narrow window (WCAG 1.4.10), where it may wrap.
                      whiteSpace: { xs: 'normal', sm: 'nowrap' },
                      color: entry.urgent ? 'error.main' : 'text.secondary',
                      fontWeight: entry.urgent ? 600 : 400,
                    }}
                  >
                    {entry.when}
                  </Typography>
                ) : null}
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The parts of a role's start page side by side, each as tall as its neighbour (even tiles). */
export function NextGrid({ children }: { children: React.ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(300px, 100%), 1fr))',
        alignItems: 'stretch',
        mb: 3,
        maxWidth: 1400,
      }}
    >
      {children}
    </Box>
  );
}
