// The fictitious demo dataset ("Voorbeeld — fictief"), generated reproducibly from a seed: persons
// with signals from 2016 to 2026 that show what the source describes — the persons are ever
// younger (the average age at signal falls over the years) and the expressions more severe.
// Names are drawn with a Dutch population's long-tailed frequencies (./names.ts): common first names
// and surnames, and a long tail of composed fictitious surnames; no real person is described.
import { random } from '../../../src-shared/domain/random';
import { drawDemoName } from './names';

const PARTNERS = [
  'politie',
  'gemeente',
  'om',
  'reclassering',
  'onderwijs',
  'ggz',
  'wijkteam',
  'jeugdbescherming',
  'leerplicht',
];
const IDEOLOGIES = [
  'jihadistisch',
  'rechts_extremistisch',
  'links_extremistisch',
  'anti_institutioneel',
  'overig_onbekend',
];
const SEVERITIES = ['laag', 'matig', 'ernstig', 'zeer_ernstig'];
const SOURCES = ['eigen_waarneming', 'omgeving', 'online', 'open_bron', 'partnerinformatie'];
const CONCERNS = [
  'deelt in besloten groepen berichten die geweld verheerlijken',
  'uit zich op school steeds vaker in termen van wij-tegen-zij',
  'heeft contact gezocht met een online netwerk dat tot geweld oproept',
  'verspreidt complotteksten over de overheid en noemt namen van bestuurders',
  'zoekt online naar instructies voor het maken van wapens',
  'heeft zich teruggetrokken uit vriendenkring en familie en radicaliseert zichtbaar',
  'draagt symbolen van een extremistische beweging en werft klasgenoten',
  'dreigt in berichten aan een wethouder',
];

export interface DemoPerson {
  naam: string;
  aliases: string[];
  geboortedatum: string;
  geslacht: 'man' | 'vrouw';
  gemeenteIndex: number;
  signals: DemoSignal[];
}

export interface DemoSignal {
  ontvangen: string;
  melderPartner: string;
  ideologie: string;
  ernst: string;
  bron: string;
  omschrijving: string;
  /** What happened next: weighed to a decision, and (for a casus) how far it went. */
  besluit: 'geen_actie' | 'meer_informatie' | 'bespreken_casusoverleg' | 'strafrechtelijk_traject' | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** Signals per year grow from about 20 in 2016 to about 40 in 2026 (scaled to `persons`). */
function yearOf(rnd: () => number): number {
  const weights = Array.from({ length: 11 }, (_, i) => 20 + 2 * i);
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rnd() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return 2016 + i;
  }
  return 2026;
}

/** Mean age at signal falls from about 27 (2016) to about 19 (2026); spread a few years. */
function ageFor(rnd: () => number, year: number): number {
  const mean = 27 - 0.8 * (year - 2016);
  const spread = (rnd() + rnd() + rnd() - 1.5) * 6;
  return Math.max(12, Math.min(60, Math.round(mean + spread)));
}

/** Later years carry more severe expressions. */
function severityFor(rnd: () => number, year: number): string {
  const shift = (year - 2016) / 10;
  const weights = [0.4 - 0.25 * shift, 0.35 - 0.05 * shift, 0.18 + 0.15 * shift, 0.07 + 0.15 * shift];
  let x = rnd() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return SEVERITIES[i]!;
  }
  return SEVERITIES[3]!;
}

/**
 * How a person's name is drawn: from the name stream (`names`), or from the main stream's two draws
 * that chose the name before issue 20 (`sex`, `surname`: tests/bench/names-before.ts makes the old
 * names from them, to measure against).
 */
export type NameDraw = (
  draws: { sex: number; surname: number },
  names: () => number,
  sex: 'man' | 'vrouw',
) => { first: string; last: string };

const realisticName: NameDraw = (_draws, names, sex) => drawDemoName(names, sex);

export function generateDemoPersons(
  count: number,
  gemeenten: number,
  seed = 20261129,
  lastDay = '2026-11-27',
  drawName: NameDraw = realisticName,
): DemoPerson[] {
  const rnd = random(seed);
  // The names from a stream of their own (./names.ts draws a varying number per name).
  const names = random(seed ^ 0x5bd1e995);
  const persons: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const year = yearOf(rnd);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    let ontvangen = `${year}-${pad(month)}-${pad(day)}`;
    if (ontvangen > lastDay) ontvangen = lastDay;
    const age = ageFor(rnd, year);
    const birth = `${year - age}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
    // One draw decides the sex, as the first name's draw from 48 names (a quarter of them women's)
    // did before issue 20's names: the persons' other fields stay what they were for a seed.
    const sexDraw = rnd();
    const female = sexDraw >= 0.5 && sexDraw < 0.75;
    const signals: DemoSignal[] = [];
    const more = rnd() < 0.3 ? 1 + Math.floor(rnd() * 2) : 0;
    let date = ontvangen;
    for (let s = 0; s <= more; s++) {
      const signalYear = Number(date.slice(0, 4));
      const recent = date > '2026-09-01';
      signals.push({
        ontvangen: date,
        melderPartner: pick(rnd, PARTNERS),
        ideologie: pick(rnd, IDEOLOGIES),
        ernst: severityFor(rnd, signalYear),
        bron: pick(rnd, SOURCES),
        omschrijving: `Voorbeeld — fictief. Betrokkene ${pick(rnd, CONCERNS)}.`,
        // The most recent signals still wait for their weging.
        besluit:
          recent && rnd() < 0.6
            ? null
            : pick(rnd, [
                'geen_actie',
                'bespreken_casusoverleg',
                'bespreken_casusoverleg',
                'strafrechtelijk_traject',
                'meer_informatie',
              ] as const),
      });
      const next = new Date(`${date}T12:00:00Z`).getTime() + (30 + Math.floor(rnd() * 300)) * 86_400_000;
      date = new Date(next).toISOString().slice(0, 10);
      if (date > lastDay) break;
    }
    // Where the surname was drawn before issue 20's names: drawn here still, for the same reason.
    const surnameDraw = rnd();
    const { first, last } = drawName({ sex: sexDraw, surname: surnameDraw }, names, female ? 'vrouw' : 'man');
    persons.push({
      naam: `${first} ${last}`,
      aliases: rnd() < 0.15 ? [first.slice(0, 3) + pick(rnd, ['o', 'y', 'ie'])] : [],
      geboortedatum: birth,
      geslacht: female ? 'vrouw' : 'man',
      gemeenteIndex: Math.floor(rnd() * gemeenten),
      signals: signals.sort((a, b) => a.ontvangen.localeCompare(b.ontvangen)),
    });
  }
  return persons;
}
