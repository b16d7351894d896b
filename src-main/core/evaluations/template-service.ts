// Questionnaire templates in the database: versions of a family (sleutel), read-only once a round
// uses them (saving then makes the next version), import and export as JSON in the format of
// src-shared/domain/questionnaire.ts, and the templates shipped in resources/evaluaties, which a
// database gets when it is first opened.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import {
  describePath,
  questionsInOrder,
  templateSchema,
  type Template,
} from '../../../src-shared/domain/questionnaire';
import { AppError, type FieldError } from '../../../src-shared/ipc/errors';
import type { TemplateSummary, TemplateView } from '../../../src-shared/ipc/evaluations';
import { fieldErrors } from '../../../src-shared/ipc/validation';
import { EvalRoundEntity, EvalTemplateEntity, type EvalTemplateRow } from '../db/entities/evaluation';
import { saveVersioned } from '../db/versioned';

export const TEMPLATES_DIR = 'evaluaties';

export interface Author {
  accountId: number | null;
  now: Date;
}

/** A stored template: it was checked on the way in, so it is read as it is. */
export function templateOf(row: EvalTemplateRow): Template {
  return JSON.parse(row.content) as Template;
}

/** Parses the text of a template file; every problem is reported with its path, nothing is stored. */
export function parseTemplateFile(text: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('TEMPLATE_INVALID', { count: 1, plek: describePath('_') }, { _: { key: 'validation.json' } });
  }
  const parsed = templateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, FieldError> = fieldErrors(parsed.error);
  const paths = Object.keys(fields);
  throw new AppError('TEMPLATE_INVALID', { count: paths.length, plek: describePath(paths[0]!) }, fields);
}

export function exportTemplateText(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

const shipped = new Map<string, readonly Template[]>();

/**
 * The templates shipped in `dir`, read and checked once per process: they are part of the
 * installed application and do not change while it runs, and every unlock asks for them (reading
 * and checking the four files was about a third of the database's open at unlock).
 */
export function shippedTemplates(dir: string): readonly Template[] {
  let templates = shipped.get(dir);
  if (!templates) {
    templates = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => parseTemplateFile(readFileSync(join(dir, file), 'utf8')));
    shipped.set(dir, templates);
  }
  return templates;
}

export class TemplateService {
  constructor(private readonly resourcesDir: string) {}

  private async roundCounts(manager: EntityManager): Promise<Map<number, number>> {
    const rows = (await manager
      .createQueryBuilder(EvalRoundEntity, 'r')
      .select('r.templateId', 'templateId')
      .addSelect('count(*)', 'n')
      .groupBy('r.templateId')
      .getRawMany()) as { templateId: number; n: number }[];
    return new Map(rows.map((r) => [Number(r.templateId), Number(r.n)]));
  }

  private summary(row: EvalTemplateRow, rounds: number, latest: boolean): TemplateSummary {
    return {
      id: row.id,
      sleutel: row.sleutel,
      versie: row.versie,
      titel: row.titel,
      voorbeeld: row.voorbeeld,
      questions: questionsInOrder(templateOf(row)).length,
      rounds,
      latest,
      createdAt: row.createdAt,
    };
  }

  async list(manager: EntityManager): Promise<TemplateSummary[]> {
    const rows = await manager.find(EvalTemplateEntity, { order: { titel: 'ASC', versie: 'DESC' } });
    const counts = await this.roundCounts(manager);
    const newest = new Map<string, number>();
    for (const row of rows) newest.set(row.sleutel, Math.max(newest.get(row.sleutel) ?? 0, row.versie));
    return rows.map((row) => this.summary(row, counts.get(row.id) ?? 0, newest.get(row.sleutel) === row.versie));
  }

  async row(manager: EntityManager, id: number): Promise<EvalTemplateRow> {
    const row = await manager.findOne(EvalTemplateEntity, { where: { id } });
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async view(manager: EntityManager, id: number): Promise<TemplateView> {
    const row = await this.row(manager, id);
    const rounds = await manager.count(EvalRoundEntity, { where: { templateId: id } });
    const newest = await this.newestVersion(manager, row.sleutel);
    return {
      ...this.summary(row, rounds, newest === row.versie),
      template: templateOf(row),
      readOnly: rounds > 0,
      version: row.version,
    };
  }

  private async newestVersion(manager: EntityManager, sleutel: string): Promise<number> {
    const newest = await manager.findOne(EvalTemplateEntity, { where: { sleutel }, order: { versie: 'DESC' } });
    return newest?.versie ?? 0;
  }

  private insert(manager: EntityManager, template: Template, versie: number, author: Author) {
    return manager.save(EvalTemplateEntity, {
      sleutel: template.sleutel,
      versie,
      titel: template.titel,
      voorbeeld: template.voorbeeld,
      content: JSON.stringify(template),
      createdAt: author.now.toISOString(),
      createdBy: author.accountId,
    });
  }

  /**
   * Saves a template. Without an id it starts a new family (its sleutel must be new). With an id it
   * edits that version in place while no round uses it; once one does, the edit becomes the next
   * version of the family and the used version stays exactly as it was. The family's sleutel
   * cannot change.
   */
  async save(
    manager: EntityManager,
    id: number | null,
    template: Template,
    author: Author,
    version?: number,
  ): Promise<{ id: number; newVersion: boolean }> {
    if (id === null) {
      if ((await this.newestVersion(manager, template.sleutel)) > 0) {
        throw new AppError('TEMPLATE_KEY_EXISTS', { sleutel: template.sleutel });
      }
      return { id: (await this.insert(manager, template, 1, author)).id, newVersion: true };
    }
    const row = await this.row(manager, id);
    const content = { ...template, sleutel: row.sleutel };
    if ((await manager.count(EvalRoundEntity, { where: { templateId: id } })) > 0) {
      const versie = (await this.newestVersion(manager, row.sleutel)) + 1;
      return { id: (await this.insert(manager, content, versie, author)).id, newVersion: true };
    }
    // Edited in place: only over the version the builder loaded (a colleague's save is not lost).
    await saveVersioned(
      manager,
      EvalTemplateEntity,
      id,
      version,
      {
        titel: content.titel,
        voorbeeld: content.voorbeeld,
        content: JSON.stringify(content),
        updatedAt: author.now.toISOString(),
      },
      author,
      {
        wanted: { titel: content.titel, voorbeeld: content.voorbeeld, inhoud: content },
        stored: (stored) => ({ inhoud: JSON.parse(stored.content) as unknown }),
        savedAt: (stored) => stored.updatedAt ?? stored.createdAt,
      },
    );
    return { id, newVersion: false };
  }

  /** Imports a file's template: a new family, or the next version of an existing one. */
  async import(manager: EntityManager, text: string, author: Author): Promise<TemplateSummary> {
    const template = parseTemplateFile(text);
    const versie = (await this.newestVersion(manager, template.sleutel)) + 1;
    const row = await this.insert(manager, template, versie, author);
    return this.summary(row, 0, true);
  }

  /** The shipped templates, for a database that has no version of them yet. */
  async ensureDefaults(manager: EntityManager, now: Date): Promise<void> {
    for (const template of shippedTemplates(join(this.resourcesDir, TEMPLATES_DIR))) {
      if ((await this.newestVersion(manager, template.sleutel)) > 0) continue;
      await this.insert(manager, template, 1, { accountId: null, now });
    }
  }
}
