// The mentor project's settings: the yearly target of mentees (kept as one setting, the way the
// policy keeps the retention period) and the training modules with their 'required' flag. A
// module left out is deactivated, never deleted: past sessions keep their meaning.
import type { EntityManager } from 'typeorm';
import { DEFAULT_MENTEE_TARGET, type TrainingModule } from '../../../src-shared/domain/mentoring';
import type { MentoringSettings } from '../../../src-shared/ipc/mentoring';
import { MentorModuleEntity } from '../db/entities/mentoring';
import { SettingEntity } from '../db/entities/setting';
import { codeFromLabel } from '../lists/codes';

export const MENTORING_KEY = 'mentorproject';

export async function modulesOf(manager: EntityManager): Promise<TrainingModule[]> {
  return (await manager.find(MentorModuleEntity, { order: { sort: 'ASC' } })).map(
    ({ code, label, required, active }) => ({ code, label, required: Boolean(required), active: Boolean(active) }),
  );
}

export async function menteeTarget(manager: EntityManager): Promise<number> {
  const row = await manager.findOne(SettingEntity, { where: { key: MENTORING_KEY } });
  const stored = row ? (JSON.parse(row.value) as { targetPerYear?: number }) : {};
  return stored.targetPerYear ?? DEFAULT_MENTEE_TARGET;
}

export async function mentoringSettings(manager: EntityManager): Promise<MentoringSettings> {
  return { targetPerYear: await menteeTarget(manager), modules: await modulesOf(manager) };
}

export async function saveMentoringSettings(
  manager: EntityManager,
  input: {
    targetPerYear: number;
    modules: { code?: string | undefined; label: string; required: boolean; active: boolean }[];
  },
): Promise<MentoringSettings> {
  await manager.save(SettingEntity, {
    key: MENTORING_KEY,
    value: JSON.stringify({ targetPerYear: input.targetPerYear }),
  });
  const existing = await manager.find(MentorModuleEntity);
  const taken = new Set(existing.map((m) => m.code));
  const kept = new Set<string>();
  for (const [sort, module] of input.modules.entries()) {
    const current = module.code ? existing.find((m) => m.code === module.code) : undefined;
    const code = current?.code ?? codeFromLabel(module.label, taken, 'module');
    kept.add(code);
    await manager.save(MentorModuleEntity, {
      code,
      label: module.label,
      required: module.required,
      active: module.active,
      sort,
    });
  }
  for (const module of existing) {
    if (!kept.has(module.code)) {
      await manager.update(MentorModuleEntity, { code: module.code }, { active: false, sort: 1000 + module.sort });
    }
  }
  return mentoringSettings(manager);
}
