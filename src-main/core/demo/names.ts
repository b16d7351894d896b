// The demo dataset's person names ("Voorbeeld — fictief"), drawn with long-tailed frequencies like
// those of a Dutch population (issue 20): a few common surnames and a long tail of rare ones, first
// names of the same kinds as the surnames. The commonest surnames and the first names are common,
// generic names (no person is described); every other surname is composed from fictitious parts, by
// rank, so that there are tens of thousands of them without a list. Why these shares and exponents:
// docs/developer/testing.md ("The demo dataset's names").
//
// A rank is drawn from a Zipf-like law, P(rank r) ∝ r^-s for r = 1..M, through the inverse of its
// continuous distribution (one uniform number per draw, no table): the commonest name's share is
// (2^(1-s) - 1) / (M^(1-s) - 1).

/** A rank from 0 (the commonest) to `size` - 1, for a uniform `u` in [0, 1). */
export function zipfRank(u: number, size: number, exponent: number): number {
  const a = 1 - exponent;
  const rank = Math.floor(Math.pow((Math.pow(size, a) - 1) * u + 1, 1 / a)) - 1;
  return Math.min(size - 1, Math.max(0, rank));
}

/** A deterministic spread of an index over 0..99 (Knuth's multiplicative hash). */
const spread = (index: number) => (Math.imul(index + 1, 2654435761) >>> 0) % 100;

interface Surnames {
  /** The commonest, by rank. */
  top: readonly string[];
  /** How many ranks there are in all (top and composed). */
  size: number;
  exponent: number;
  /** The surname of rank `top.length + index`. */
  composed: (index: number) => string;
}

/** parts[0][i % n0] + parts[1][(i / n0) % n1] + …: distinct for every index below the product. */
function compose(parts: readonly (readonly string[])[], index: number): string {
  let rest = index;
  let name = '';
  for (const part of parts) {
    name += part[rest % part.length]!;
    rest = Math.floor(rest / part.length);
  }
  return name;
}

/** A list written as comma-separated text (one name a line would make this file five times as long). */
const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const product = (parts: readonly (readonly string[])[]) => parts.reduce((n, part) => n * part.length, 1);

const DUTCH_TOP = list(`
  de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
  Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra,
  Smits, de Graaf, van der Meer, Kok, Jacobs, van der Linden, de Haan, Vermeulen, van den Heuvel,
  van der Veen, van den Broek, de Bruijn, Schouten, van Beek, Willems, van Vliet, Hoekstra, Postma
`);
const DUTCH_PARTS = [
  list(`
  groen, oost, west, noord, zuid, hoog, klein, groot, nieuw, oud, rood, wit, zwart, braam, eik, es,
  hazel, berk, linde, wilg, riet, vlas, rog, haver, koren, appel, peer, kers, roos, lelie, dorre,
  breed, lang, kort, steen, zand, klei, veen, mos, heide, beuk, olm, ooster, wester, achter, voor,
  over, neder, boven, hol, kroon, ham, vos, haas, valk, zwaan, kraai, mees, brink, hek, dam, sluis,
  molen, kerk
`),
  list(`
  veld, dijk, berg, hout, meer, broek, kamp, horst, beek, bos, water, hoven, wijk, heuvel, laar, hof,
  man, sma, stra, inga, huis, hoek, weg, graaf, brug, dal, kolk, vliet, burg, poel, weerd, lo, schot,
  rade, donk, sloot, gat, zijl, hage, kuil, mate, land, waard, stede, geest, voort, akker, hem
`),
  ['', 'e', 's', 'er', 'en', 'ink', 'ing', 'ers'],
];
/** A quarter of the composed Dutch surnames carry a tussenvoegsel, fixed per surname. */
function dutchParticle(index: number): string {
  const at = spread(index);
  if (at < 8) return 'van ';
  if (at < 13) return 'de ';
  if (at < 17) return 'van der ';
  if (at < 20) return 'van den ';
  if (at < 22) return 'van de ';
  if (at < 24) return 'ter ';
  return at < 25 ? 'ten ' : '';
}

