// The synonym list a beheerder can edit (Beheer > Convenant): words people type for what the
// covenant says in other words. This is the starting list.
export const DEFAULT_SYNONYMS: string[][] = [
  ['rvdk', 'raad voor de kinderbescherming', 'kinderbescherming'],
  ['om', 'openbaar ministerie', 'officier van justitie', 'justitie'],
  ['ggz', 'geestelijke gezondheidszorg', 'psychiatrie'],
  ['zvh', 'zorg- en veiligheidshuis', 'veiligheidshuis'],
  ['delen', 'verstrekken', 'verstrekking', 'doorgeven', 'uitwisselen', 'informeren'],
  ['bewaren', 'bewaartermijn', 'bewaartijd', 'vernietigen', 'vernietiging', 'wissen'],
  ['datalek', 'inbreuk', 'lek', 'beveiligingsincident'],
  ['inzage', 'inzien', 'inzageverzoek', 'opvragen'],
  ['klacht', 'bezwaar', 'klagen'],
  ['geheimhouding', 'geheim', 'zwijgplicht', 'beroepsgeheim', 'vertrouwelijk'],
  ['betrokkene', 'cliënt', 'persoon', 'burger'],
  ['toestemming', 'instemming'],
  ['gezondheid', 'gezondheidsgegevens', 'medisch', 'ggz'],
  ['opzeggen', 'opzegging', 'beëindigen', 'stoppen'],
  ['minderjarig', 'minderjarige', 'jeugdige', 'kind'],
];
