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
      {/* Wide enough for "Helemaal mee eens": as many per line as fit, never squeezed to five. */}
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(min(220px, 100%), 1fr))' }}>
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

/**
 * The texts of a list (a choice question's options, a matrix's statements): a field and a delete
 * button per entry, the message about the list as a whole, and a button that adds an empty entry.
 */
function TextList<E>({
  heading,
  entries,
  keyOf,
  textOf,
  fieldLabel,
  deleteLabel,
  fieldError,
  listError,
  maxWidth,
  onText,
  onDelete,
  addLabel,
  onAdd,
}: {
  heading: string;
  entries: readonly E[];
  keyOf: (entry: E) => string;
  textOf: (entry: E) => string;
  fieldLabel: (n: number) => string;
  deleteLabel: (n: number) => string;
  fieldError: (index: number) => { error: boolean; helperText?: string | undefined };
  listError: string | null;
  maxWidth: number;
  onText: (entry: E, text: string) => void;
  onDelete: (entry: E) => void;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <>
      <Typography variant="subtitle2" component="p">
        {heading}
      </Typography>
      {entries.map((entry, i) => (
        <Box key={keyOf(entry)} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            sx={{ flex: 1, maxWidth }}
            label={fieldLabel(i + 1)}
            value={textOf(entry)}
            onChange={(event) => onText(entry, event.target.value)}
            {...fieldError(i)}
          />
          <IconButton aria-label={deleteLabel(i + 1)} onClick={() => onDelete(entry)}>
            <DeleteOutlined aria-hidden />
          </IconButton>
        </Box>
      ))}
      {listError ? (
        <Typography color="error" variant="body2">
          {listError}
        </Typography>
      ) : null}
      <Box>
        <Button size="small" startIcon={<AddOutlined aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Box>
    </>
  );
}

export function TemplateQuestionFields(props: Props) {
  const { t } = useTranslation();
  const { question, path, errors, label, onChange, onDeleteOption } = props;
  const field = (name: string) => fieldProps(t, errors, `${path}.${name}`);
  const listError = (name: string) => {
    const error = errors[`${path}.${name}`];
    return error ? t(`common:${error.key}`, error.params ?? {}) : null;
  };

  if (question.type === 'likert5') return <ScaleLabels {...props} />;

  if (question.type === 'keuze' || question.type === 'meerkeuze') {
    return (
      <Box sx={{ display: 'grid', gap: 1 }}>
        <TextList
          heading={t('evaluations.builder.options')}
          entries={question.opties}
          keyOf={(option) => option.code}
          textOf={(option) => option.label}
          fieldLabel={(n) => t('evaluations.builder.option', { n, of: label })}
          deleteLabel={(n) => t('evaluations.builder.deleteOption', { n, of: label })}
          fieldError={(i) => field(`opties.${i}.label`)}
          listError={listError('opties')}
          maxWidth={480}
          onText={(option, text) =>
            onChange({
              ...question,
              opties: question.opties.map((o) => (o.code === option.code ? { ...o, label: text } : o)),
            })
          }
          onDelete={(option) => onDeleteOption(option.code)}
          addLabel={t('evaluations.builder.addOption')}
          onAdd={() =>
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
        />
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
      <TextList
        heading={t('evaluations.builder.items')}
        entries={question.items}
        keyOf={(item) => item.id}
        textOf={(item) => item.tekst}
        fieldLabel={(n) => t('evaluations.builder.item', { n, of: label })}
        deleteLabel={(n) => t('evaluations.builder.deleteItem', { n, of: label })}
        fieldError={(i) => field(`items.${i}.tekst`)}
        listError={listError('items')}
        maxWidth={640}
        onText={(item, text) =>
          onChange({
            ...question,
            items: question.items.map((it) => (it.id === item.id ? { ...it, tekst: text } : it)),
          })
        }
        onDelete={(item) => onChange({ ...question, items: question.items.filter((it) => it.id !== item.id) })}
        addLabel={t('evaluations.builder.addItem')}
        onAdd={() =>
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
      />
    </Box>
  );
}
