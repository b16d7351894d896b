// The questionnaire builder (/evaluaties/vragenlijsten/nieuw and /:id): title, code, description,
// dimensions, sections and questions, and a preview that answers like the real form. Everything
// typed is kept by core as a draft within a second (also on lock, reload or leaving the screen)
// and offered again when the builder opens; what core did not take before a lock is held over it
// in memory (kit/pendingWork) and saved again after the unlock. A version that rounds use stays as it is: the page says
// before saving that saving makes a new version. Readers (evaluator) see the preview only.
import { Alert, Box, Button, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatTime } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { Template } from '../../../src-shared/domain/questionnaire';
import type { TemplateDraft, TemplateView } from '../../../src-shared/ipc/evaluations';
import { call, describeError, retryIfPassing, useBridgeQuery } from '../../kit/bridge';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { FormAlert, useFormCheck } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { heldText, registerWork, releaseHeld } from '../../kit/pendingWork';
import { createAutosave, type AutosaveState } from '../../kit/autosave';
import { useSession } from '../../kit/session';
import { TemplateGeneralFields } from './TemplateGeneralFields';
import { TemplatePreview } from './TemplatePreview';
import { TemplateSectionsEditor } from './TemplateSectionsEditor';
import { draftTemplate, emptyTemplate, templateProblems } from './templateBuilder';

/** Within a second of the last key, as the minutes do. */
const DRAFT_DELAY_MS = 600;

export function TemplateBuilderPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const { user } = useSession();
  const canEdit = canUse('evaluations:save-template', user);
  const view = useBridgeQuery('evaluations:template', { id: id ?? 0 }, { enabled: id !== null });
  // A draft is read fresh every time the builder opens: it may have been written a moment ago.
  const draft = useBridgeQuery('evaluations:template-draft', { templateId: id }, { enabled: canEdit, gcTime: 0 });
  const loading = (id !== null && view.isPending) || (canEdit && draft.isPending);
  const failure = view.error ?? draft.error;
  const title = id === null ? t('evaluations.builder.newTitle') : (view.data?.titel ?? t('evaluations.builder.title'));

  return (
    <>
      <PageHeader
        title={title}
        intro={
          view.data
            ? t('evaluations.templateVersion', { titel: view.data.titel, versie: view.data.versie })
            : t('evaluations.builder.intro')
        }
        back={{ to: '/evaluaties/vragenlijsten', label: t('evaluations.builder.back') }}
      />
      {failure ? <Alert severity="error">{describeError(t, failure)}</Alert> : null}
      {loading ? <Skeleton variant="rectangular" height={320} /> : null}
      {!loading && !failure && !canEdit && view.data ? <TemplatePreview template={view.data.template} /> : null}
      {!loading && !failure && canEdit ? (
        <Builder key={id ?? 'nieuw'} id={id} view={view.data ?? null} draft={draft.data ?? null} />
      ) : null}
    </>
  );
}

