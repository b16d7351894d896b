// The sections of a questionnaire in the builder, each with its questions. Sections and questions
// move by drag and drop, by ↑/↓ on their drag handle, or with the move buttons; a question moves
// across the edge of its section into the next one. Every move (and every refused move) is
// announced in a live region; focus stays on the control that was used. Deleting asks first.
// One question is open at a time (the others are lines of an outline): a new question opens, and a
// save that finds problems opens the first question with one, so focus can reach its field.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type QuestionType, type Template } from '../../../src-shared/domain/questionnaire';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { useFollowFocus } from '../../kit/useFollowFocus';
import { ReorderControls, useDropTarget } from './ReorderControls';
import { TemplateQuestionEditor } from './TemplateQuestionEditor';
import {
  addQuestion,
  addSection,
  deleteOption,
  deleteQuestion,
  deleteSection,
  dependentsOf,
  moveQuestion,
  moveQuestionToSection,
  moveSection,
  updateQuestion,
  updateSection,
  type MoveResult,
} from './templateBuilder';

interface Props {
  template: Template;
  errors: FieldErrors;
  /** Counts the saves that found problems. */
  reveal: number;
  onChange: (template: Template) => void;
}

type Dragged = { kind: 'sectie'; index: number } | { kind: 'vraag'; id: string } | null;
type Deleting = { kind: 'sectie'; index: number } | { kind: 'vraag'; id: string } | null;

