// A questionnaire rendered from its template, for paper entry and the kiosk: sections with their
// questions (Likert-5, single and multiple choice, number, open text, matrix), required marks,
// questions that show only when an earlier answer has a value, and the message next to the field.
// The question parts are the kit's (QuestionParts): large question text, scales on one row, large
// targets, digits on a scale; each question (each matrix statement) is marked `data-vraag` for the
// keyboard entry's Enter (kit/keyboardEntry).
import {
  Box,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { answerTargetSx, AnswerScale, QuestionFieldset, questionTextSx } from '../../kit/QuestionParts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NVT, visibility, type Answers, type AnswerValue } from '../../../src-shared/domain/questionnaire-answers';
import type { Question, Template } from '../../../src-shared/domain/questionnaire';
import type { FieldErrors } from '../../kit/forms';

interface Props {
  template: Template;
  answers: Answers;
  onChange: (answers: Answers) => void;
  errors: FieldErrors;
}

function scaleOptions(labels: readonly string[], nvt: boolean, nvtLabel: string) {
  const options = labels.map((label, i) => ({ value: String(i + 1), label: `${i + 1} — ${label}` }));
  return nvt ? [...options, { value: NVT, label: nvtLabel }] : options;
}

/** Core reports answer problems under `answers.<id>`; the form shows them under `<id>`. */
export function answerErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, error]) => [path.replace(/^answers\./, ''), error]));
}

