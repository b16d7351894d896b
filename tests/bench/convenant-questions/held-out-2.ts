// The covenant search's evaluation set, SECOND HELD-OUT SET: 38 questions written on 2026-12-04
// by another hand than the first 82, from the example covenant's text alone, article by article,
// as a ZVH colleague asks them mid-meeting (everyday words, not the article's own), and committed
// before the third round of relevance work (issue 22) changed anything. Each has the article(s)
// that answer it ('begrip:Term' for a definition). NEVER TUNE ON THESE, just as held-out.ts: no
// synonym, question word, weight or rule may be added because of a question here; the benchmark
// (tests/bench/convenant.bench.ts) only reports how the search does on them.
import type { EvalQuestion } from './tuning';

export const HELD_OUT_2: EvalQuestion[] = [
  ['waar dient deze samenwerking eigenlijk voor', ['1']],
  ['wat willen we met dit convenant bereiken', ['1']],
  ['doet de reclassering ook mee aan het convenant', ['2']],
  ['wie zorgt ervoor dat het casusoverleg georganiseerd wordt', ['2']],
  ['waar haalt het om de bevoegdheid vandaan om gegevens te delen', ['3']],
  ['een docent maakt zich zorgen over een leerling, hoe brengen we die in', ['4']],
  ['bij wie meld ik een vermoeden van radicalisering', ['4']],
  ['wie kijkt naar een nieuwe melding voordat die in het casusoverleg komt', ['5']],
  ['wordt opgeschreven waarom een melding wel of niet wordt opgepakt', ['5']],
  ['welke informatie mag je delen om een plan van aanpak te maken', ['6']],
  ['mag de wijkagent in het overleg vertellen wat iemand op zijn kerfstok heeft', ['6', '10']],
  ['schakelen we de raad in als het om een vijftienjarige gaat', ['7']],
  ['krijgt de reclassering informatie van de politie voor het toezicht', ['8']],
  ['mag een psychiater iets vertellen zonder dat de patiënt dat goedvindt', ['9']],
  ['mag ik noteren dat iemand moslim is', ['9']],
  ['mag ik wat het om over iemand vertelt doorsturen naar zijn werkgever', ['10', '13']],
  ['wie brengt de justitiële documentatie in', ['10']],
  ['wie moet de regisseur laten weten hoe het loopt met de afgesproken acties', ['11']],
  ['wanneer kunnen we een dossier dichtdoen', ['12']],
  ['gaat er informatie mee als de zaak naar het wijkteam gaat', ['12']],
  ["mag ik met collega's buiten het overleg over een casus praten", ['13']],
  ['kan iedereen in de organisatie de dossiers zien', ['14']],
  ['wordt vastgelegd als iemand iets wijzigt in een dossier', ['14']],
  ['er is een usb-stick met casusinformatie zoekgeraakt', ['15']],
  ['moeten we naar de autoriteit als er gegevens op straat liggen', ['15']],
  ['hoeveel jaar houden we een afgesloten casus', ['16']],
  ['worden oude signalen ooit weggegooid', ['16']],
  ['iemand wil weten wat we over hem hebben, wat moet ik doen', ['17']],
  ['mogen we weigeren iemand zijn dossier te laten zien', ['17']],
  ['vertellen we de jongere dat hij in het casusoverleg zit', ['18']],
  ['waar dien ik een klacht in over de politie', ['19']],
  ['een moeder is het niet eens met hoe wij met haar zoon omgaan', ['19']],
  ['wanneer bekijken we of de samenwerking goed loopt', ['20']],
  ['wordt het convenant automatisch verlengd', ['21']],
  ['hoe lang van tevoren moet je opzeggen', ['21']],
  ['hoe noem ik dit convenant in een brief', ['22']],
  ['wat is een betrokkene precies', ['begrip:Betrokkene']],
  ['wat is het informatieoverleg', ['begrip:Informatieoverleg', '5']],
];