const MOROCCAN_TOP = list(`
  El Amrani, Bouzid, Benali, El Idrissi, Haddou, Tahiri, Ziani, Azzouzi, El Khattabi, Boukhari,
  Amrani, El Ouali
`);
const MOROCCAN_PARTS = [
  list(`
  bou, ben, az, am, tah, zi, had, kar, mah, sal, char, mous, kas, mans, ouk, bel, ras, lah, nad, far,
  jab, khal, moul, ham, ab, id, ou, sgh, tab, mekk, zer, bak, yah, nas, sab, ach
`),
  list(`
  rani, zid, ali, drissi, dou, hiri, ani, ouali, khati, oudi, ouzi, kari, ssaoui, lahi, mouni, badi,
  hadi, jili, diri, kouri, tati, zaoui, rrak, lal, fik, bib, mimi, chiri, yani, fari, rhaoui, loui
`),
  ['', 'i', 'a'],
];

const TURKISH_TOP = list(`
  Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç,
  Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek
`);
const TURKISH_PARTS = [
  list(`
  öz, kara, ak, ay, er, gül, gök, bay, can, tun, al, bal, dur, ateş, taş, kurt, tek, uz, sarı, kızıl,
  demir, yıl, şen, güven, ün, erdo, karaca, polat, çakır, bulut, coş, ok, kol, akın, türk, sezer,
  oral, ışık, tok, ekin
`),
  list(`
  türk, maz, kaya, taş, han, can, soy, demir, er, dağ, yol, bay, kan, gün, kurt, alp, tekin, ay,
  doğan, su, el, men, baş, ova, göz, yürek, tepe, çelik, ok, ses
`),
  ['', 'oğlu'],
];

const POLISH_TOP = list(`
  Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
  Woźniak, Kozłowski, Jankowski
`);
const POLISH_PARTS = [
  list(`
  krawc, lis, mazur, wrób, zaj, pawl, michal, król, jabł, majew, olszew, stęp, dud, grab, sok, wil,
  czarn, bial, kur, las, pol, gór, rud, mal, sad, kos, borz, dąbr, jaw, ziel, kraw, pietr, tomasz,
  wal, sob, kacz, nowic, lech, bart, marc
`),
  ['ski', 'ewski', 'owski', 'ewicz', 'czyk', 'ak'],
];

const PORTUGUESE = list(`
  Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gomes,
  Lopes, Almeida, Ribeiro, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira,
  Monteiro, Cardoso, Rocha, Neves, Coelho, Cruz, Cunha, Pinto, Tavares, Fonseca, Barbosa, Lima,
  Freitas, Gonçalves
`);

/** Surnames per kind: ranks, exponent and how the tail is composed (first share in the comment). */
const SURNAMES: Record<Origin, Surnames> = {
  // 24,616 ranks, s = 0.63: the commonest (de Jong) 0.71 % of Dutch names, 0.5 % of all persons.
  nl: {
    top: DUTCH_TOP,
    size: DUTCH_TOP.length + product(DUTCH_PARTS),
    exponent: 0.63,
    composed: (index) => dutchParticle(index) + capital(compose(DUTCH_PARTS, index)),
  },
  // 3,468 ranks, s = 0.55: the commonest 1 % of Moroccan names; "El" before a third of them.
  ma: {
    top: MOROCCAN_TOP,
    size: MOROCCAN_TOP.length + product(MOROCCAN_PARTS),
    exponent: 0.55,
    composed: (index) => (spread(index) < 33 ? 'El ' : '') + capital(compose(MOROCCAN_PARTS, index)),
  },
  // 2,420 ranks, s = 0.6: the commonest (Yılmaz) 1.5 % of Turkish names.
  tr: {
    top: TURKISH_TOP,
    size: TURKISH_TOP.length + product(TURKISH_PARTS),
    exponent: 0.6,
    composed: (index) => capital(compose(TURKISH_PARTS, index)),
  },
  // 252 ranks, s = 0.6: the commonest (Nowak) 4 % of Polish names.
  pl: {
    top: POLISH_TOP,
    size: POLISH_TOP.length + product(POLISH_PARTS),
    exponent: 0.6,
    composed: (index) => capital(compose(POLISH_PARTS, index)),
  },
  // 36 ranks, s = 0.5: the commonest (Silva) 8 % of Portuguese names.
  pt: { top: PORTUGUESE, size: PORTUGUESE.length, exponent: 0.5, composed: () => '' },
};

