// One question in the builder: its type, text, help text, required flag, dimension (scale
// questions), the fields of its type, and the condition on an earlier answer. Closed, the card is
// one line of the questionnaire's outline (number, type, text, what is special about it, whether
// something is missing); open, it shows all its fields — one question is open at a time, as in the
// survey tools users know. The card is a drop target for another question dragged onto it, open
// or closed.
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import ExpandLessOutlined from '@mui/icons-material/ExpandLessOutlined';
import { Box, Button, Checkbox, Chip, FormControlLabel, FormGroup, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  type Template,
} from '../../../src-shared/domain/questionnaire';
import { NVT } from '../../../src-shared/domain/questionnaire-answers';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { ReorderControls, useDropTarget } from './ReorderControls';
import { TemplateQuestionFields } from './TemplateQuestionFields';
import { changeType, conditionChoices, conditionSources } from './templateBuilder';

interface Props {
  template: Template;
  question: Question;
  /** Its number in the whole questionnaire (1-based), as people count. */
  number: number;
  path: string;
  errors: FieldErrors;
  /** Whether all its fields show (one question at a time), and the way to open or close it. */
  open: boolean;
  onToggle: () => void;
  canUp: boolean;
  canDown: boolean;
  onChange: (question: Question) => void;
  onDelete: () => void;
  onDeleteOption: (code: string) => void;
  onMove: (by: -1 | 1, focusId: string) => void;
  dragging: () => string | null;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropHere: () => void;
}

