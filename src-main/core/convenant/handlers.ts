// Handlers for convenant:*.
import { plain, tx, type Handlers } from '../handlers';
import { readChosenFile } from '../platform';
import type { WorkspaceParts } from '../workspace';
import { compareVersions } from './compare';
import type { ConvenantService } from './convenant-service';
import { writeConvenant } from './markdown';
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
>;

export function convenantHandlers({
  clock,
  platform,
  service,
}: Pick<WorkspaceParts, 'clock' | 'platform'> & { service: ConvenantService }): ConvenantHandlers {
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
  };
}