type Origin = 'nl' | 'ma' | 'tr' | 'pl' | 'pt';
/** The kinds of names and their shares of the persons. */
const ORIGINS: readonly [Origin, number][] = [
  ['nl', 0.72],
  ['ma', 0.11],
  ['tr', 0.09],
  ['pl', 0.05],
  ['pt', 0.03],
];

/** First names per kind and sex, commonest first; [names, exponent] (first share in the comment). */
const FIRST_NAMES: Record<Origin, { man: [readonly string[], number]; vrouw: [readonly string[], number] }> = {
  nl: {
    // 90 names, s = 0.3: the commonest 2.8 % of Dutch men.
    man: [
      list(`
  Daan, Sem, Lucas, Kevin, Thomas, Tim, Jesse, Lars, Dennis, Mark, Ruben, Bram, Milan, Levi, Noah,
  Finn, Thijs, Jeroen, Rik, Stefan, Wouter, Jordy, Dylan, Ricardo, Sven, Niels, Bas, Joost, Jasper,
  Koen, Tom, Luuk, Stijn, Max, Sander, Roy, Nick, Mike, Rick, Robin, Jeffrey, Patrick, Marco, Erik,
  Martijn, Bart, Pieter, Jan, Kees, Wim, Henk, Gerrit, Johan, Hans, Peter, Paul, Frank, Vincent,
  Michel, Rob, Marcel, Arjen, Ronald, Richard, Edwin, Danny, Gijs, Julian, Tygo, Mees, Ties, Jens,
  Stan, Teun, Tijn, Hugo, Siem, Olivier, Owen, Sam, Timo, Bryan, Mitchell, Rutger, Maarten, Floris,
  Wessel, Joris, Job, Cas
`),
      0.3,
    ],
    // 60 names, s = 0.3: the commonest 3.5 % of Dutch women.
    vrouw: [
      list(`
  Anna, Emma, Julia, Sanne, Lisa, Sara, Lotte, Fleur, Noor, Iris, Eva, Sophie, Anouk, Femke, Lieke,
  Tess, Zoë, Mila, Evi, Lynn, Demi, Kim, Laura, Linda, Marieke, Ilse, Esther, Petra, Monique, Sandra,
  Nicole, Mandy, Kelly, Chantal, Naomi, Romy, Isa, Nina, Roos, Fenna, Yara, Elin, Maud, Vera, Floor,
  Jasmijn, Merel, Amber, Britt, Charlotte, Hanna, Maria, Ingrid, Anja, Wendy, Marloes, Rianne,
  Lisanne, Manon, Joyce
`),
      0.3,
    ],
  },
  ma: {
    // 40 names, s = 0.6: the commonest (Mohamed) 9.5 % of Moroccan men.
    man: [
      list(`
  Mohamed, Ahmed, Yassin, Adam, Ayoub, Bilal, Mohammed, Ilias, Omar, Hamza, Youssef, Anass, Soufiane,
  Mehdi, Karim, Nordin, Rachid, Khalid, Mustafa, Abdel, Hicham, Redouan, Zakaria, Ibrahim, Said,
  Nabil, Samir, Tarik, Jamal, Hassan, Ismail, Marouane, Othman, Imad, Younes, Rayan, Amine, Anouar,
  Badr, Driss
`),
      0.6,
    ],
    vrouw: [
      list(`
  Fatima, Yasmina, Aya, Khadija, Nora, Salma, Imane, Hafsa, Meryem, Soumaya, Nadia, Samira, Latifa,
  Loubna, Malika, Houda, Ikram, Sanae, Asma, Rania, Ilham, Zineb, Hajar, Amal, Sara
`),
      0.5,
    ],
  },
  tr: {
    man: [
      list(`
  Mehmet, Mustafa, Ahmet, Emre, Yusuf, Ali, Hasan, Kerem, Murat, Hüseyin, İbrahim, Burak, Can, Cem,
  Deniz, Efe, Emir, Eren, Furkan, Gökhan, Hakan, Kaan, Kemal, Mert, Oğuz, Onur, Ömer, Serkan, Selim,
  Tolga, Umut, Volkan, Yiğit, Berk, Arda
`),
      0.55,
    ],
    vrouw: [
      list(`
  Zeynep, Elif, Ayşe, Fatma, Emine, Merve, Hatice, Büşra, Esra, Ebru, Derya, Dilara, Gizem, Sevgi,
  Özlem, Selin, Melis, Ecrin, Defne, Yağmur, Sibel, Tuba, Nur, Hülya, Songül
`),
      0.5,
    ],
  },
  pl: {
    man: [
      list(`
  Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Łukasz, Jakub, Kamil, Mateusz, Adrian, Dawid,
  Szymon, Bartosz, Damian, Grzegorz, Rafał, Wojciech, Marek, Sebastian
`),
      0.5,
    ],
    vrouw: [
      list(`
  Anna, Katarzyna, Agnieszka, Magdalena, Joanna, Monika, Aleksandra, Natalia, Karolina, Zuzanna,
  Justyna, Ewa, Marta, Dorota, Weronika
`),
      0.5,
    ],
  },
  pt: {
    man: [
      list(`
  João, Pedro, Tiago, Rui, Bruno, Miguel, Luís, Rafael, Diogo, Carlos, Nuno, André, Ricardo, Paulo,
  Gonçalo
`),
      0.5,
    ],
    vrouw: [
      list(`
  Ana, Maria, Beatriz, Inês, Mariana, Joana, Catarina, Sofia, Rita, Carla, Sara, Marta
`),
      0.5,
    ],
  },
};