export function TemplateQuestionEditor(props: Props) {
  const { t } = useTranslation();
  const { question, number, path, errors } = props;
  const label = t('evaluations.builder.questionN', { n: number });
  const name = question.tekst.trim() ? t('evaluations.builder.named', { label, tekst: question.tekst.trim() }) : label;
  const headingId = `bouwer-${question.id}-titel`;
  const drop = useDropTarget(() => {
    const dragged = props.dragging();
    return dragged !== null && dragged !== question.id;
  }, props.onDropHere);
  const condition = question.toonAls;
  const incomplete = Object.keys(errors).some((key) => key === path || key.startsWith(`${path}.`));
  const bodyId = `bouwer-${question.id}-velden`;

  return (
    <Paper
      variant="outlined"
      role="group"
      aria-labelledby={headingId}
      data-vraag={question.id}
      {...drop.props}
      sx={{
        p: props.open ? 2 : 1.5,
        display: 'grid',
        gap: props.open ? 2 : 0.5,
        borderColor: drop.over ? 'primary.main' : undefined,
        borderWidth: drop.over ? 2 : 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <ReorderControls
          name={name}
          focusId={`vraag-${question.id}`}
          canUp={props.canUp}
          canDown={props.canDown}
          onMove={props.onMove}
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
        />
        <Typography variant="h3" id={headingId} sx={{ flex: 1, fontSize: '1.05rem' }}>
          {t('evaluations.builder.questionHeading', { label, type: t(`evaluations.builder.types.${question.type}`) })}
        </Typography>
        <Button
          size="small"
          aria-expanded={props.open}
          aria-controls={props.open ? bodyId : undefined}
          startIcon={props.open ? <ExpandLessOutlined aria-hidden /> : <EditOutlined aria-hidden />}
          onClick={props.onToggle}
          data-focus-id={`vraag-${question.id}-openen`}
        >
          {props.open
            ? t('evaluations.builder.closeQuestion', { n: number })
            : t('evaluations.builder.openQuestion', { n: number })}
        </Button>
        <Button color="error" size="small" startIcon={<DeleteOutlined aria-hidden />} onClick={props.onDelete}>
          {t('evaluations.builder.deleteQuestion', { n: number })}
        </Button>
      </Box>
      {props.open ? null : (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', pl: 1 }}>
          <Typography
            sx={{ flex: 1, minWidth: 200, fontStyle: question.tekst.trim() ? undefined : 'italic' }}
            color={question.tekst.trim() ? 'text.primary' : 'text.secondary'}
            noWrap
          >
            {question.tekst.trim() || t('evaluations.builder.noText')}
          </Typography>
          {question.verplicht ? (
            <Chip size="small" variant="outlined" label={t('evaluations.builder.required')} />
          ) : null}
          {condition ? <Chip size="small" variant="outlined" label={t('evaluations.builder.hasCondition')} /> : null}
          {incomplete ? (
            <Chip size="small" color="error" variant="outlined" label={t('evaluations.builder.incomplete')} />
          ) : null}
        </Box>
      )}
      {props.open ? <QuestionFields {...props} bodyId={bodyId} /> : null}
    </Paper>
  );
}

/** All the fields of an open question. */
function QuestionFields(props: Props & { bodyId: string }) {
  const { t } = useTranslation();
  const { template, question, number, path, errors, onChange } = props;
  const label = t('evaluations.builder.questionN', { n: number });
  const field = (key: string) => fieldProps(t, errors, `${path}.${key}`);
  const sources = conditionSources(template, question.id);
  const condition = question.toonAls;
  const source = condition ? sources.find((q) => q.id === condition.vraag) : undefined;
  const scored = question.type === 'likert5' || question.type === 'matrix';
  return (
    <Box id={props.bodyId} sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '240px 1fr' } }}>
        <TextField
          select
          size="small"
          label={t('evaluations.builder.type', { of: label })}
          value={question.type}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          onChange={(event) => onChange(changeType(question, event.target.value as QuestionType))}
        >
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`evaluations.builder.types.${type}`)}
            </option>
          ))}
        </TextField>
        <TextField
          size="small"
          required
          label={t('evaluations.builder.questionText', { of: label })}
          value={question.tekst}
          onChange={(event) => onChange({ ...question, tekst: event.target.value })}
          {...field('tekst')}
        />
      </Box>
      <TextField
        size="small"
        label={t('evaluations.builder.help', { of: label })}
        value={question.toelichting}
        onChange={(event) => onChange({ ...question, toelichting: event.target.value })}
        {...field('toelichting')}
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={question.verplicht}
              onChange={(event) => onChange({ ...question, verplicht: event.target.checked })}
            />
          }
          label={t('evaluations.builder.required')}
        />
        {scored && template.dimensies.length > 0 ? (
          <TextField
            select
            size="small"
            sx={{ minWidth: 260 }}
            label={t('evaluations.builder.dimension', { of: label })}
            value={question.dimensie ?? ''}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            onChange={(event) => onChange({ ...question, dimensie: event.target.value || null })}
            {...field('dimensie')}
          >
            <option value="">{t('evaluations.builder.noDimension')}</option>
            {template.dimensies.map((d) => (
              <option key={d.code} value={d.code}>
                {d.naam || d.code}
              </option>
            ))}
          </TextField>
        ) : null}
      </Box>
      <TemplateQuestionFields
        question={question}
        path={path}
        errors={errors}
        label={label}
        onChange={onChange}
        onDeleteOption={props.onDeleteOption}
      />
      <Box sx={{ display: 'grid', gap: 1 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={condition !== null}
              disabled={condition === null && sources.length === 0}
              onChange={(event) =>
                onChange({
                  ...question,
                  toonAls: event.target.checked && sources[0] ? { vraag: sources[0].id, waarden: [] } : null,
                })
              }
            />
          }
          label={
            sources.length === 0 && condition === null
              ? t('evaluations.builder.conditionNone')
              : t('evaluations.builder.conditional')
          }
        />
        {condition ? (
          <Box sx={{ pl: 4, display: 'grid', gap: 1 }}>
            <TextField
              select
              size="small"
              sx={{ maxWidth: 560 }}
              label={t('evaluations.builder.conditionQuestion', { of: label })}
              value={condition.vraag}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              onChange={(event) => onChange({ ...question, toonAls: { vraag: event.target.value, waarden: [] } })}
              {...field('toonAls.vraag')}
            >
              {source ? null : <option value={condition.vraag}>{condition.vraag}</option>}
              {sources.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.tekst || q.id}
                </option>
              ))}
            </TextField>
            {source ? (
              <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <Typography component="legend" variant="body2">
                  {t('evaluations.builder.conditionValues', { of: label })}
                </Typography>
                <FormGroup row>
                  {conditionChoices(source).map((choice) => (
                    <FormControlLabel
                      key={String(choice.value)}
                      label={choice.value === NVT ? t('evaluations.form.nvt') : choice.label}
                      control={
                        <Checkbox
                          checked={condition.waarden.includes(choice.value)}
                          onChange={(event) =>
                            onChange({
                              ...question,
                              toonAls: {
                                ...condition,
                                waarden: event.target.checked
                                  ? [...condition.waarden, choice.value]
                                  : condition.waarden.filter((w) => w !== choice.value),
                              },
                            })
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
                {errors[`${path}.toonAls.waarden`] ? (
                  <Typography color="error" variant="body2">
                    {t('evaluations.builder.conditionValuesRequired')}
                  </Typography>
                ) : null}
              </Box>
            ) : null}
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
