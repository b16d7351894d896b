// Every entity, listed explicitly (no globs: the same list works under Vite, Vitest and tsx).
import { AccountEntity } from './account';
import { AuditEntryEntity } from './audit-entry';
import { SettingEntity } from './setting';

export const ENTITIES = [AccountEntity, AuditEntryEntity, SettingEntity];
