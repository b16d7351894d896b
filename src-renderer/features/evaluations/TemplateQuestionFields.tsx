// The fields that depend on a question's type in the builder: the five labels of a scale (Likert
// and matrix), the options of a choice question, the range of a number, the length of an open
// answer and the statements of a matrix. Each message stands next to its field.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../src-shared/domain/questionnaire';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { freshId } from './templateBuilder';

interface Props {
  question: Question;
  path: string;
  errors: FieldErrors;
  /** A name for the fields' labels ("vraag 3"). */
  label: string;
  onChange: (question: Question) => void;
  onDeleteOption: (code: string) => void;
}

/** A number typed as text: kept as typed until it is a number (a comma counts as the decimal sign). */
function NumberField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error: { error: boolean; helperText?: string | undefined };
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null || Number.isNaN(value) ? '' : String(value));
  const parsed = text.trim() === '' ? null : Number(text.replace(',', '.'));
  const invalid = parsed !== null && !Number.isFinite(parsed);
  return (
    <TextField
      label={label}
      value={text}
      size="small"
      sx={{ width: 340, maxWidth: '100%' }}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      onChange={(event) => {
        setText(event.target.value);
        const raw = event.target.value.trim();
        const number = raw === '' ? null : Number(raw.replace(',', '.'));
        if (number === null || Number.isFinite(number)) onChange(number);
      }}
      error={invalid || error.error}
      helperText={invalid ? t('evaluations.builder.notANumber') : error.helperText}
    />
  );
}

function ScaleLabels({ question, path, errors, onChange }: Props) {
  const { t } = useTranslation();
  if (question.type !== 'likert5' && question.type !== 'matrix') return null;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('evaluations.builder.scaleLabels')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(5, 1fr)' } }}>
        {question.labels.map((value, i) => (
          <TextField
            key={i}
            size="small"
            label={t('evaluations.builder.scalePoint', { n: i + 1 })}
            value={value}
            onChange={(event) =>
              onChange({ ...question, labels: question.labels.map((l, j) => (j === i ? event.target.value : l)) })
            }
            {...fieldProps(t, errors, `${path}.labels.${i}`)}
          />
        ))}
      </Box>
      <FormControlLabel
        control={<Checkbox checked={question.nvt} onChange={(e) => onChange({ ...question, nvt: e.target.checked })} />}
        label={t('evaluations.builder.nvt')}
      />
      {question.type === 'likert5' ? (
        <FormControlLabel
          control={
            <Checkbox
              checked={question.omgekeerd}
              onChange={(e) => onChange({ ...question, omgekeerd: e.target.checked })}
            />
          }
          label={t('evaluations.builder.reversed')}
        />
      ) : null}
    </Box>
  );
}

