// The covenant search's evaluation set, HELD-OUT HALF: written together with tuning.ts and in the
// same way (everyday Dutch as a ZVH colleague asks mid-meeting; each with the article(s) that
// answer it, 'begrip:Term' for a definition). NEVER TUNE ON THESE: no synonym, question word,
// weight or rule may be added because of a question here. The benchmark
// (tests/bench/convenant.bench.ts) only reports how the search does on them; no test asserts them.
import type { EvalQuestion } from './tuning';

export const HELD_OUT: EvalQuestion[] = [
  ['wat is de bedoeling van deze afspraken', ['1']],
  ['welke organisaties hebben getekend', ['2']],
  ['wie heeft de regie over het overleg', ['2', 'begrip:Procesregisseur']],
  ['wat is de wettelijke basis om gegevens te gebruiken', ['3']],
  ['mag het om zomaar gegevens doorgeven', ['3', '10']],
  ['wat moet ik doorgeven als ik iemand wil aanmelden', ['4']],
  ['waar kan ik terecht met zorgen over een radicaliserende buurman', ['4']],
  ['wie bepaalt of iemand in het casusoverleg komt', ['5']],
  ['wat mag ik op tafel leggen in het casusoverleg', ['6']],
  ['moet in de notulen staan wie welke informatie heeft gegeven', ['6']],
  ['wat als het om een minderjarige gaat', ['7']],
  ['mag de politie info geven aan de reclassering', ['8']],
  ['mag de ggz vertellen dat iemand psychisch ziek is', ['9']],
  ['wat doen we met iemands geloof', ['9']],
  ['komt het strafblad in het verslag', ['10']],
  ['wat als het na het overleg weer slechter gaat', ['11']],
  ['wanneer is een zaak klaar', ['12']],
  ['wat geven we door bij overdracht naar de gewone hulpverlening', ['12']],
  ['moet ik mijn mond houden over wat besproken is', ['13']],
  ['wie mogen er bij de gegevens', ['14']],
  ['laptop met dossiers kwijt moet ik dat melden', ['15']],
  ['binnen hoeveel tijd moet een lek gemeld worden', ['15']],
  ['wanneer worden de gegevens weggegooid', ['16']],
  ['hoe lang houden we een melding vast', ['16']],
  ['iemand wil weten wat we over hem hebben wat moet ik doen', ['17']],
  ['kan de cliënt fouten in zijn gegevens laten verbeteren', ['17']],
  ['vertellen we de cliënt dat hij op de agenda staat', ['18']],
  ['hoe dient een burger een klacht in over de politie', ['19']],
  ['bij wie kan ik me beklagen', ['19']],
  ['wordt de samenwerking jaarlijks doorgelicht', ['20']],
  ['hoe lang loopt deze overeenkomst', ['21']],
  ['hoe kunnen we de afspraken aanpassen', ['21']],
  ['hoe verwijs ik naar dit convenant', ['22']],
  ['wat wordt bedoeld met extra gevoelige gegevens', ['begrip:Bijzondere persoonsgegevens', '9']],
  ['wat is een casusoverleg precies', ['begrip:Casusoverleg']],
];
