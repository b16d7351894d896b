// The covenant search's evaluation set, THIRD HELD-OUT SET: 47 questions written on 2026-12-05
// (14:40–14:50 UTC, sixth round of issue 22) from the example covenant's text, article by article,
// as a ZVH colleague asks them mid-meeting (everyday words, not the article's own), four per
// article and six about definitions, together with the 47 of tuning-2.ts; which set a question
// went to was fixed by its place in the list (per article the first and fourth here, the second
// and third there), and this file was committed before the round changed anything. Each question
// has the article(s) that answer it ('begrip:Term' for a definition). NEVER TUNE ON THESE, just as
// held-out.ts and held-out-2.ts: no synonym, question word, weight or rule may be added because of
// a question here; the benchmark (tests/bench/convenant.bench.ts) and score.ts only report totals.
// Written by a session that had read the articles' everyday questions (### Vragen) and the tuning
// half, so it shares their writer's habits (docs/benchmarks.md, sixth round).
import type { EvalQuestion } from './tuning';

export const HELD_OUT_3: EvalQuestion[] = [
  ['waar dient dit hele convenant voor', ['1']],
  ['gaat het ons om bescherming van de samenleving of om zorg voor de jongere', ['1']],
  ['zit de raad voor de kinderbescherming ook in het convenant', ['2']],
  ['is de ggz-instelling zelf verantwoordelijk voor wat ze vastlegt', ['2']],
  ['met welke wet in de hand deelt de politie haar informatie', ['3']],
  ['is dit allemaal wel legaal', ['3']],
  ['ik wil een leerling aanmelden, hoe gaat dat', ['4']],
  ['wordt genoteerd van welke organisatie een melding komt', ['4']],
  ['wie kijkt er naar een melding voordat die in het casusoverleg komt', ['5']],
  ['mag de politie in het voorportaal al vertellen wat ze over iemand weten', ['5']],
  ['mag de wijkagent aan tafel vertellen dat iemand een strafzaak heeft lopen', ['6']],
  ['welke informatie is nodig om samen een plan te maken', ['6']],
  ['de jongen is vijftien, mogen we de raad erbij halen', ['7']],
  ['brengt de raad zelf ook iets in bij het overleg', ['7']],
  ['mag de reclassering vertellen of iemand zich aan zijn voorwaarden houdt', ['8']],
  ['mag het OM de reclassering informeren over een verdachte die toezicht heeft', ['8']],
  ['mag de psycholoog vertellen dat iemand depressief is', ['9']],
  ['beslist de ggz zelf wat ze vertellen', ['9']],
  ['mag het strafblad in het verslag', ['10']],
  ['wordt de informatie van de officier van justitie op papier gezet', ['10']],
  ['wie houdt in de gaten of de afgesproken hulp ook echt komt', ['11']],
  ['kan de regisseur een zaak weer op de agenda zetten', ['11']],
  ['wanneer geven we een casus terug aan de gewone hulpverlening', ['12']],
  ['wat sturen we door als de zaak wordt overgenomen door de jeugdzorg', ['12']],
  ['mag ik iets vertellen op een verjaardag over een casus', ['13']],
  ['moet mijn baas mij wijzen op de geheimhouding', ['13']],
  ['mag ik casusstukken in mijn privé-mail zetten', ['14']],
  ['mag ik dossiers meenemen naar huis op een stick', ['14']],
  ['ik ben mijn telefoon met casusinformatie kwijt', ['15']],
  ['moeten we de persoon laten weten dat zijn gegevens zijn uitgelekt', ['15']],
  ['hoeveel jaar houden we een dossier na afsluiting', ['16']],
  ['wanneer worden de papieren van een afgesloten zaak vernietigd', ['16']],
  ['een moeder wil weten wat er over haar zoon is vastgelegd', ['17']],
  ['mogen we inzage weigeren als de politie nog onderzoek doet', ['17']],
  ['krijgt de jongere te horen dat we over hem praten', ['18']],
  ['moeten we later nog eens bekijken of we de betrokkene toch informeren', ['18']],
  ['een vader wil klagen over de wijkagent, waar moet hij heen', ['19']],
  ['welke procedure geldt als iemand een klacht heeft over de gemeente', ['19']],
  ['wanneer bekijken we of de aanpak werkt', ['20']],
  ['wordt ook het casusoverleg zelf tegen het licht gehouden', ['20']],
  ['loopt het convenant na vier jaar gewoon door', ['21']],
  ['per wanneer gaat het convenant in', ['21']],
  ['hoe moet ik het convenant noemen in een rapport', ['22']],
  ['is dit convenant verzonnen', ['22']],
  ['wat bedoelen we met betrokkene', ['begrip:Betrokkene']],
  [
    'wat is het verschil tussen het informatieoverleg en het casusoverleg',
    ['begrip:Informatieoverleg', 'begrip:Casusoverleg', '5'],
  ],
  ['wat valt er onder strafrechtelijke gegevens', ['begrip:Strafrechtelijke gegevens']],
];
