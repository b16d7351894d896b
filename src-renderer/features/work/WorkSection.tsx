// One section of Mijn werk: a heading with the number of items, and per item a link to the dossier
// with the casusnummer, the person's name, what is to be done and the date that makes it due.
import { Box, Chip, List, ListItem, ListItemButton, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { WorkItem } from '../../../src-shared/ipc/work';

export interface WorkLine {
  what: string;
  when: string;
  /** Shown in the error colour: the date has passed. */
  urgent?: boolean;
}

interface WorkSectionProps {
  id: string;
  title: string;
  empty: string;
  tab: string;
  items: WorkItem[];
  line: (item: WorkItem) => WorkLine;
}

export function WorkSection({ id, title, empty, tab, items, line }: WorkSectionProps) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="h2" id={id} sx={{ fontSize: '1.125rem', flex: 1 }}>
          {title}
        </Typography>
        <Chip size="small" label={items.length} aria-hidden />
      </Box>
      {items.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding aria-labelledby={id}>
          {items.map((item) => {
            const { what, when, urgent } = line(item);
            return (
              <ListItem key={`${item.caseId}-${item.ref}`} disablePadding divider>
                <ListItemButton
                  component={RouterLink}
                  to={`/casussen/${item.caseId}?tab=${tab}`}
                  sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, py: 1 }}
                >
                  <Box sx={{ minWidth: 0 }}>
                    <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                      {item.naam}
                    </Typography>
                    <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', mr: 1 }}>
                        {item.caseNumber}
                      </Box>
                      {what}
                    </Typography>
                  </Box>
                  <Typography
                    component="span"
                    variant="body2"
                    sx={{
                      whiteSpace: 'nowrap',
                      color: urgent ? 'error.main' : 'text.secondary',
                      fontWeight: urgent ? 600 : 400,
                    }}
                  >
                    {when}
                  </Typography>
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
