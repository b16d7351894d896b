// The covenant versions in the database, their search indexes (built on first use, kept until a
// version or the synonym list changes), and the example covenant that a new database starts with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import type { Convenant } from '../../../src-shared/domain/convenant';
import type { ConvenantVersion } from '../../../src-shared/ipc/convenant';
import { AppError, type FieldError } from '../../../src-shared/ipc/errors';
import { ConvenantVersionEntity, type ConvenantVersionRow } from '../db/entities/convenant';
import { ListValueEntity } from '../db/entities/reference';
import { SettingEntity } from '../db/entities/setting';
import { parseConvenant } from './markdown';
import { ConvenantIndex } from './search';
import { DEFAULT_SYNONYMS } from './synonyms';

const SYNONYMS_KEY = 'convenant.synonyms';
export const EXAMPLE_FILE = join('convenant', 'voorbeeld-convenant.md');

export function toVersion(row: ConvenantVersionRow): ConvenantVersion {
  const content = JSON.parse(row.content) as Convenant;
  return {
    id: row.id,
    titel: row.titel,
    versie: row.versie,
    ingangsdatum: row.ingangsdatum,
    status: row.status as ConvenantVersion['status'],
    articles: content.artikelen.length,
    importedAt: row.importedAt,
  };
}

export class ConvenantService {
  private readonly indexes = new Map<number, ConvenantIndex>();

  constructor(private readonly resourcesDir: string) {}

  async versions(manager: EntityManager): Promise<ConvenantVersion[]> {
    const rows = await manager.find(ConvenantVersionEntity, { order: { ingangsdatum: 'DESC', id: 'DESC' } });
    return rows.map(toVersion);
  }

  /** A version, or (null) the current one: the newest vastgesteld, else the newest at all. */
  async row(manager: EntityManager, versionId: number | null): Promise<ConvenantVersionRow> {
    if (versionId !== null) {
      const row = await manager.findOne(ConvenantVersionEntity, { where: { id: versionId } });
      if (!row) throw new AppError('NOT_FOUND');
      return row;
    }
    return this.row(manager, await this.currentId(manager));
  }

  private async currentId(manager: EntityManager): Promise<number> {
    const rows = await manager.find(ConvenantVersionEntity, {
      select: { id: true, status: true },
      order: { ingangsdatum: 'DESC', id: 'DESC' },
    });
    const current = rows.find((row) => row.status === 'vastgesteld') ?? rows[0];
    if (!current) throw new AppError('NOT_FOUND');
    return current.id;
  }

  content(row: ConvenantVersionRow): Convenant {
    return JSON.parse(row.content) as Convenant;
  }

  async synonyms(manager: EntityManager): Promise<string[][]> {
    const row = await manager.findOne(SettingEntity, { where: { key: SYNONYMS_KEY } });
    return row ? (JSON.parse(row.value) as string[][]) : DEFAULT_SYNONYMS;
  }

  async saveSynonyms(manager: EntityManager, groups: string[][]): Promise<string[][]> {
    await manager.save(SettingEntity, { key: SYNONYMS_KEY, value: JSON.stringify(groups) });
    this.indexes.clear();
    return groups;
  }

  /**
   * The search index of a version (null: the current one), built on first use and kept until the
   * synonyms change or another database opens. Reads the version's text only to build it.
   */
  async index(manager: EntityManager, versionId: number | null): Promise<ConvenantIndex> {
    const id = versionId ?? (await this.currentId(manager));
    let index = this.indexes.get(id);
    if (!index) {
      index = new ConvenantIndex(this.content(await this.row(manager, id)), await this.synonyms(manager));
      this.indexes.set(id, index);
    }
    return index;
  }

  /** Forgets every index: called when a database opens, whose versions share ids with others. */
  reset(): void {
    this.indexes.clear();
  }

  /** Parses and stores a new version; every problem is reported by line, nothing is stored then. */
  async import(
    manager: EntityManager,
    markdown: string,
    accountId: number | null,
    now: Date,
  ): Promise<ConvenantVersion> {
    const partners = (await manager.find(ListValueEntity, { where: { list: 'partner' } })).map((value) => value.code);
    const parsed = parseConvenant(markdown, partners);
    if ('errors' in parsed) {
      const fields: Record<string, FieldError> = {};
      for (const error of parsed.errors.slice(0, 50)) {
        fields[`regel.${error.line}.${Object.keys(fields).length}`] = {
          key: `convenant.errors.${error.key}`,
          params: { line: error.line, ...(error.params ?? {}) },
        };
      }
      throw new AppError('CONVENANT_INVALID', { count: parsed.errors.length }, fields);
    }
    const { convenant } = parsed;
    const existing = await manager.findOne(ConvenantVersionEntity, {
      where: { titel: convenant.titel, versie: convenant.versie },
    });
    if (existing) throw new AppError('CONVENANT_VERSION_EXISTS', { versie: convenant.versie });
    const row = await manager.save(ConvenantVersionEntity, {
      titel: convenant.titel,
      versie: convenant.versie,
      ingangsdatum: convenant.ingangsdatum,
      status: convenant.status,
      content: JSON.stringify(convenant),
      importedAt: now.toISOString(),
      importedBy: accountId,
    });
    return toVersion(row);
  }

  async setStatus(
    manager: EntityManager,
    versionId: number,
    status: ConvenantVersion['status'],
  ): Promise<ConvenantVersion> {
    const row = await this.row(manager, versionId);
    const content = { ...this.content(row), status };
    const saved = await manager.save(ConvenantVersionEntity, { ...row, status, content: JSON.stringify(content) });
    this.indexes.delete(versionId);
    return toVersion(saved);
  }

  /** A database without any covenant gets the fictitious example, so every screen has content. */
  async ensureDefault(manager: EntityManager, now: Date): Promise<void> {
    if ((await manager.count(ConvenantVersionEntity)) > 0) return;
    await this.import(manager, readFileSync(join(this.resourcesDir, EXAMPLE_FILE), 'utf8'), null, now);
  }
}
