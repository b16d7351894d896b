// Possible existing registrations of the person being typed, asked while typing (after a pause)
// and once more, exactly, when the form is sent: nobody is registered twice because a look-up had
// not finished yet.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PersonMatch } from '../../../src-shared/ipc/persons';
import { call } from '../../kit/bridge';
import { useDebounced } from '../../kit/useDebounced';
import { birthDate, birthYear, parseAliases, type PersonForm } from '../persons';

const DEBOUNCE_MS = 300;

function matchQuery(form: PersonForm) {
  const geboortedatum = birthDate(form);
  const year = birthYear(form);
  return {
    naam: form.naam.trim(),
    aliases: parseAliases(form.aliases),
    // Half-typed birth data does not stop the look-up by name.
    geboortedatum: geboortedatum && /^\d{4}-\d{2}-\d{2}$/.test(geboortedatum) ? geboortedatum : null,
    geboortejaar: year !== null && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null,
  };
}

const key = (input: ReturnType<typeof matchQuery>) => ['persons:matches', input] as const;
const fetchMatches = (input: ReturnType<typeof matchQuery>) =>
  input.naam.length >= 2 ? call('persons:matches', input) : Promise.resolve([] as PersonMatch[]);

export function usePersonMatches(form: PersonForm, enabled: boolean) {
  const queryClient = useQueryClient();
  // Debounced as text: a new object per render would restart the wait on every render.
  const settled = useDebounced(JSON.stringify(matchQuery(form)), DEBOUNCE_MS);
  const input = JSON.parse(settled) as ReturnType<typeof matchQuery>;
  const matches = useQuery({
    queryKey: key(input),
    queryFn: () => fetchMatches(input),
    enabled: enabled && input.naam.length >= 2,
    staleTime: 60_000,
  });
  /** The matches for the form as it is now (from the cache when just asked). */
  const exact = useCallback(
    (now: PersonForm) => {
      const nowInput = matchQuery(now);
      return queryClient.fetchQuery({
        queryKey: key(nowInput),
        queryFn: () => fetchMatches(nowInput),
        staleTime: 60_000,
      });
    },
    [queryClient],
  );
  return { matches: enabled ? (matches.data ?? []) : [], loading: matches.isFetching, exact };
}
