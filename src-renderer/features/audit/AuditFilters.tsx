// The filters of the audit log: gebruiker, soort, groep (Inloggen en sessies, Overleg, …), actie
// (by its description, under its group), objecttype, the object's name (a casusnummer, part of a
// meeting's title) and a period typed as dd-mm-jjjj. Applied with the button (or Enter), not per
// keystroke: every search is itself a line in the audit log.
import { Box, Button, ListSubheader, MenuItem, Paper, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../../../src-shared/domain/format';
import { AUDIT_OBJECT_MAX, type AuditFilter } from '../../../src-shared/ipc/audit';
import { useBridgeQuery } from '../../kit/bridge';
import { fieldProps, useFocusFirstInvalid, type FieldErrors } from '../../kit/forms';
import { dutchDay } from './filter';
import { actionsByGroup, AUDIT_GROUPS, AUDIT_KINDS, groupLabel, OBJECT_TYPES, objectTypeLabel } from './labels';

interface FilterForm {
  actorId: string;
  kind: string;
  group: string;
  action: string;
  objectType: string;
  object: string;
  from: string;
  to: string;
}

function toForm(filter: AuditFilter): FilterForm {
  return {
    actorId: filter.actorId ? String(filter.actorId) : '',
    kind: filter.kind ?? '',
    group: filter.group ?? '',
    action: filter.action ?? '',
    objectType: filter.objectType ?? '',
    object: filter.object ?? '',
    from: dutchDay(filter.from),
    to: dutchDay(filter.to),
  };
}

export function AuditFilters({ filter, onApply }: { filter: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const accounts = useBridgeQuery('accounts:list', {});
  const [form, setForm] = useState<FilterForm>(() => toForm(filter));
  // A chosen group narrows the actions offered to its own.
  const groups = actionsByGroup(t).filter(({ group }) => !form.group || group === form.group);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useFocusFirstInvalid(attempt);
  const set = (field: keyof FilterForm) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((previous) => ({ ...previous, [field]: event.target.value }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const from = form.from.trim() ? parseDutchDate(form.from) : undefined;
    const to = form.to.trim() ? parseDutchDate(form.to) : undefined;
    if (from === null) found['from'] = { key: 'validation.date' };
    if (to === null) found['to'] = { key: 'validation.date' };
    if (from && to && to < from) found['to'] = { key: 'validation.dateOrder' };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply({
      ...(form.actorId ? { actorId: Number(form.actorId) } : {}),
      ...(form.kind ? { kind: form.kind as AuditFilter['kind'] } : {}),
      ...(form.group ? { group: form.group as AuditFilter['group'] } : {}),
      ...(form.action ? { action: form.action } : {}),
      ...(form.objectType ? { objectType: form.objectType } : {}),
      ...(form.object.trim() ? { object: form.object.trim().slice(0, 64) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  };

  const clear = () => {
    setForm(toForm({}));
    setErrors({});
    onApply({});
  };

  // "Alle" is shown as a value, so an empty filter reads as a choice, not as a missing one.
  const select = {
    select: true,
    size: 'small',
    sx: { minWidth: 200 },
    slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } },
  } as const;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Box
        component="form"
        onSubmit={submit}
        noValidate
        ref={formRef}
        aria-label={t('audit.filters.label')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
      >
        <TextField {...select} label={t('audit.filters.actor')} value={form.actorId} onChange={set('actorId')}>
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {(accounts.data ?? []).map((account) => (
            <MenuItem key={account.id} value={String(account.id)}>
              {t('audit.filters.actorOption', { name: account.displayName, username: account.username })}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...select} label={t('audit.filters.kind')} value={form.kind} onChange={set('kind')}>
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {AUDIT_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`audit.kinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...select} label={t('audit.filters.group')} value={form.group} onChange={set('group')}>
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {AUDIT_GROUPS.map((group) => (
            <MenuItem key={group} value={group}>
              {groupLabel(t, group)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...select}
          label={t('audit.filters.action')}
          value={form.action}
          onChange={set('action')}
          sx={{ minWidth: 200, maxWidth: 320 }}
        >
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {groups.flatMap(({ group, actions }) => [
            <ListSubheader key={`groep-${group}`}>{groupLabel(t, group)}</ListSubheader>,
            ...actions.map(({ action, label }) => (
              <MenuItem key={action} value={action}>
                {label}
              </MenuItem>
            )),
          ])}
        </TextField>
        <TextField
          {...select}
          label={t('audit.filters.objectType')}
          value={form.objectType}
          onChange={set('objectType')}
        >
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {OBJECT_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {objectTypeLabel(t, exists, type)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('audit.filters.object')}
          value={form.object}
          onChange={set('object')}
          sx={{ width: 220 }}
          helperText={t('audit.filters.objectHint')}
          slotProps={{ htmlInput: { maxLength: AUDIT_OBJECT_MAX } }}
        />
        <TextField
          size="small"
          label={t('audit.filters.from')}
          value={form.from}
          onChange={set('from')}
          sx={{ width: 190 }}
          {...fieldProps(t, errors, 'from', t('audit.filters.dateHint'))}
        />
        <TextField
          size="small"
          label={t('audit.filters.to')}
          value={form.to}
          onChange={set('to')}
          sx={{ width: 190 }}
          {...fieldProps(t, errors, 'to', t('audit.filters.dateHint'))}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained">
            {t('audit.filters.apply')}
          </Button>
          <Button onClick={clear}>{t('audit.filters.clear')}</Button>
        </Box>
      </Box>
    </Paper>
  );
}
