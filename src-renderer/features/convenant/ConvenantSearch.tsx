// Search-as-you-type over the covenant (articles and begrippen): a search field that owns a list
// of results (the combobox pattern): arrows move through the results, Enter chooses one, and the
// words that matched are highlighted in each snippet. Used by the reader (with "Staat het antwoord
// er niet bij?" under the results) and by Ctrl+K.
import { Box, Button, CircularProgress, InputAdornment, TextField, Typography } from '@mui/material';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvenantSearchHit } from '../../../src-shared/ipc/convenant';
import { describeError } from '../../kit/bridge';
import { QuestionFeedback } from './QuestionFeedback';
import { useConvenantSearch } from './useConvenant';

interface ConvenantSearchProps {
  versionId: number | null;
  onChoose: (hit: ConvenantSearchHit) => void;
  autoFocus?: boolean;
  /** What choosing does, said under the field (e.g. "Enter voegt een verwijzing in"). */
  hint?: string;
  /** Before anything is typed, offer a few questions to start from (the Ctrl+K dialog). */
  examples?: boolean;
  /** Under the results, "Staat het antwoord er niet bij?" (the reader). */
  feedback?: boolean;
}

/** What a colleague might look up; each fills the field and searches (i18n keys). */
const EXAMPLES = [
  'convenant.search.examples.police',
  'convenant.search.examples.retention',
  'convenant.search.examples.breach',
];

export function hitLabel(t: (key: string, params?: Record<string, unknown>) => string, hit: ConvenantSearchHit) {
  if (hit.kind === 'begrip') return t('convenant.search.begrip', { term: hit.titel });
  return hit.lid
    ? t('convenant.search.articleLid', { nummer: hit.ref, lid: hit.lid, titel: hit.titel })
    : t('convenant.search.article', { nummer: hit.ref, titel: hit.titel });
}

export function ConvenantSearch({
  versionId,
  onChoose,
  autoFocus,
  hint,
  examples = false,
  feedback = false,
}: ConvenantSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { hits, settled, pending, error } = useConvenantSearch(text, versionId);
  const current = Math.min(active, Math.max(hits.length - 1, 0));
  const listId = `${id}-resultaten`;
  const optionId = (index: number) => `${id}-optie-${index}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!hits.length) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive(Math.min(hits.length - 1, current + 1)),
      ArrowUp: () => setActive(Math.max(0, current - 1)),
      Home: () => setActive(0),
      End: () => setActive(hits.length - 1),
      Enter: () => onChoose(hits[current]!),
    };
    const move = moves[event.key];
    if (!move || ((event.key === 'Home' || event.key === 'End') && !event.ctrlKey)) return;
    event.preventDefault();
    move();
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  };

  const expanded = settled.length > 0 && hits.length > 0;
  const field = useId();
  return (
    <Box>
      <TextField
        id={field}
        label={t('convenant.search.label')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoFocus={autoFocus}
        fullWidth
        autoComplete="off"
        helperText={hint ?? t('convenant.search.hint')}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-expanded': expanded,
            'aria-controls': listId,
            'aria-autocomplete': 'list',
            'aria-activedescendant': expanded ? optionId(current) : undefined,
            spellCheck: false,
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined aria-hidden />
              </InputAdornment>
            ),
            endAdornment: pending ? (
              <InputAdornment position="end">
                <CircularProgress size={18} aria-label={t('convenant.search.busy')} />
              </InputAdornment>
            ) : null,
          },
        }}
      />
      <Typography role="status" variant="body2" sx={{ mt: 1, color: 'text.secondary', minHeight: '1.5em' }}>
        {error
          ? describeError(t, error)
          : settled && !pending
            ? hits.length
              ? t('convenant.search.count', { count: hits.length })
              : t('convenant.search.none', { text: settled })
            : ''}
      </Typography>
      {examples && text === '' ? (
        <Box
          role="group"
          aria-label={t('convenant.search.examples.label')}
          sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}
        >
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('convenant.search.examples.label')}
          </Typography>
          {EXAMPLES.map((key) => (
            <Button
              key={key}
              size="small"
              variant="outlined"
              onClick={() => {
                setText(t(key));
                setActive(0);
                document.getElementById(field)?.focus();
              }}
            >
              {t(key)}
            </Button>
          ))}
        </Box>
      ) : null}
      <Box
        component="ul"
        id={listId}
        role="listbox"
        aria-label={t('convenant.search.results')}
        sx={{ listStyle: 'none', p: 0, m: 0, display: expanded ? 'block' : 'none' }}
      >
        {hits.map((hit, index) => (
          <Box
            component="li"
            key={`${hit.kind}-${hit.ref}-${hit.lid ?? 0}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            onClick={() => onChoose(hit)}
            // Moving the pointer chooses, not a list that appears under a resting pointer (after
            // an example was clicked): Enter then takes the first result, as the keyboard expects.
            onMouseMove={() => setActive(index)}
            sx={{
              px: 1.5,
              py: 1,
              cursor: 'pointer',
              borderLeft: 4,
              borderColor: index === current ? 'primary.main' : 'transparent',
              bgcolor: index === current ? 'action.selected' : 'transparent',
            }}
          >
            <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
              {hitLabel(t, hit)}
            </Typography>
            <Typography component="span" variant="body2" sx={{ display: 'block' }}>
              {hit.snippet.map((part, i) =>
                part.hit ? (
                  <Box component="mark" key={i} sx={{ bgcolor: '#ffe58a', color: 'inherit', px: 0.25 }}>
                    {part.text}
                  </Box>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </Typography>
          </Box>
        ))}
      </Box>
      {feedback && settled && !error ? (
        <QuestionFeedback key={settled} question={settled} versionId={versionId} />
      ) : null}
    </Box>
  );
}
