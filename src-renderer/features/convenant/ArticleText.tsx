// One article's leden as the reader shows them: cross references as links to the article, and the
// first use of a defined term marked, its definition in a tooltip that keyboard users reach too.
import { Box, Link, Tooltip, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Article, Begrip } from '../../../src-shared/domain/convenant';
import { articlePath, segmentText } from './text';

interface ArticleTextProps {
  article: Article;
  begrippen: readonly Begrip[];
  articleNumbers: ReadonlySet<string>;
  versionId: number | null;
  /** Plain text only (print): no links or tooltips. */
  plain?: boolean;
}

export function ArticleText({ article, begrippen, articleNumbers, versionId, plain = false }: ArticleTextProps) {
  const used = new Set<string>();
  return (
    <Box component="ol" sx={{ pl: 3, m: 0, '& > li': { mb: 1.25, pl: 0.5 } }}>
      {article.leden.map((lid) => (
        <Typography component="li" key={lid.nummer} value={lid.nummer} sx={{ whiteSpace: 'pre-wrap' }}>
          {plain
            ? lid.tekst
            : segmentText(lid.tekst, begrippen, articleNumbers, used).map((segment, index) => {
                if (segment.kind === 'ref')
                  return (
                    <Link key={index} component={RouterLink} to={articlePath(segment.nummer, versionId)}>
                      {segment.text}
                    </Link>
                  );
                if (segment.kind === 'term')
                  return (
                    <Tooltip key={index} title={`${segment.begrip.term}: ${segment.begrip.omschrijving}`} describeChild>
                      <Box
                        component="span"
                        tabIndex={0}
                        sx={{
                          textDecoration: 'underline dotted',
                          textUnderlineOffset: '3px',
                          cursor: 'help',
                          '&:focus-visible': { outline: '2px solid #0b6bcb' },
                        }}
                      >
                        {segment.text}
                      </Box>
                    </Tooltip>
                  );
                return <Fragment key={index}>{segment.text}</Fragment>;
              })}
        </Typography>
      ))}
    </Box>
  );
}