export function TemplateSectionsEditor({ template, errors, reveal, onChange }: Props) {
  const { t } = useTranslation();
  const follow = useFollowFocus();
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<Dragged>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const [newType, setNewType] = useState<Record<string, QuestionType>>({});
  const [openId, setOpenId] = useState<string | null>(null);

  // A save that finds problems (`reveal` counts them) opens the first question with a problem,
  // unless the open one has one — in this render, before the form moves focus to the first field
  // marked invalid. Typing never moves the open question.
  const [revealed, setRevealed] = useState(reveal);
  if (revealed !== reveal) {
    setRevealed(reveal);
    const paths = template.secties.flatMap((s, si) =>
      s.vragen.map((q, qi) => [q.id, `secties.${si}.vragen.${qi}`] as const),
    );
    const errored = paths
      .filter(([, path]) => Object.keys(errors).some((key) => key === path || key.startsWith(`${path}.`)))
      .map(([id]) => id);
    if (errored.length > 0 && !(openId !== null && errored.includes(openId))) setOpenId(errored[0]!);
  }

  // Numbers as people count them, across sections.
  const numbers = new Map<string, number>();
  template.secties.forEach((s) => s.vragen.forEach((q) => numbers.set(q.id, numbers.size + 1)));
  const questionName = (id: string) => {
    const found = template.secties.flatMap((s) => s.vragen).find((q) => q.id === id);
    const label = t('evaluations.builder.questionN', { n: numbers.get(id) ?? 0 });
    return found?.tekst.trim() ? t('evaluations.builder.named', { label, tekst: found.tekst.trim() }) : label;
  };
  const sectionName = (index: number) =>
    template.secties[index]?.titel.trim() || t('evaluations.builder.sectionN', { n: index + 1 });

  /** A question as a move announcement names it: its text, or its number while it has none. */
  const spoken = (id: string) => {
    const found = template.secties.flatMap((s) => s.vragen).find((q) => q.id === id);
    return found?.tekst.trim() || t('evaluations.builder.questionN', { n: numbers.get(id) ?? 0 });
  };

  function afterMove(
    result: MoveResult,
    name: string,
    focusId: string | null,
    describe: (ok: MoveResult & { ok: true }) => string,
  ) {
    if (!result.ok) {
      setAnnouncement(
        result.reason === 'edge'
          ? t('evaluations.builder.moveEdge', { name })
          : name === spoken(result.blocking ?? '')
            ? t('evaluations.builder.moveRefusedSelf', { name })
            : t('evaluations.builder.moveRefused', { name, blocking: spoken(result.blocking ?? '') }),
      );
      return;
    }
    onChange(result.template);
    setAnnouncement(describe(result));
    if (focusId) follow(focusId);
  }

  const questionMoved = (name: string) => (r: MoveResult & { ok: true }) =>
    t('evaluations.builder.questionMoved', {
      name,
      position: r.index + 1,
      total: r.template.secties[r.section]!.vragen.length,
      section: r.template.secties[r.section]!.titel.trim() || t('evaluations.builder.sectionN', { n: r.section + 1 }),
    });

  function moveQuestionTo(id: string, to: number, focusId: string | null) {
    const name = spoken(id);
    afterMove(moveQuestion(template, id, to), name, focusId, questionMoved(name));
  }

  function moveSectionTo(from: number, to: number, focusId: string | null) {
    const name = sectionName(from);
    afterMove(moveSection(template, from, to), name, focusId, (r) =>
      t('evaluations.builder.sectionMoved', { name, position: r.section + 1, total: r.template.secties.length }),
    );
  }

  function confirmDelete() {
    if (!deleting) return;
    if (deleting.kind === 'vraag') {
      setAnnouncement(t('evaluations.builder.questionDeleted', { name: questionName(deleting.id) }));
      onChange(deleteQuestion(template, deleting.id));
    } else {
      setAnnouncement(t('evaluations.builder.sectionDeleted', { name: sectionName(deleting.index) }));
      onChange(deleteSection(template, deleting.index));
    }
    setDeleting(null);
  }

  const dependents =
    deleting === null
      ? []
      : dependentsOf(
          template,
          deleting.kind === 'vraag' ? [deleting.id] : (template.secties[deleting.index]?.vragen.map((q) => q.id) ?? []),
        );

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Typography id="bouwer-sleep-uitleg" variant="body2" color="text.secondary">
        {t('evaluations.builder.reorderHint')}
      </Typography>
      {template.secties.map((section, s) => (
        <SectionCard
          key={section.id}
          index={s}
          sectionId={section.id}
          count={template.secties.length}
          name={sectionName(s)}
          accepts={() => dragged.current?.kind === 'sectie' && dragged.current.index !== s}
          onDrop={() => {
            const from = dragged.current?.kind === 'sectie' ? dragged.current.index : null;
            dragged.current = null;
            if (from !== null) moveSectionTo(from, s, null);
          }}
          onMove={(by, focusId) => moveSectionTo(s, s + by, focusId)}
          onDragStart={() => (dragged.current = { kind: 'sectie', index: s })}
          onDragEnd={() => (dragged.current = null)}
          onDelete={() => setDeleting({ kind: 'sectie', index: s })}
        >
          <TextField
            required
            size="small"
            label={t('evaluations.builder.sectionTitle', { n: s + 1 })}
            value={section.titel}
            onChange={(event) => onChange(updateSection(template, s, (x) => ({ ...x, titel: event.target.value })))}
            {...fieldProps(t, errors, `secties.${s}.titel`)}
          />
          <TextField
            size="small"
            multiline
            minRows={2}
            label={t('evaluations.builder.sectionIntro', { n: s + 1 })}
            value={section.toelichting}
            onChange={(event) =>
              onChange(updateSection(template, s, (x) => ({ ...x, toelichting: event.target.value })))
            }
            {...fieldProps(t, errors, `secties.${s}.toelichting`)}
          />
          {errors[`secties.${s}.vragen`] ? (
            <Typography color="error" variant="body2">
              {t('evaluations.builder.sectionEmpty')}
            </Typography>
          ) : null}
          {section.vragen.map((question, q) => {
            const first = s === 0 && q === 0;
            const last = s === template.secties.length - 1 && q === section.vragen.length - 1;
            return (
              <TemplateQuestionEditor
                key={question.id}
                template={template}
                question={question}
                number={numbers.get(question.id) ?? 0}
                path={`secties.${s}.vragen.${q}`}
                errors={errors}
                open={openId === question.id}
                onToggle={() => setOpenId(openId === question.id ? null : question.id)}
                canUp={!first}
                canDown={!last}
                onChange={(next) => onChange(updateQuestion(template, question.id, () => next))}
                onDelete={() => setDeleting({ kind: 'vraag', id: question.id })}
                onDeleteOption={(code) => onChange(deleteOption(template, question.id, code))}
                onMove={(by, focusId) => moveQuestionTo(question.id, q + by, focusId)}
                dragging={() => (dragged.current?.kind === 'vraag' ? dragged.current.id : null)}
                onDragStart={() => (dragged.current = { kind: 'vraag', id: question.id })}
                onDragEnd={() => (dragged.current = null)}
                onDropHere={() => {
                  const id = dragged.current?.kind === 'vraag' ? dragged.current.id : null;
                  dragged.current = null;
                  if (id === null) return;
                  const name = spoken(id);
                  afterMove(moveQuestionToSection(template, id, s, q), name, null, questionMoved(name));
                }}
              />
            );
          })}
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              size="small"
              sx={{ minWidth: 240 }}
              label={t('evaluations.builder.newQuestionType', { n: s + 1 })}
              value={newType[section.id] ?? 'likert5'}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              onChange={(event) => setNewType({ ...newType, [section.id]: event.target.value as QuestionType })}
            >
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`evaluations.builder.types.${type}`)}
                </option>
              ))}
            </TextField>
            <Button
              variant="outlined"
              startIcon={<AddOutlined aria-hidden />}
              onClick={() => {
                const next = addQuestion(template, s, newType[section.id] ?? 'likert5');
                const added = next.secties[s]!.vragen.at(-1)!;
                onChange(next);
                setOpenId(added.id);
                follow(`vraag-${added.id}-greep`);
              }}
            >
              {t('evaluations.builder.addQuestion', { n: s + 1 })}
            </Button>
          </Box>
        </SectionCard>
      ))}
      <Box>
        <Button
          variant="outlined"
          startIcon={<AddOutlined aria-hidden />}
          onClick={() => {
            const next = addSection(template);
            onChange(next);
            follow(`sectie-${next.secties.at(-1)!.id}-greep`);
          }}
        >
          {t('evaluations.builder.addSection')}
        </Button>
      </Box>
      <Typography role="status" className="visually-hidden" data-testid="bouwer-melding">
        {announcement}
      </Typography>
      {deleting ? (
        <ConfirmDialog
          id="bouwer-verwijderen"
          title={
            deleting.kind === 'vraag'
              ? t('evaluations.builder.deleteQuestionTitle', { name: questionName(deleting.id) })
              : t('evaluations.builder.deleteSectionTitle', { name: sectionName(deleting.index) })
          }
          confirmLabel={t('evaluations.builder.deleteConfirm')}
          busy={false}
          error={null}
          onConfirm={confirmDelete}
          onClose={() => setDeleting(null)}
        >
          {deleting.kind === 'vraag'
            ? t('evaluations.builder.deleteQuestionText')
            : t('evaluations.builder.deleteSectionText', {
                count: template.secties[deleting.index]?.vragen.length ?? 0,
              })}
          {dependents.length > 0
            ? ` ${t('evaluations.builder.deleteDependents', { names: dependents.map((q) => questionName(q.id)).join('; ') })}`
            : null}
        </ConfirmDialog>
      ) : null}
    </Box>
  );
}

