// The covenant search's evaluation set, TUNING HALF: questions about the fictitious example
// covenant (resources/convenant/voorbeeld-convenant.md) as a ZVH colleague asks them mid-meeting,
// in everyday Dutch rather than the article's own words, each with the article(s) that answer it
// ('begrip:Term' for a definition). Relevance work (search.ts, synonyms.ts) may look at these.
// The held-out half is in held-out.ts: it is never used for tuning, only reported by the bench
// (tests/bench/convenant.bench.ts). Both halves were written at the same time, before tuning;
// the split is fixed by file.
export type EvalQuestion = [question: string, answers: string[]];

export const TUNING: EvalQuestion[] = [
  ['waarvoor is dit convenant eigenlijk bedoeld', ['1']],
  ['waarom delen we überhaupt informatie met elkaar', ['1']],
  ['wie doen er allemaal mee', ['2']],
  ['welke instanties zitten erbij', ['2']],
  ['op basis van welke wet mag de politie dit doorgeven', ['3']],
  ['welke wet geldt voor de gemeente', ['3']],
  ['hoe meld ik een zorgelijke situatie aan', ['4']],
  ['welke gegevens geef ik mee bij een aanmelding', ['4']],
  ['wie beslist of een zaak op tafel komt', ['5']],
  ['wat mogen we in het overleg met elkaar uitwisselen', ['6']],
  ['mogen we info geven aan de kinderbescherming over een jongere', ['7']],
  ['wanneer krijgt de raad informatie van ons', ['7']],
  ['wat vertelt de reclassering over iemand die onder toezicht staat', ['8']],
  ['mag ik medische informatie delen', ['9']],
  ['heb ik toestemming van de cliënt nodig voor zorginformatie', ['9']],
  ['mag het om het strafblad van iemand laten zien', ['10']],
  ['wie houdt bij of de afspraken worden nagekomen', ['11']],
  ['kan een zaak later opnieuw besproken worden', ['11']],
  ['wanneer stoppen we met een casus', ['12']],
  ['mag ik hier thuis over vertellen', ['13']],
  ['hoe worden de gegevens beschermd', ['14']],
  ['wordt bijgehouden wie een dossier heeft bekeken', ['14']],
  ['ik heb een mail naar de verkeerde persoon gestuurd wat nu', ['15']],
  ['hoe lang blijft een dossier bewaard', ['16']],
  ['wat gebeurt er met een melding waar niks mee gedaan is', ['16']],
  ['mag iemand zijn eigen dossier inzien', ['17']],
  ['hoe snel moeten we een verzoek om inzage beantwoorden', ['17']],
  ['moet de persoon weten dat hij besproken wordt', ['18']],
  ['iemand is boos over onze aanpak waar kan hij heen', ['19']],
  ['hoe vaak kijken we terug of het convenant werkt', ['20']],
  ['tot wanneer geldt het convenant', ['21']],
  ['kan een partij eruit stappen', ['21']],
  ['hoe heet dit convenant officieel', ['22']],
  ['wat verstaan we onder een signaal', ['begrip:Signaal', '4']],
  ['wie zit het casusoverleg voor', ['begrip:Procesregisseur', '2']],
  // Added 2026-12-04, after the first tuning and written without the held-out half in view, for a
  // kind the first 35 had little of: words the covenant has only in another form (-lijk, -ing,
  // a particle or be- before the verb, a verb stem at the front of a compound, a separable verb
  // split by the question).
  ['wat is de persoonlijke verantwoordelijkheid van elke partner voor zijn gegevens', ['2']],
  ['moet het besluit om iemand niet in te lichten op papier', ['18']],
  ['wat als iemand gevaarlijk is voor zichzelf of anderen', ['9']],
  ['wie is verantwoordelijk als er iets uitlekt', ['15']],
  ['hoe lang duurt de afhandeling van een inzageverzoek', ['17']],
  ['wat is de opzegtermijn', ['21']],
  ['wordt de beslissing over de weging onderbouwd', ['5']],
  ['hoe lang is de meldtermijn voor een datalek', ['15']],
  ['welke wettelijke regels gelden voor de politie', ['3']],
  ['hoe snel moet een datalekmelding gedaan worden', ['15']],
  ['wanneer sluiten we een zaak af', ['12']],
  ['hoe lang slaan we de gegevens op', ['16']],
];
