// The rows the migrations 0002 (regions, municipalities, lists), 0004 (meeting types) and 0007
// (mentor modules) insert, as a database at version 9 has them before anyone changed anything:
// the data of the PostgreSQL baseline (0009-baseline.ts). Generated once from a SQLite database
// migrated to version 9, then frozen: this file imports nothing and never changes. The regions and
// municipalities are fictitious examples.

/** [id, name] */
export const REGIONS: [number, string][] = [
  [1, 'ZVH Noord (voorbeeld)'],
  [2, 'ZVH Midden (voorbeeld)'],
  [3, 'ZVH Zuid (voorbeeld)'],
];

/** [id, name, region_id] */
export const GEMEENTEN: [number, string, number][] = [
  [1, 'Aldervoort', 1],
  [2, 'Beekwolde', 1],
  [3, 'Dijkstede', 1],
  [4, 'Eikenrode', 1],
  [5, 'Hoogwaard', 1],
  [6, 'Noorderkamp', 1],
  [7, 'Ravensloot', 1],
  [8, 'Strandmeer', 1],
  [9, 'Veenhorst', 1],
  [10, 'Wierdum-Oost', 1],
  [11, 'Zeldervaart', 1],
  [12, 'Berkenstein', 2],
  [13, 'Brugvliet', 2],
  [14, 'Heiderade', 2],
  [15, 'Kastelholt', 2],
  [16, 'Lindewaard', 2],
  [17, 'Molendaal', 2],
  [18, 'Oudevliet', 2],
  [19, 'Rijnhove', 2],
  [20, 'Sluisbergen', 2],
  [21, 'Torenmeer', 2],
  [22, 'Valkenrode', 2],
  [23, 'Weidestad', 2],
  [24, 'Akkerveld', 3],
  [25, 'Boschvenne', 3],
  [26, 'Dalhem', 3],
  [27, 'Heuvelrade', 3],
  [28, 'Kempenhoek', 3],
  [29, 'Maasterp', 3],
  [30, 'Mergelheim', 3],
  [31, 'Peelwaarde', 3],
  [32, 'Schaapsdal', 3],
  [33, 'Veldbeek', 3],
  [34, 'Zuidkapelle', 3],
];

/** [id, list, code, label, sort, active, effect] */
export const LIST_VALUES: [number, string, string, string, number, boolean, string | null][] = [
  [1, 'ideologie', 'jihadistisch', 'Jihadistisch', 0, true, null],
  [2, 'ideologie', 'rechts_extremistisch', 'Rechts-extremistisch', 1, true, null],
  [3, 'ideologie', 'links_extremistisch', 'Links-extremistisch', 2, true, null],
  [4, 'ideologie', 'anti_institutioneel', 'Anti-institutioneel', 3, true, null],
  [5, 'ideologie', 'overig_onbekend', 'Overig / onbekend', 4, true, null],
  [6, 'ernst', 'laag', 'Laag — zorgelijke uitingen', 0, true, null],
  [7, 'ernst', 'matig', 'Matig — radicaliserend gedrag', 1, true, null],
  [8, 'ernst', 'ernstig', 'Ernstig — bereidheid tot geweld geuit', 2, true, null],
  [9, 'ernst', 'zeer_ernstig', 'Zeer ernstig — concrete voorbereidingen', 3, true, null],
  [10, 'besluit', 'geen_actie', 'Geen actie', 0, true, 'sluiten'],
  [11, 'besluit', 'meer_informatie', 'Meer informatie nodig', 1, true, 'meer_informatie'],
  [12, 'besluit', 'bespreken_casusoverleg', 'Bespreken in casusoverleg', 2, true, 'casusoverleg'],
  [13, 'besluit', 'strafrechtelijk_traject', 'Strafrechtelijk traject', 3, true, 'strafrechtelijk'],
  [14, 'interventie', 'gesprek', 'Gesprek', 0, true, null],
  [15, 'interventie', 'hulpverlening', 'Hulpverlening', 1, true, null],
  [16, 'interventie', 'mentortraject', 'Mentortraject ONE-on-ONE', 2, true, null],
  [17, 'interventie', 'bestuurlijke_maatregel', 'Bestuurlijke maatregel', 3, true, null],
  [18, 'interventie', 'strafrechtelijk', 'Strafrechtelijke interventie', 4, true, null],
  [19, 'interventie', 'overig', 'Overig', 5, true, null],
  [20, 'bron', 'eigen_waarneming', 'Eigen waarneming van de partner', 0, true, null],
  [21, 'bron', 'omgeving', 'Melding uit de omgeving (familie, school, buurt)', 1, true, null],
  [22, 'bron', 'online', 'Online / sociale media', 2, true, null],
  [23, 'bron', 'open_bron', 'Open bron', 3, true, null],
  [24, 'bron', 'partnerinformatie', 'Informatie van een andere partner', 4, true, null],
  [25, 'partner', 'gemeente', 'Gemeente', 0, true, null],
  [26, 'partner', 'politie', 'Politie', 1, true, null],
  [27, 'partner', 'om', 'Openbaar Ministerie', 2, true, null],
  [28, 'partner', 'reclassering', 'Reclassering', 3, true, null],
  [29, 'partner', 'rvdk', 'Raad voor de Kinderbescherming', 4, true, null],
  [30, 'partner', 'ggz', 'GGZ', 5, true, null],
  [31, 'partner', 'zvh', 'Zorg- en Veiligheidshuis', 6, true, null],
  [32, 'partner', 'veilig_thuis', 'Veilig Thuis', 7, true, null],
  [33, 'partner', 'jeugdbescherming', 'Jeugdbescherming', 8, true, null],
  [34, 'partner', 'leerplicht', 'Leerplicht', 9, true, null],
  [35, 'partner', 'onderwijs', 'Onderwijs', 10, true, null],
  [36, 'partner', 'wijkteam', 'Sociaal wijkteam', 11, true, null],
  [37, 'partner', 'dji', 'Dienst Justitiële Inrichtingen', 12, true, null],
  [38, 'overlegtype', 'i2o', 'Informatieoverleg (i2o)', 0, true, null],
  [39, 'overlegtype', 'ico', 'Individueel casusoverleg (ICO)', 1, true, null],
  [40, 'overlegtype', 'weegoverleg', 'Weegoverleg', 2, true, null],
];

/** [code, label, required, active, sort] */
export const MENTOR_MODULES: [string, string, boolean, boolean, number][] = [
  ['basistraining', 'Basistraining mentorschap', true, true, 0],
  ['radicalisering', 'Radicalisering en ideologie herkennen', true, true, 1],
  ['gespreksvoering', 'Motiverende gespreksvoering', true, true, 2],
  ['veiligheid', 'Veiligheid, grenzen en melden', true, true, 3],
  ['intervisie', 'Intervisie', false, true, 4],
  ['verdieping', 'Verdiepingsmodule', false, true, 5],
];