export function QuestionnaireForm({ template, answers, onChange, errors }: Props) {
  const { t } = useTranslation();
  const shownOf = useMemo(() => visibility(template), [template]);
  const shown = shownOf(answers);
  const message = (path: string) => {
    const error = errors[path];
    return error ? t(`common:${error.key}`, error.params ?? {}) : null;
  };
  const set = (id: string, value: AnswerValue | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    onChange(next);
  };

  function renderQuestion(q: Question) {
    const error = message(q.id);
    const helpId = `vraag-${q.id}-hulp`;
    const errorId = `vraag-${q.id}-fout`;
    const described = [q.toelichting ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
    const help = q.toelichting ? <FormHelperText id={helpId}>{q.toelichting}</FormHelperText> : null;
    const errorText = error ? (
      <FormHelperText id={errorId} error>
        {error}
      </FormHelperText>
    ) : null;
    const value = answers[q.id];

    if (q.type === 'likert5') {
      return (
        <QuestionFieldset text={q.tekst} required={q.verplicht} error={!!error}>
          {help}
          <AnswerScale
            options={scaleOptions(q.labels, q.nvt, t('evaluations.form.nvt'))}
            notApplicable={q.nvt ? NVT : undefined}
            value={value === undefined ? '' : String(value)}
            describedBy={described}
            invalid={!!error}
            onChange={(raw) => set(q.id, raw !== NVT ? Number(raw) : raw)}
          />
          {errorText}
        </QuestionFieldset>
      );
    }
    if (q.type === 'keuze') {
      return (
        <QuestionFieldset text={q.tekst} required={q.verplicht} error={!!error}>
          {help}
          <RadioGroup
            value={value === undefined ? '' : String(value)}
            aria-describedby={described}
            onChange={(event) => set(q.id, event.target.value)}
            sx={{ display: 'flex', flexDirection: 'row', flexWrap: 'wrap', gap: 1 }}
          >
            {q.opties.map((o) => (
              <FormControlLabel
                key={o.code}
                value={o.code}
                control={<Radio slotProps={{ input: { 'aria-invalid': error ? true : undefined } }} />}
                label={o.label}
                sx={answerTargetSx}
              />
            ))}
          </RadioGroup>
          {errorText}
        </QuestionFieldset>
      );
    }
    if (q.type === 'meerkeuze') {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <QuestionFieldset text={q.tekst} required={q.verplicht} error={!!error}>
          {help}
          <FormGroup aria-describedby={described} sx={{ gap: 1 }}>
            {q.opties.map((o) => (
              <FormControlLabel
                key={o.code}
                label={o.label}
                sx={[answerTargetSx, { alignSelf: 'flex-start' }]}
                control={
                  <Checkbox
                    checked={chosen.includes(o.code)}
                    slotProps={{ input: { 'aria-invalid': error ? true : undefined } }}
                    onChange={(event) => {
                      const next = event.target.checked ? [...chosen, o.code] : chosen.filter((c) => c !== o.code);
                      set(q.id, next.length ? next : undefined);
                    }}
                  />
                }
              />
            ))}
          </FormGroup>
          {errorText}
        </QuestionFieldset>
      );
    }
    if (q.type === 'getal' || q.type === 'open') {
      // The question text above the field, as large as a legend and never cut off: a floating label
      // would be truncated to the field's width.
      const inputId = `vraag-${q.id}`;
      const hint =
        error ?? (q.toelichting || (q.type === 'getal' ? t('evaluations.form.range', { min: q.min, max: q.max }) : ''));
      return (
        <>
          <FormLabel htmlFor={inputId} required={q.verplicht} error={!!error} sx={questionTextSx}>
            {q.tekst}
          </FormLabel>
          <TextField
            id={inputId}
            required={q.verplicht}
            multiline={q.type === 'open'}
            minRows={q.type === 'open' ? 3 : undefined}
            value={value === undefined ? '' : String(value)}
            error={!!error}
            helperText={hint || undefined}
            slotProps={{
              htmlInput:
                q.type === 'getal'
                  ? { inputMode: 'decimal', style: { fontSize: '1.125rem' } }
                  : { maxLength: q.maxLengte },
            }}
            sx={{ maxWidth: q.type === 'getal' ? 240 : '75ch' }}
            fullWidth
            onChange={(event) => {
              const raw = event.target.value;
              if (q.type === 'open') set(q.id, raw === '' ? undefined : raw);
              else {
                const number = Number(raw.replace(',', '.'));
                set(q.id, raw.trim() === '' ? undefined : Number.isFinite(number) ? number : raw);
              }
            }}
          />
        </>
      );
    }
    // matrix: one row of the scale per statement, each a question of its own for Enter.
    const given = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    return (
      <QuestionFieldset text={q.tekst} required={q.verplicht}>
        {help}
        {q.items.map((item) => {
          const path = `${q.id}.${item.id}`;
          const itemError = message(path);
          return (
            <QuestionFieldset
              key={item.id}
              text={item.tekst}
              error={!!itemError}
              sx={{ mt: 1.5, '& > legend': { fontSize: '1.125rem' } }}
            >
              <Box data-vraag={path}>
                <AnswerScale
                  options={scaleOptions(q.labels, q.nvt, t('evaluations.form.nvt'))}
                  notApplicable={q.nvt ? NVT : undefined}
                  value={given[item.id] === undefined ? '' : String(given[item.id])}
                  describedBy={itemError ? `vraag-${path}-fout` : undefined}
                  invalid={!!itemError}
                  onChange={(raw) => set(q.id, { ...given, [item.id]: raw === NVT ? NVT : Number(raw) })}
                />
              </Box>
              {itemError ? (
                <FormHelperText id={`vraag-${path}-fout`} error>
                  {itemError}
                </FormHelperText>
              ) : null}
            </QuestionFieldset>
          );
        })}
      </QuestionFieldset>
    );
  }

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {template.secties.map((section) => {
        const questions = section.vragen.filter((q) => shown.has(q.id));
        if (questions.length === 0) return null;
        return (
          <Box key={section.id} component="section" aria-labelledby={`sectie-${section.id}`}>
            <Typography variant="h2" id={`sectie-${section.id}`} sx={{ mb: 1 }}>
              {section.titel}
            </Typography>
            {section.toelichting ? (
              <Typography sx={{ mb: 2, maxWidth: '75ch' }}>{section.toelichting}</Typography>
            ) : null}
            <Box sx={{ display: 'grid', gap: 3.5 }}>
              {questions.map((q) => (
                <Box key={q.id} {...(q.type === 'matrix' ? {} : { 'data-vraag': q.id })}>
                  {renderQuestion(q)}
                </Box>
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
