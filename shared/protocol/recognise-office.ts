import { foldForSearch } from '../text/fold';
import type { OfficeType } from './types';

/*
 * Office titles typed in English, Spanish or French → office type. Case- and
 * accent-insensitive. Rules run in order and the first match wins, because
 * the same words mean different offices in context: "Presidente del
 * Gobierno" heads a government, "Presidenta del Congreso" chairs a
 * parliament, "Presidente de la República" is a head of state, "Canciller"
 * alone is a Latin American foreign minister but "Canciller Federal" is
 * Germany's head of government. Anything unrecognised is `custom`.
 */

type Rule = [OfficeType, RegExp];

// Text is folded and reduced to words separated by single spaces, padded with
// a space at each end, so " word " matches whole words.
const W = (words: string) => new RegExp(` (?:${words}) `);

const RULES: readonly Rule[] = [
  // Deputies, former holders, consorts, heirs and the like hold no office of ours.
  [
    'custom',
    W(
      'vice|deputy|former|ex|adjoint|adjointe|acting deputy|under secretary|undersecretary|subsecretario|subsecretaria|sous secretaire|secretary general|secretario general|secretaire general|consort|consorte|crown prince|principe heredero|prince heritier|heir|first lady|primera dama|premiere dame|governor general|gobernador general|gouverneur general|gobernadora general|lord chancellor|chancellor of the exchequer|first secretary|premier secretaire|premier president|premiere presidente|primer secretario|charge d affaires|encargado de negocios|encargada de negocios',
    ),
  ],
  ['custom', / vice\w+ /],

  // The Holy See: the Cardinal Secretary of State heads the Secretariat of
  // State (the government's place); the Secretary for Relations with States
  // is its foreign minister. Both before the generic "secretary of state".
  [
    'head_of_government',
    W(
      'cardinal secretary of state|cardenal secretario de estado|secretario de estado cardenal|cardinal secretaire d etat|secretary of state of the holy see|secretario de estado de la santa sede|secretaire d etat du saint siege',
    ),
  ],
  [
    'foreign_minister',
    W(
      'secretary for relations with states|secretario para las relaciones con los estados|secretaria para las relaciones con los estados|secretaire pour les relations avec les etats',
    ),
  ],
  [
    'head_of_government',
    W(
      'prime minister|premier ministre|premiere ministre|primer ministro|primera ministra|premier|head of government|jefe de gobierno|jefe del gobierno|jefa de gobierno|jefa del gobierno|chef du gouvernement|cheffe du gouvernement|chancellor|chancelier|chanceliere|bundeskanzler|bundeskanzlerin|canciller federal|taoiseach|minister president|ministre president|secretary of state of his holiness|secretario de estado de su santidad|secretaire d etat de sa saintete',
    ),
  ],
  [
    'head_of_government',
    W(
      '(?:president|presidente|presidenta) (?:of the|del|de la|du|de l) (?:government|gobierno|gouvernement|council of ministers|consejo de ministros|conseil des ministres|state council|consejo de estado)',
    ),
  ],

  ['foreign_minister', W('foreign minister|foreign secretary|canciller|cancillera|chancellor of foreign affairs')],
  [
    'foreign_minister',
    / (?:minister|ministers|ministry|ministro|ministra|ministerio|ministre|ministere|secretary|secretario|secretaria|secretaire)\b.* (?:foreign|external|exteriores|exterior|etrangeres|exterieures|exterieure)\b/,
  ],
  ['foreign_minister', / secretary of state (?!for )/],
  ['foreign_minister', / (?:secretario|secretaria) de estado .*estados unidos| secretaire d etat .*etats unis/],

  ['ambassador', W('ambassador|ambassadress|embajador|embajadora|ambassadeur|ambassadrice|apostolic nuncio|nuncio|nuncio apostolico|nonce|nonce apostolique')],

  // Officials of international bodies are not national office holders.
  [
    'custom',
    / (?:european|europea|europeen|europeenne|united nations|naciones unidas|nations unies|african union|union africana|union africaine|organization|organisation|organizacion) /,
  ],

  ['speaker_of_parliament', W('speaker|presiding officer')],
  [
    'speaker_of_parliament',
    / (?:president|presidente|presidenta)\b.* (?:senate|senado|senat|congress|congreso|congres|parliament|parlamento|parlement|assembly|asamblea|assemblee|chamber|camara|chambre|house|bundestag|bundesrat|cortes|duma|knesset|sejm|storting|riksdag|folketing|diet|dieta|diete|national council|consejo nacional|conseil national|legislature|legislatura)\b/,
  ],

  // A president of a court, bank, party or commission is not a head of state.
  [
    'custom',
    / (?:president|presidente|presidenta)\b.* (?:court|corte|cour|tribunal|commission|comision|committee|comite|bank|banco|banque|board|association|asociacion|university|universidad|universite|party|partido|parti|foundation|fundacion|fondation|company|society|sociedad|societe|ombudsman)\b/,
  ],
  [
    'head_of_state',
    W(
      'head of state|jefe de estado|jefa de estado|jefe del estado|jefa del estado|chef de l etat|cheffe de l etat|chef d etat|president|presidente|presidenta|federal president|bundesprasident|bundesprasidentin|monarch|monarca|monarque|sovereign|soberano|soberana|souverain|souveraine',
    ),
  ],
  [
    'head_of_state',
    W(
      'king|queen|rey|reina|roi|reine|emperor|empress|emperador|emperatriz|empereur|imperatrice|emir|amir|sultan|sultana|sultane|grand duke|grand duchess|gran duque|gran duquesa|grand duc|grande duchesse|prince|princess|principe|princesa|princesse|co prince|co princess|coprince|coprincipe|pope|papa|pape|supreme pontiff|sumo pontifice|souverain pontife|pontiff|captain regent|capitan regente|capitana regente|capitaine regent|capitaine regente|supreme leader|lider supremo|guide supreme|yang di pertuan agong|druk gyalpo',
    ),
  ],
];

