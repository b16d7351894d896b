// The synonym list a beheerder can edit (Beheer > Convenant): words people type for what the
// covenant says in other words. Each group is a set of words and phrases that lead to one another:
// a question with any of them also finds the articles with the others (at a slightly lower
// weight). This is the starting list, seeded with the everyday words ZVH staff use for the
// covenant's defined terms and subjects; a database keeps its own edited copy.
export const DEFAULT_SYNONYMS: string[][] = [
  // Partners and roles
  ['rvdk', 'raad voor de kinderbescherming', 'kinderbescherming'],
  ['om', 'openbaar ministerie', 'officier van justitie', 'justitie'],
  ['ggz', 'geestelijke gezondheidszorg', 'psychiatrie'],
  ['zvh', 'zorg- en veiligheidshuis', 'veiligheidshuis'],
  ['convenantpartner', 'partner', 'partij', 'deelnemer', 'organisatie', 'instantie', 'ketenpartner'],
  ['procesregisseur', 'regisseur', 'voorzitter', 'voorzitten', 'procesregie'],
  // The process
  ['signaal', 'melding', 'zorgmelding', 'aanmelding', 'zorgsignaal'],
  ['aanmelden', 'melden', 'doormelden', 'aankaarten'],
  ['casus', 'zaak', 'dossier'],
  ['casusoverleg', 'bespreking', 'bespreken', 'besproken', 'vergadering', 'agenderen'],
  ['weging', 'wegen', 'beoordelen', 'beslissen', 'besluit', 'selectie'],
  ['verslag', 'verslaglegging', 'vastleggen'],
  ['monitoring', 'volgen', 'bijhouden', 'nakomen', 'nagekomen', 'voortgang', 'opvolgen'],
  ['interventies', 'afspraken', 'afgesproken', 'acties', 'actiehouders'],
  ['afsluiten', 'afschalen', 'afronden', 'sluiten', 'stoppen', 'beeindigen'],
  // Sharing and its basis
  ['delen', 'verstrekken', 'verstrekking', 'doorgeven', 'uitwisselen', 'vertellen', 'laten zien'],
  ['grondslag', 'wettelijke grondslag', 'rechtsgrond', 'juridische basis', 'wet', 'wetgeving'],
  ['doel', 'doelstelling', 'nut', 'waarvoor'],
  ['toestemming', 'instemming', 'akkoord', 'goedkeuring'],
  // Kinds of data
  ['persoonsgegevens', 'gegevens', 'informatie', 'info', 'privacygegevens'],
  ['bijzondere persoonsgegevens', 'religie', 'religieus', 'godsdienst', 'levensbeschouwing', 'etniciteit', 'afkomst'],
  ['gezondheid', 'gezondheidsgegevens', 'medisch', 'medische gegevens', 'zorginformatie', 'diagnose', 'ggz'],
  ['justitiele gegevens', 'strafblad', 'justitiele documentatie', 'veroordeling', 'strafrechtelijk verleden'],
  ['strafrechtelijke gegevens', 'antecedenten', 'politiegegevens', 'delict', 'strafbare feiten'],
  ['minderjarig', 'minderjarige', 'jeugdige', 'kind', 'jongere'],
  // Protection
  ['geheimhouding', 'geheim', 'zwijgplicht', 'beroepsgeheim', 'vertrouwelijk', 'doorvertellen', 'vertellen'],
  ['beveiliging', 'beveiligen', 'beschermen', 'bescherming', 'versleuteling', 'toegang'],
  ['auditlog', 'logging', 'bijgehouden', 'bijhouden'],
  ['datalek', 'inbreuk', 'lek', 'beveiligingsincident', 'verkeerde', 'verkeerd', 'verloren', 'gestolen', 'gehackt'],
  ['bewaren', 'bewaartermijn', 'bewaartijd', 'vernietigen', 'vernietiging', 'wissen', 'verwijderen', 'opschonen'],
  // Rights of the person concerned
  ['betrokkene', 'cliënt', 'persoon', 'burger'],
  ['inzage', 'inzien', 'inzageverzoek', 'opvragen', 'bekijken', 'bekeken', 'inkijken'],
  ['correctie', 'corrigeren', 'rectificatie', 'onjuist'],
  ['klacht', 'bezwaar', 'klagen', 'ontevreden', 'boos', 'klachtenregeling'],
  // The covenant itself
  ['evaluatie', 'evalueren', 'terugkijken', 'terugblik'],
  ['looptijd', 'geldigheid', 'geldt', 'verlengen', 'verlenging'],
  ['opzeggen', 'opzegging', 'beeindigen', 'stoppen', 'uitstappen', 'stappen'],
  ['aangehaald', 'aanhalen', 'citeren', 'heet', 'naam', 'officieel'],
];
