// The starting content of the configurable lists and the regions (data of migration 0002, not a
// migration itself). The regions and municipalities are fictitious examples ("voorbeeld"): a
// beheerder replaces them with the installation's own. The list labels are the Dutch terms of the
// work; codes never change.
//
// Frozen with the migration: this file imports nothing. The effects are the values of
// DECISION_EFFECTS in src-shared/domain/casus.ts as they were when 0002 was released; a later
// change to that list must not change what this migration writes.
type DecisionEffect = 'sluiten' | 'meer_informatie' | 'casusoverleg' | 'strafrechtelijk';

export const DEFAULT_REGIONS: { name: string; gemeenten: string[] }[] = [
  {
    name: 'ZVH Noord (voorbeeld)',
    gemeenten: [
      'Aldervoort',
      'Beekwolde',
      'Dijkstede',
      'Eikenrode',
      'Hoogwaard',
      'Noorderkamp',
      'Ravensloot',
      'Strandmeer',
      'Veenhorst',
      'Wierdum-Oost',
      'Zeldervaart',
    ],
  },
  {
    name: 'ZVH Midden (voorbeeld)',
    gemeenten: [
      'Berkenstein',
      'Brugvliet',
      'Heiderade',
      'Kastelholt',
      'Lindewaard',
      'Molendaal',
      'Oudevliet',
      'Rijnhove',
      'Sluisbergen',
      'Torenmeer',
      'Valkenrode',
      'Weidestad',
    ],
  },
  {
    name: 'ZVH Zuid (voorbeeld)',
    gemeenten: [
      'Akkerveld',
      'Boschvenne',
      'Dalhem',
      'Heuvelrade',
      'Kempenhoek',
      'Maasterp',
      'Mergelheim',
      'Peelwaarde',
      'Schaapsdal',
      'Veldbeek',
      'Zuidkapelle',
    ],
  },
];

export const DEFAULT_LISTS: Record<string, { code: string; label: string; effect?: DecisionEffect }[]> = {
  ideologie: [
    { code: 'jihadistisch', label: 'Jihadistisch' },
    { code: 'rechts_extremistisch', label: 'Rechts-extremistisch' },
    { code: 'links_extremistisch', label: 'Links-extremistisch' },
    { code: 'anti_institutioneel', label: 'Anti-institutioneel' },
    { code: 'overig_onbekend', label: 'Overig / onbekend' },
  ],
  // In order of increasing severity: the figures rely on this order.
  ernst: [
    { code: 'laag', label: 'Laag — zorgelijke uitingen' },
    { code: 'matig', label: 'Matig — radicaliserend gedrag' },
    { code: 'ernstig', label: 'Ernstig — bereidheid tot geweld geuit' },
    { code: 'zeer_ernstig', label: 'Zeer ernstig — concrete voorbereidingen' },
  ],
  besluit: [
    { code: 'geen_actie', label: 'Geen actie', effect: 'sluiten' },
    { code: 'meer_informatie', label: 'Meer informatie nodig', effect: 'meer_informatie' },
    { code: 'bespreken_casusoverleg', label: 'Bespreken in casusoverleg', effect: 'casusoverleg' },
    { code: 'strafrechtelijk_traject', label: 'Strafrechtelijk traject', effect: 'strafrechtelijk' },
  ],
  interventie: [
    { code: 'gesprek', label: 'Gesprek' },
    { code: 'hulpverlening', label: 'Hulpverlening' },
    { code: 'mentortraject', label: 'Mentortraject ONE-on-ONE' },
    { code: 'bestuurlijke_maatregel', label: 'Bestuurlijke maatregel' },
    { code: 'strafrechtelijk', label: 'Strafrechtelijke interventie' },
    { code: 'overig', label: 'Overig' },
  ],
  bron: [
    { code: 'eigen_waarneming', label: 'Eigen waarneming van de partner' },
    { code: 'omgeving', label: 'Melding uit de omgeving (familie, school, buurt)' },
    { code: 'online', label: 'Online / sociale media' },
    { code: 'open_bron', label: 'Open bron' },
    { code: 'partnerinformatie', label: 'Informatie van een andere partner' },
  ],
  partner: [
    { code: 'gemeente', label: 'Gemeente' },
    { code: 'politie', label: 'Politie' },
    { code: 'om', label: 'Openbaar Ministerie' },
    { code: 'reclassering', label: 'Reclassering' },
    { code: 'rvdk', label: 'Raad voor de Kinderbescherming' },
    { code: 'ggz', label: 'GGZ' },
    { code: 'zvh', label: 'Zorg- en Veiligheidshuis' },
    { code: 'veilig_thuis', label: 'Veilig Thuis' },
    { code: 'jeugdbescherming', label: 'Jeugdbescherming' },
    { code: 'leerplicht', label: 'Leerplicht' },
    { code: 'onderwijs', label: 'Onderwijs' },
    { code: 'wijkteam', label: 'Sociaal wijkteam' },
    { code: 'dji', label: 'Dienst Justitiële Inrichtingen' },
  ],
};