function normalise(text: string): string {
  return ` ${foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function recogniseOne(text: string): OfficeType {
  const normalised = normalise(text);
  if (normalised.trim() === '') return 'custom';
  for (const [office, pattern] of RULES) {
    if (pattern.test(normalised)) return office;
  }
  return 'custom';
}

/** Highest first: a title that joins two offices is the higher one. */
const RANK: readonly OfficeType[] = ['head_of_state', 'head_of_government', 'foreign_minister', 'speaker_of_parliament', 'ambassador', 'custom'];

// What joins two offices in one title: "Crown Prince and Prime Minister",
// "Primer Ministro y Ministro de Asuntos Exteriores", "Premier ministre, ministre des Affaires étrangères".
const JOINS = /\s*[,;/&+]\s*|\s+(?:and|y|e|et)\s+/iu;

/** The parts of a title that joins several offices; one part when it joins none. */
export function officeParts(text: string): string[] {
  return text
    .split(JOINS)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * "Presidente del Gobierno" → head_of_government; "Directeur des prisons" →
 * custom. A title that joins offices is the highest office it names, so
 * "Crown Prince and Prime Minister" heads a government, and "Deputy Prime
 * Minister and Minister of Foreign Affairs" is a foreign minister (a deputy
 * is never promoted). When no part names an office on its own ("Minister for
 * Europe and Foreign Affairs"), the whole title decides.
 */
export function recogniseOffice(text: string): OfficeType {
  const parts = officeParts(text);
  const whole = recogniseOne(text);
  if (parts.length < 2) return whole;
  const best = parts.map(recogniseOne).reduce((a, b) => (RANK.indexOf(b) < RANK.indexOf(a) ? b : a), 'custom');
  return best === 'custom' ? whole : best;
}
