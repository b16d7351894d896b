// Handlers for lists:* (reading for everyone logged in, editing for the beheerder).
import { tx, type Handlers } from '../handlers';
import { referenceData, saveList, saveRegions } from './reference-data';

export function listHandlers(): Pick<Handlers, 'lists:get' | 'lists:save' | 'lists:save-regions'> {
  return {
    'lists:get': tx((_input, ctx) => referenceData(ctx.manager)),
    'lists:save': tx(async (input, ctx) => {
      ctx.note({ objectType: 'keuzelijst', objectId: input.list });
      return saveList(ctx.manager, input.list, input.values);
    }),
    'lists:save-regions': tx(async (input, ctx) => {
      ctx.note({ objectType: 'regio' });
      return saveRegions(ctx.manager, input.regions);
    }),
  };
}
