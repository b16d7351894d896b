// Shared set-up for the evaluation tests: a core whose file dialogs answer from a queue, a
// procesregisseur who runs the evaluations, and a small template with a condition.
import type { Core } from '../../src-main/core/core';
import type { Platform } from '../../src-main/core/platform';
import type { TemplateInput } from '../../src-shared/domain/questionnaire';
import type { RoundView, TemplateView } from '../../src-shared/ipc/evaluations';
import { addAccount, call, loginAs, makeCore, withDatabase } from './helpers';

export function dialogs() {
  const answers: (string | null)[] = [];
  const saved: { name: string; bytes: Buffer }[] = [];
  const platform: Platform = {
    print: { pdf: async () => new Uint8Array(), print: async () => true },
    files: {
      saveAs: async (name, bytes) => {
        saved.push({ name, bytes: Buffer.from(bytes) });
        return { saved: true, fileName: name };
      },
      chooseSaveLocation: async () => answers.shift() ?? null,
      chooseFile: async () => answers.shift() ?? null,
      chooseFolder: async () => answers.shift() ?? null,
    },
  };
  return { platform, answer: (path: string | null) => answers.push(path), saved };
}

export const SMALL_TEMPLATE: TemplateInput = {
  formaat: 'cter-vragenlijst/1',
  sleutel: 'test-overleg',
  titel: 'Testvragenlijst (fictief)',
  voorbeeld: true,
  dimensies: [{ code: 'proces', naam: 'Proces' }],
  secties: [
    {
      id: 's1',
      titel: 'Vragen',
      vragen: [
        {
          id: 'bij',
          type: 'keuze',
          tekst: 'Was u erbij?',
          verplicht: true,
          opties: [
            { code: 'ja', label: 'Ja' },
            { code: 'nee', label: 'Nee' },
          ],
        },
        {
          id: 'goed',
          type: 'likert5',
          tekst: 'Het overleg verliep goed.',
          dimensie: 'proces',
          verplicht: true,
          toonAls: { vraag: 'bij', waarden: ['ja'] },
        },
        { id: 'tijd', type: 'likert5', tekst: 'Er was genoeg tijd.', dimensie: 'proces' },
        { id: 'opmerking', type: 'open', tekst: 'Opmerkingen' },
      ],
    },
  ],
};

export async function evaluationCore() {
  const files = dialogs();
  const made = makeCore(undefined, { platform: files.platform });
  await withDatabase(made.core);
  const regisseur = await addAccount(made.core, {
    username: 'regisseur',
    roles: ['procesregisseur'],
    // Every house, as on a single workstation: her rounds are for every house unless she picks one.
    regionIds: [1, 2, 3],
    displayName: 'Rita Regisseur',
  });
  await loginAs(made.core, regisseur);
  return { ...made, ...files, regisseur };
}

export async function smallTemplate(core: Pick<Core, 'dispatch'>): Promise<TemplateView> {
  return (await call<{ template: TemplateView }>(core, 'evaluations:save-template', { template: SMALL_TEMPLATE }))
    .template;
}

export async function openRound(
  core: Core,
  templateId: number,
  extra: Record<string, unknown> = {},
): Promise<RoundView> {
  const round = await call<RoundView>(core, 'evaluations:save-round', {
    titel: 'Evaluatie najaar (fictief)',
    templateId,
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    anonymity: 'anoniem-dag',
    targetGroups: [
      { partner: 'gemeente', invited: 10 },
      { partner: 'politie', invited: 5 },
      { partner: 'om', invited: null },
    ],
    ...extra,
  });
  return call<RoundView>(core, 'evaluations:set-round-status', { id: round.id, status: 'open' });
}
