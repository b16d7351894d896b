// Handlers for convenant:*.
import { plain, tx, type Handlers } from '../handlers';
import { readChosenFile } from '../platform';
import type { WorkspaceParts } from '../workspace';
import { compareVersions } from './compare';
import type { ConvenantService } from './convenant-service';
import { writeConvenant } from './markdown';
import { QuestionList } from './questions';
import { shareCheck } from './share-check';

type ConvenantHandlers = Pick<
  Handlers,
  | 'convenant:versions'
  | 'convenant:get'
  | 'convenant:search'
  | 'convenant:share-check'
  | 'convenant:compare'
  | 'convenant:import'
  | 'convenant:export'
  | 'convenant:set-status'
  | 'convenant:synonyms'
  | 'convenant:save-synonyms'
  | 'convenant:report-question'
  | 'convenant:questions'
  | 'convenant:remove-questions'
  | 'convenant:add-synonym'
>;

export function convenantHandlers({
  clock,
  platform,
  service,
}: Pick<WorkspaceParts, 'clock' | 'platform'> & { service: ConvenantService }): ConvenantHandlers {
  const questions = new QuestionList(service);
  return {
    'convenant:versions': tx((_input, ctx) => service.versions(ctx.manager)),
    'convenant:get': tx(async (input, ctx) => {
      const row = await service.row(ctx.manager, input.versionId);
      return { id: row.id, ...service.content(row) };
    }),
    'convenant:search': tx(async (input, ctx) => {
      return (await service.index(ctx.manager, input.versionId)).search(input.text, input.limit);
    }),
    'convenant:share-check': tx(async (input, ctx) => {
      const row = await service.row(ctx.manager, input.versionId);
      return { versionId: row.id, versie: row.versie, ...shareCheck(service.content(row), input) };
    }),
    'convenant:compare': tx(async (input, ctx) => {
      const [left, right] = [await service.row(ctx.manager, input.left), await service.row(ctx.manager, input.right)];
      return compareVersions(service.content(left), service.content(right));
    }),
    'convenant:import': plain(async (_input, ctx) => {
      const text = await readChosenFile(platform.files, 'markdown');
      if (text === null) return { imported: false, version: null };
      const version = await ctx.commit(async (manager) => {
        const made = await service.import(manager, text, ctx.session?.user.id ?? null, clock.now());
        ctx.note({
          objectType: 'convenant',
          objectId: made.id,
          details: { versie: made.versie, artikelen: made.articles },
        });
        return made;
      });
      return { imported: true, version };
    }),
    'convenant:export': plain(async (input, ctx) => {
      ctx.note({ objectType: 'convenant', objectId: input.versionId });
      const row = await ctx.read((manager) => service.row(manager, input.versionId));
      const bytes = Buffer.from(writeConvenant(service.content(row)), 'utf8');
      const name = `convenant-${row.versie.replace(/[^\w.-]/g, '_')}.md`;
      const saved = await platform.files.saveAs(name, bytes, 'markdown');
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),
    'convenant:set-status': tx(async (input, ctx) => {
      ctx.note({ objectType: 'convenant', objectId: input.versionId, details: { status: input.status } });
      return service.setStatus(ctx.manager, input.versionId, input.status);
    }),
    'convenant:synonyms': tx((_input, ctx) => service.synonyms(ctx.manager)),
    'convenant:save-synonyms': tx(async (input, ctx) => {
      ctx.note({ objectType: 'synoniemen' });
      return service.saveSynonyms(ctx.manager, input.groups);
    }),
    // The audit rows of the question list name the row and the article, never the question's words.
    'convenant:report-question': tx(async (input, ctx) => {
      const { id, words } = await questions.report(ctx.manager, input, clock.now());
      ctx.note({ objectType: 'convenant-vraag', objectId: id, details: { artikel: input.article } });
      return { words };
    }),
    'convenant:questions': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'convenant-vragen' });
      return questions.list(ctx.manager, clock.now());
    }),
    'convenant:remove-questions': tx(async (input, ctx) => {
      const removed = await questions.remove(ctx.manager, input.ids);
      ctx.note({ objectType: 'convenant-vragen', details: { verwijderd: removed } });
      return { removed };
    }),
    'convenant:add-synonym': tx(async (input, ctx) => {
      ctx.note({ objectType: 'synoniemen', objectId: input.questionId });
      return questions.addSynonym(ctx.manager, input);
    }),
  };
}