export function TemplateQuestionFields(props: Props) {
  const { t } = useTranslation();
  const { question, path, errors, label, onChange, onDeleteOption } = props;
  const field = (name: string) => fieldProps(t, errors, `${path}.${name}`);

  if (question.type === 'likert5') return <ScaleLabels {...props} />;

  if (question.type === 'keuze' || question.type === 'meerkeuze') {
    return (
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="subtitle2" component="p">
          {t('evaluations.builder.options')}
        </Typography>
        {question.opties.map((option, i) => (
          <Box key={option.code} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              size="small"
              sx={{ flex: 1, maxWidth: 480 }}
              label={t('evaluations.builder.option', { n: i + 1, of: label })}
              value={option.label}
              onChange={(event) =>
                onChange({
                  ...question,
                  opties: question.opties.map((o) =>
                    o.code === option.code ? { ...o, label: event.target.value } : o,
                  ),
                })
              }
              {...field(`opties.${i}.label`)}
            />
            <IconButton
              aria-label={t('evaluations.builder.deleteOption', { n: i + 1, of: label })}
              onClick={() => onDeleteOption(option.code)}
            >
              <DeleteOutlined aria-hidden />
            </IconButton>
          </Box>
        ))}
        {errors[`${path}.opties`] ? (
          <Typography color="error" variant="body2">
            {t(`common:${errors[`${path}.opties`]!.key}`, errors[`${path}.opties`]!.params ?? {})}
          </Typography>
        ) : null}
        <Box>
          <Button
            size="small"
            startIcon={<AddOutlined aria-hidden />}
            onClick={() =>
              onChange({
                ...question,
                opties: [
                  ...question.opties,
                  {
                    code: freshId(
                      'optie',
                      question.opties.map((o) => o.code),
                    ),
                    label: '',
                  },
                ],
              })
            }
          >
            {t('evaluations.builder.addOption')}
          </Button>
        </Box>
        {question.type === 'meerkeuze' ? (
          <NumberField
            label={t('evaluations.builder.maxChoices')}
            value={question.maxKeuzes}
            onChange={(value) => onChange({ ...question, maxKeuzes: value })}
            error={field('maxKeuzes')}
          />
        ) : null}
      </Box>
    );
  }

  if (question.type === 'getal') {
    return (
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <NumberField
          label={t('evaluations.builder.min')}
          value={question.min}
          onChange={(value) => onChange({ ...question, min: value ?? Number.NaN })}
          error={field('min')}
        />
        <NumberField
          label={t('evaluations.builder.max')}
          value={question.max}
          onChange={(value) => onChange({ ...question, max: value ?? Number.NaN })}
          error={field('max')}
        />
        <TextField
          size="small"
          label={t('evaluations.builder.unit')}
          value={question.eenheid}
          onChange={(event) => onChange({ ...question, eenheid: event.target.value })}
          {...field('eenheid')}
        />
        <FormControlLabel
          control={
            <Checkbox checked={question.geheel} onChange={(e) => onChange({ ...question, geheel: e.target.checked })} />
          }
          label={t('evaluations.builder.whole')}
        />
      </Box>
    );
  }

  if (question.type === 'open') {
    return (
      <NumberField
        label={t('evaluations.builder.maxLength')}
        value={question.maxLengte}
        onChange={(value) => onChange({ ...question, maxLengte: value ?? Number.NaN })}
        error={field('maxLengte')}
      />
    );
  }

  // matrix: the shared scale and its statements.
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <ScaleLabels {...props} />
      <Typography variant="subtitle2" component="p">
        {t('evaluations.builder.items')}
      </Typography>
      {question.items.map((item, i) => (
        <Box key={item.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            sx={{ flex: 1, maxWidth: 640 }}
            label={t('evaluations.builder.item', { n: i + 1, of: label })}
            value={item.tekst}
            onChange={(event) =>
              onChange({
                ...question,
                items: question.items.map((it) => (it.id === item.id ? { ...it, tekst: event.target.value } : it)),
              })
            }
            {...field(`items.${i}.tekst`)}
          />
          <IconButton
            aria-label={t('evaluations.builder.deleteItem', { n: i + 1, of: label })}
            onClick={() => onChange({ ...question, items: question.items.filter((it) => it.id !== item.id) })}
          >
            <DeleteOutlined aria-hidden />
          </IconButton>
        </Box>
      ))}
      {errors[`${path}.items`] ? (
        <Typography color="error" variant="body2">
          {t(`common:${errors[`${path}.items`]!.key}`, errors[`${path}.items`]!.params ?? {})}
        </Typography>
      ) : null}
      <Box>
        <Button
          size="small"
          startIcon={<AddOutlined aria-hidden />}
          onClick={() =>
            onChange({
              ...question,
              items: [
                ...question.items,
                {
                  id: freshId(
                    'item',
                    question.items.map((it) => it.id),
                  ),
                  tekst: '',
                  dimensie: null,
                  omgekeerd: false,
                },
              ],
            })
          }
        >
          {t('evaluations.builder.addItem')}
        </Button>
      </Box>
    </Box>
  );
}