interface SectionCardProps {
  index: number;
  sectionId: string;
  count: number;
  name: string;
  accepts: () => boolean;
  onDrop: () => void;
  onMove: (by: -1 | 1, focusId: string) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDelete: () => void;
  children: React.ReactNode;
}

function SectionCard({
  index,
  sectionId,
  count,
  name,
  accepts,
  onDrop,
  onMove,
  onDragStart,
  onDragEnd,
  onDelete,
  children,
}: SectionCardProps) {
  const { t } = useTranslation();
  const drop = useDropTarget(accepts, onDrop);
  const headingId = `bouwer-sectie-${index}-titel`;
  const label = t('evaluations.builder.sectionN', { n: index + 1 });
  // An untitled section is called by its number once, not "Sectie 1: Sectie 1".
  const heading = name === label ? label : t('evaluations.builder.named', { label, tekst: name });
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      {...drop.props}
      sx={{ p: 2, display: 'grid', gap: 2, outline: drop.over ? '2px solid' : 'none', outlineColor: 'primary.main' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <ReorderControls
          name={heading}
          focusId={`sectie-${sectionId}`}
          canUp={index > 0}
          canDown={index < count - 1}
          onMove={onMove}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
        />
        <Typography variant="h2" id={headingId} sx={{ flex: 1, fontSize: '1.25rem' }}>
          {heading}
        </Typography>
        <Button color="error" size="small" startIcon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
          {t('evaluations.builder.deleteSection', { n: index + 1 })}
        </Button>
      </Box>
      {children}
    </Paper>
  );
}
