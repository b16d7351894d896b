// The parts of a question as respondents see it (the kiosk) and as staff type in a paper form:
// question text large and in full contrast (never grey, never smaller than the answers), answers as
// large targets (at least 44 px), and a rating scale whose answers share one row however long
// their labels ("5 — Helemaal eens" wraps inside its own tile, never onto a row of its own).
// Digits choose on a scale (1–5, 0 for "n.v.t."), so a paper form is typed without the mouse.
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, type SxProps, type Theme } from '@mui/material';
import type { KeyboardEvent, ReactNode } from 'react';

/** Question text: the largest text of a question, in the text colour, also while its answer has the focus. */
export const questionTextSx = {
  display: 'block',
  fontSize: '1.25rem',
  fontWeight: 600,
  lineHeight: 1.4,
  color: 'text.primary',
  mb: 1,
  '&.Mui-focused, &.Mui-error': { color: 'text.primary' },
} as const;

/** An answer as a target of at least 44 px, with its focus and its choice visible. */
export const answerTargetSx = {
  m: 0,
  minHeight: 48,
  pr: 1.5,
  borderRadius: 1,
  border: 1,
  borderColor: 'divider',
  bgcolor: 'background.paper',
  '& .MuiFormControlLabel-label': { fontSize: '1.0625rem' },
  '&:has(input:checked)': { borderColor: 'primary.main', bgcolor: 'action.selected' },
  '&:has(input:focus-visible)': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
} as const;

/** A question answered with choices: a fieldset whose legend is the question text. */
export function QuestionFieldset({
  text,
  required,
  error,
  children,
  sx,
}: {
  text: string;
  required?: boolean;
  error?: boolean;
  children: ReactNode;
  sx?: SxProps<Theme>;
}) {
  return (
    <FormControl
      component="fieldset"
      required={required}
      error={error}
      sx={[{ width: '100%' }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <FormLabel component="legend" sx={questionTextSx}>
        {text}
      </FormLabel>
      {children}
    </FormControl>
  );
}

export interface ScaleOption {
  value: string;
  label: string;
}

/**
 * A rating scale: one row of equal tiles from 600 px up (a column below), each a radio with its
 * label. A digit key chooses the answer with that number (0: the last, "n.v.t.", when there is one)
 * and moves the focus to it.
 */
export function AnswerScale({
  options,
  value,
  onChange,
  describedBy,
  invalid,
  notApplicable,
}: {
  options: ScaleOption[];
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
  /** The value of the "n.v.t." option, when the scale has one (it is then the last option). */
  notApplicable?: string;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) return;
    const digit = Number(event.key);
    const option =
      digit === 0
        ? options.find((o) => o.value === notApplicable)
        : options.filter((o) => o.value !== notApplicable)[digit - 1];
    if (!option) return;
    event.preventDefault();
    onChange(option.value);
    const group = event.currentTarget;
    const input = group.querySelector<HTMLInputElement>(`input[value="${CSS.escape(option.value)}"]`);
    input?.focus();
  };
  return (
    <RadioGroup
      value={value}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      sx={{
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: `repeat(${options.length}, minmax(0, 1fr))` },
      }}
    >
      {options.map((o) => (
        <FormControlLabel
          key={o.value}
          value={o.value}
          control={<Radio slotProps={{ input: { 'aria-invalid': invalid ? true : undefined } }} />}
          label={o.label}
          sx={[
            answerTargetSx,
            {
              alignItems: 'center',
              py: 0.5,
              '& .MuiFormControlLabel-label': { fontSize: '1rem', lineHeight: 1.3, hyphens: 'auto' },
            },
          ]}
        />
      ))}
    </RadioGroup>
  );
}
