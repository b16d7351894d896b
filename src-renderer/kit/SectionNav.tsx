// "Op deze pagina": a row of links to the parts of a long page (each a Part, whose heading has the
// id `${id}-kop`). With hash routing a plain #anchor would change the route, so a link scrolls the
// part into view and moves the focus to its heading: keyboard and screen-reader users land there too.
import { Box, Link } from '@mui/material';
import type { MouseEvent } from 'react';

export interface PageSection {
  id: string;
  title: string;
}

export function goToSection(id: string) {
  const heading = document.getElementById(`${id}-kop`);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function SectionNav({ label, sections }: { label: string; sections: PageSection[] }) {
  return (
    <Box
      component="nav"
      aria-label={label}
      className="no-print"
      sx={{
        mb: 3,
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 0.5,
        rowGap: 0.5,
      }}
    >
      <Box component="ul" sx={{ display: 'contents', listStyle: 'none' }}>
        {sections.map((section) => (
          <Box component="li" key={section.id} sx={{ display: 'block' }}>
            <Link
              component="a"
              href={`#${section.id}`}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                goToSection(section.id);
              }}
              underline="hover"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                minHeight: 44,
                px: 1.5,
                borderRadius: 1,
                fontWeight: 600,
                '&:hover': { bgcolor: 'action.hover' },
                '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 1 },
              }}
            >
              {section.title}
            </Link>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