function originOf(u: number): Origin {
  let x = u;
  for (const [origin, share] of ORIGINS) {
    x -= share;
    if (x < 0) return origin;
  }
  return 'nl';
}

/** The surname of `rank` among the given kind's names. */
function surnameOf(origin: Origin, rank: number): string {
  const names = SURNAMES[origin];
  return rank < names.top.length ? names.top[rank]! : names.composed(rank - names.top.length);
}

/**
 * A person's first name and surname, from `rnd` (a stream of its own, so that the dataset's other
 * draws stay where they were): a kind of name (Dutch 72 %, Moroccan 11 %, Turkish 9 %, Polish 5 %,
 * Portuguese 3 %), a surname of that kind by rank, and a first name of the same kind for nine in
 * ten (a Dutch one for the others, or one of another kind when the surname is Dutch).
 */
export function drawDemoName(rnd: () => number, sex: 'man' | 'vrouw'): { first: string; last: string } {
  const origin = originOf(rnd());
  const surnames = SURNAMES[origin];
  const last = surnameOf(origin, zipfRank(rnd(), surnames.size, surnames.exponent));
  const mixed = rnd() < 0.1;
  const firstOrigin = !mixed ? origin : origin === 'nl' ? originOf(0.7 + 0.3 * rnd()) : 'nl';
  const [names, exponent] = FIRST_NAMES[firstOrigin][sex];
  return { first: names[zipfRank(rnd(), names.length, exponent)]!, last };
}
