// Unsaved work in the questionnaire builder: what someone typed is kept in core (in the encrypted
// database, one setting per account and template) within a second, so a lock, a reload or leaving
// the screen loses nothing. A draft may be incomplete or invalid: it is checked only when the
// template itself is saved. Saving or discarding the template removes the draft.
import type { EntityManager } from 'typeorm';
import type { TemplateDraft } from '../../../src-shared/ipc/evaluations';
import { SettingEntity } from '../db/entities/setting';

const PREFIX = 'vragenlijst-concept';

/** One draft per account and per template version being edited ('nieuw': a template not saved yet). */
export function draftKey(accountId: number, templateId: number | null): string {
  return `${PREFIX}:${accountId}:${templateId ?? 'nieuw'}`;
}

export async function readDraft(
  manager: EntityManager,
  accountId: number,
  templateId: number | null,
): Promise<TemplateDraft | null> {
  const row = await manager.findOne(SettingEntity, { where: { key: draftKey(accountId, templateId) } });
  return row ? (JSON.parse(row.value) as TemplateDraft) : null;
}

export async function writeDraft(
  manager: EntityManager,
  accountId: number,
  templateId: number | null,
  content: unknown,
  now: Date,
): Promise<TemplateDraft> {
  const draft: TemplateDraft = { content, savedAt: now.toISOString() };
  await manager.save(SettingEntity, { key: draftKey(accountId, templateId), value: JSON.stringify(draft) });
  return draft;
}

export async function discardDraft(manager: EntityManager, accountId: number, templateId: number | null) {
  const result = await manager.delete(SettingEntity, { key: draftKey(accountId, templateId) });
  return (result.affected ?? 0) > 0;
}
