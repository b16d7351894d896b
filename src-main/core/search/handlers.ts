// Handler for search:query: the full-text search over the cases in the caller's scope.
import { scopeOf, tx, type Handlers } from '../handlers';
import type { CaseSearch } from './case-search';

export function searchHandlers({ search }: { search: CaseSearch }): Pick<Handlers, 'search:query'> {
  return {
    'search:query': tx(async (input, ctx) => {
      // What was searched for is not recorded: it may be a name.
      ctx.note({ objectType: 'zoeken' });
      return search.search(ctx.manager, input, await scopeOf(ctx));
    }),
  };
}