function Builder({ id, view, draft }: { id: number | null; view: TemplateView | null; draft: TemplateDraft | null }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const base = useMemo(() => view?.template ?? emptyTemplate(), [view]);
  const restored = useMemo(() => (draft ? draftTemplate(draft.content) : null), [draft]);
  // Typed here before a lock and not saved then (the draft refused, the server out of reach).
  const heldKey = `evaluations:template:${id ?? 'nieuw'}`;
  const [held] = useState(() => heldText<Template>(heldKey));
  const [template, setTemplate] = useState<Template>(held ?? restored ?? base);
  const [restoredAt, setRestoredAt] = useState<string | null>(restored && draft ? draft.savedAt : null);
  const [tab, setTab] = useState<'bewerken' | 'voorbeeld'>('bewerken');
  const [saving, setSaving] = useState(false);
  // Saves that found problems: the outline opens the first question with one.
  const [revealed, setRevealed] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [draftState, setDraftState] = useState<AutosaveState | null>(null);
  // The version of this template version the builder loaded: a colleague's later save in place is
  // never overwritten (saving a version in use makes a new version and overwrites nothing).
  const [version, setVersion] = useState(view?.version);
  const stale = useStaleVersion(template);
  const problems = useMemo(() => templateProblems(template), [template]);
  const { errors, form, passes, refused, reset } = useFormCheck(problems);

  const autosave = useMemo(
    () =>
      createAutosave<Template>({
        delay: DRAFT_DELAY_MS,
        retryAfter: retryIfPassing,
        save: async (value) =>
          (await call('evaluations:save-template-draft', { templateId: id, content: value })).savedAt,
      }),
    [id],
  );
  useEffect(() => {
    const stop = autosave.subscribe(setDraftState);
    const unregister = registerWork({
      flush: () => autosave.flush(),
      unsaved: () => {
        const value = autosave.unsaved();
        return value ? [[heldKey, value]] : [];
      },
    });
    const onHide = () => void autosave.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      stop();
      unregister();
      window.removeEventListener('pagehide', onHide);
      // Leaving the screen: what waits goes to core now (the call outlives the component).
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave, heldKey]);
  useEffect(() => {
    if (!held) return;
    autosave.change(held);
    releaseHeld(heldKey);
  }, [autosave, held, heldKey]);

  const change = (next: Template) => {
    setTemplate(next);
    autosave.change(next);
  };

  async function discard() {
    await autosave.flush();
    await call('evaluations:discard-template-draft', { templateId: id });
    setTemplate(base);
    setRestoredAt(null);
    reset();
    notice.info(t('evaluations.builder.discarded'));
  }

  async function save() {
    setFailure(null);
    stale.clear();
    if (!passes()) {
      setTab('bewerken');
      setRevealed((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      // The draft must not outlive the save: what waits is written first, then core ends it.
      await autosave.flush();
      const result = await call('evaluations:save-template', {
        id,
        template,
        ...(id !== null && version !== undefined ? { version } : {}),
      });
      setVersion(result.template.version);
      await queryClient.invalidateQueries({ queryKey: ['evaluations:templates'] });
      await queryClient.invalidateQueries({ queryKey: ['evaluations:template'] });
      await queryClient.invalidateQueries({ queryKey: ['evaluations:template-draft'] });
      notice.success(
        result.newVersion && id !== null
          ? t('evaluations.builder.savedNewVersion', { versie: result.template.versie })
          : t('evaluations.builder.saved', { versie: result.template.versie }),
        // A new template or version opens at its own address; a save in place stays on this page.
        { nextPage: result.template.id !== id },
      );
      void navigate(`/evaluaties/vragenlijsten/${result.template.id}`, { replace: true });
    } catch (error) {
      if (!stale.caught(error)) {
        setFailure(error);
        refused(error);
      }
    } finally {
      setSaving(false);
    }
  }

  const problemCount = Object.keys(errors).length;
  return (
    <Box
      component="form"
      ref={form}
      noValidate
      aria-label={t('evaluations.builder.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      sx={{ display: 'grid', gap: 2, maxWidth: '110ch' }}
    >
      {view?.readOnly ? (
        <Alert severity="warning">{t('evaluations.builder.inUse', { count: view.rounds })}</Alert>
      ) : null}
      {restoredAt ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => void discard()}>
              {t('evaluations.builder.discard')}
            </Button>
          }
        >
          {t('evaluations.builder.restored', { at: formatTime(restoredAt) })}
        </Alert>
      ) : null}
      <StaleNotice
        stale={stale}
        labels={{
          titel: t('evaluations.builder.titel'),
          voorbeeld: t('evaluations.builder.voorbeeld'),
          inhoud: t('evaluations.builder.staleContent'),
        }}
        show={(draft) => ({ titel: draft.titel })}
        onReload={async () => {
          if (id === null) return;
          const latest = await call('evaluations:template', { id });
          await queryClient.invalidateQueries({ queryKey: ['evaluations:template'] });
          change(latest.template);
          setVersion(latest.version);
        }}
        onReapply={change}
      />
      <FormAlert error={failure} />
      {problemCount > 0 ? (
        <Alert severity="error">{t('evaluations.builder.problems', { count: problemCount })}</Alert>
      ) : null}
      <Tabs value={tab} onChange={(_event, value: 'bewerken' | 'voorbeeld') => setTab(value)}>
        <Tab
          value="bewerken"
          label={t('evaluations.builder.tabEdit')}
          id="bouwer-tab-bewerken"
          aria-controls="bouwer-paneel-bewerken"
        />
        <Tab
          value="voorbeeld"
          label={t('evaluations.builder.tabPreview')}
          id="bouwer-tab-voorbeeld"
          aria-controls="bouwer-paneel-voorbeeld"
        />
      </Tabs>
      <Box
        role="tabpanel"
        id="bouwer-paneel-bewerken"
        aria-labelledby="bouwer-tab-bewerken"
        hidden={tab !== 'bewerken'}
        sx={{ display: tab === 'bewerken' ? 'grid' : 'none', gap: 3 }}
      >
        <TemplateGeneralFields template={template} isNew={id === null} errors={errors} onChange={change} />
        <TemplateSectionsEditor template={template} errors={errors} reveal={revealed} onChange={change} />
      </Box>
      <Box
        role="tabpanel"
        id="bouwer-paneel-voorbeeld"
        aria-labelledby="bouwer-tab-voorbeeld"
        hidden={tab !== 'voorbeeld'}
      >
        {tab === 'voorbeeld' ? <TemplatePreview template={template} /> : null}
      </Box>
      <Box
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          flexWrap: 'wrap',
          py: 1.5,
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        <Button type="submit" variant="contained" loading={saving} loadingPosition="start">
          {view?.readOnly ? t('evaluations.builder.saveNewVersion') : t('evaluations.builder.save')}
        </Button>
        <Typography variant="body2" color="text.secondary" role="status">
          {draftState?.status === 'error'
            ? t('evaluations.builder.draftFailed')
            : draftState?.savedAt
              ? t('evaluations.builder.draftSaved', { at: formatTime(draftState.savedAt) })
              : ''}
        </Typography>
      </Box>
    </Box>
  );
}
