import type { GenderPair, Localized, TitleSpec } from '../types';

/*
 * The catalogue of office titles, in en/es/fr, masculine and feminine.
 * Countries pick from it in states.ts; anything not listed there gets the
 * defaults chosen in ../offices.ts (President, Prime Minister, Minister of
 * Foreign Affairs, Ambassador, Speaker of the Parliament).
 *
 * Spanish and French titles agree with the holder ("Presidenta",
 * "Première ministre", "Chancelière fédérale"); the masculine form is also
 * used when the gender is not recorded, as protocol lists do for the office.
 */

const g = (m: string, f: string = m): GenderPair => ({ m, f });

const PRESIDENT_ADDRESS: Partial<Localized<GenderPair>> = {
  en: g('Mr President', 'Madam President'),
  es: g('Señor Presidente', 'Señora Presidenta'),
  fr: g('Monsieur le Président', 'Madame la Présidente'),
};

const MINISTER_ADDRESS: Partial<Localized<GenderPair>> = {
  en: g('Minister'),
  es: g('Señor Ministro', 'Señora Ministra'),
  fr: g('Monsieur le Ministre', 'Madame la Ministre'),
};

const PRIME_MINISTER_ADDRESS: Partial<Localized<GenderPair>> = {
  en: g('Prime Minister'),
  es: g('Señor Primer Ministro', 'Señora Primera Ministra'),
  fr: g('Monsieur le Premier ministre', 'Madame la Première ministre'),
};

function spec(en: GenderPair, es: GenderPair, fr: GenderPair, address: Partial<Localized<GenderPair>>, state: TitleSpec['state'] = 'official'): TitleSpec {
  return { title: { en, es, fr }, state, address };
}

export const TITLES = {
  // Heads of state
  president: spec(g('President'), g('Presidente', 'Presidenta'), g('Président', 'Présidente'), PRESIDENT_ADDRESS),
  'federal-president': spec(
    g('Federal President'),
    g('Presidente Federal', 'Presidenta Federal'),
    g('Président fédéral', 'Présidente fédérale'),
    PRESIDENT_ADDRESS,
  ),
  'president-of-the-confederation': spec(
    g('President of the Swiss Confederation'),
    g('Presidente de la Confederación Suiza', 'Presidenta de la Confederación Suiza'),
    g('Président de la Confédération suisse', 'Présidente de la Confédération suisse'),
    PRESIDENT_ADDRESS,
    'none',
  ),
  // Samoa's O le Ao o le Malo. Written out: "Chef de l'État de l'État
  // indépendant du Samoa" would stutter.
  'head-of-state-samoa': spec(
    g('Head of State of Samoa'),
    g('Jefe de Estado de Samoa', 'Jefa de Estado de Samoa'),
    g("Chef de l'État du Samoa", "Cheffe de l'État du Samoa"),
    {},
    'none',
  ),
  'captain-regent': spec(g('Captain Regent'), g('Capitán Regente', 'Capitana Regente'), g('Capitaine-régent', 'Capitaine-régente'), {}),
  'chair-of-the-presidency': spec(
    g('Chairman of the Presidency', 'Chairwoman of the Presidency'),
    g('Presidente de la Presidencia', 'Presidenta de la Presidencia'),
    g('Président de la Présidence', 'Présidente de la Présidence'),
    { es: PRESIDENT_ADDRESS.es, fr: PRESIDENT_ADDRESS.fr },
  ),
  'chair-of-the-sovereignty-council': spec(
    g('Chairman of the Transitional Sovereignty Council', 'Chairwoman of the Transitional Sovereignty Council'),
    g('Presidente del Consejo Soberano de Transición', 'Presidenta del Consejo Soberano de Transición'),
    g('Président du Conseil de souveraineté de transition', 'Présidente du Conseil de souveraineté de transition'),
    { es: PRESIDENT_ADDRESS.es, fr: PRESIDENT_ADDRESS.fr },
  ),
  'chair-of-the-presidential-council': spec(
    g('Chairman of the Presidential Council', 'Chairwoman of the Presidential Council'),
    g('Presidente del Consejo Presidencial', 'Presidenta del Consejo Presidencial'),
    g('Président du Conseil présidentiel', 'Présidente du Conseil présidentiel'),
    { es: PRESIDENT_ADDRESS.es, fr: PRESIDENT_ADDRESS.fr },
  ),
  'chair-of-the-presidential-leadership-council': spec(
    g('Chairman of the Presidential Leadership Council', 'Chairwoman of the Presidential Leadership Council'),
    g('Presidente del Consejo de Liderazgo Presidencial', 'Presidenta del Consejo de Liderazgo Presidencial'),
    g('Président du Conseil de direction présidentiel', 'Présidente du Conseil de direction présidentiel'),
    { es: PRESIDENT_ADDRESS.es, fr: PRESIDENT_ADDRESS.fr },
  ),
  'president-of-the-state-affairs': spec(
    g('President of the State Affairs'),
    g('Presidente de Asuntos de Estado', 'Presidenta de Asuntos de Estado'),
    g("Président des Affaires de l'État", "Présidente des Affaires de l'État"),
    PRESIDENT_ADDRESS,
  ),
  'supreme-leader': spec(g('Supreme Leader'), g('Líder Supremo', 'Líder Suprema'), g('Guide suprême'), {}),

  // Heads of government
  'prime-minister': spec(g('Prime Minister'), g('Primer Ministro', 'Primera Ministra'), g('Premier ministre', 'Première ministre'), PRIME_MINISTER_ADDRESS),
  'federal-chancellor': spec(g('Federal Chancellor'), g('Canciller Federal'), g('Chancelier fédéral', 'Chancelière fédérale'), {
    en: g('Chancellor'),
    es: g('Señor Canciller', 'Señora Canciller'),
    fr: g('Monsieur le Chancelier', 'Madame la Chancelière'),
  }),
  // The Irish title is used untranslated in every language; French and
  // Spanish letters address the holder as Prime Minister. The office is
  // Ireland's own, so it is never "Taoiseach of Ireland": the Government's
  // own English style is "the Taoiseach" (in Irish "An Taoiseach", "An"
  // being the article), and the address line reads "Taoiseach".
  taoiseach: spec(
    g('Taoiseach'),
    g('Taoiseach'),
    g('Taoiseach'),
    {
      en: g('Taoiseach'),
      es: PRIME_MINISTER_ADDRESS.es,
      fr: PRIME_MINISTER_ADDRESS.fr,
    },
    'none',
  ),
  'president-of-the-government': spec(
    g('President of the Government'),
    g('Presidente del Gobierno', 'Presidenta del Gobierno'),
    g('Président du gouvernement', 'Présidente du gouvernement'),
    PRESIDENT_ADDRESS,
  ),
  'head-of-government': spec(g('Head of Government'), g('Jefe del Gobierno', 'Jefa del Gobierno'), g('Chef du gouvernement', 'Cheffe du gouvernement'), {
    es: g('Señor Jefe del Gobierno', 'Señora Jefa del Gobierno'),
    fr: g('Monsieur le Chef du gouvernement', 'Madame la Cheffe du gouvernement'),
  }),
  'minister-of-state': spec(g('Minister of State'), g('Ministro de Estado', 'Ministra de Estado'), g("Ministre d'État"), {
    en: g('Minister'),
    es: g('Señor Ministro de Estado', 'Señora Ministra de Estado'),
    fr: g("Monsieur le Ministre d'État", "Madame la Ministre d'État"),
  }),
  'premier-of-the-state-council': spec(
    g('Premier of the State Council'),
    g('Primer Ministro del Consejo de Estado', 'Primera Ministra del Consejo de Estado'),
    g("Premier ministre du Conseil des affaires de l'État", "Première ministre du Conseil des affaires de l'État"),
    { ...PRIME_MINISTER_ADDRESS, en: g('Premier') },
  ),
  'premier-of-the-cabinet': spec(
    g('Premier of the Cabinet'),
    g('Primer Ministro del Gabinete', 'Primera Ministra del Gabinete'),
    g('Premier ministre du Cabinet', 'Première ministre du Cabinet'),
    { ...PRIME_MINISTER_ADDRESS, en: g('Premier') },
  ),
  'president-of-the-council-of-ministers': spec(
    g('President of the Council of Ministers'),
    g('Presidente del Consejo de Ministros', 'Presidenta del Consejo de Ministros'),
    g('Président du Conseil des ministres', 'Présidente du Conseil des ministres'),
    PRESIDENT_ADDRESS,
  ),
  'chair-of-the-council-of-ministers': spec(
    g('Chairman of the Council of Ministers', 'Chairwoman of the Council of Ministers'),
    g('Presidente del Consejo de Ministros', 'Presidenta del Consejo de Ministros'),
    g('Président du Conseil des ministres', 'Présidente du Conseil des ministres'),
    { es: PRESIDENT_ADDRESS.es, fr: PRESIDENT_ADDRESS.fr },
  ),
  'secretary-of-state-holy-see': spec(
    g('Secretary of State of His Holiness'),
    g('Secretario de Estado de Su Santidad'),
    g("Secrétaire d'État de Sa Sainteté"),
    {},
    'none',
  ),
  // San Marino has no prime minister: this secretary of state leads the
  // government's foreign and political business and is its usual interlocutor.
  'secretary-of-state-san-marino': spec(
    g('Secretary of State for Foreign and Political Affairs'),
    g('Secretario de Estado de Asuntos Exteriores y Políticos', 'Secretaria de Estado de Asuntos Exteriores y Políticos'),
    g("Secrétaire d'État aux Affaires étrangères et politiques"),
    MINISTER_ADDRESS,
  ),

  // Foreign ministers
  'foreign-minister': spec(
    g('Minister of Foreign Affairs'),
    g('Ministro de Asuntos Exteriores', 'Ministra de Asuntos Exteriores'),
    g('Ministre des Affaires étrangères'),
    MINISTER_ADDRESS,
  ),
  // Spanish-speaking America (and Brazil) name the ministry "Relaciones Exteriores".
  'foreign-minister-americas': spec(
    g('Minister of Foreign Affairs'),
    g('Ministro de Relaciones Exteriores', 'Ministra de Relaciones Exteriores'),
    g('Ministre des Affaires étrangères'),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-us': spec(g('Secretary of State'), g('Secretario de Estado', 'Secretaria de Estado'), g("Secrétaire d'État"), {
    en: g('Mr Secretary', 'Madam Secretary'),
    es: g('Señor Secretario', 'Señora Secretaria'),
    fr: g("Monsieur le Secrétaire d'État", "Madame la Secrétaire d'État"),
  }),
  'foreign-minister-gb': spec(
    g('Secretary of State for Foreign, Commonwealth and Development Affairs'),
    g(
      'Secretario de Estado de Asuntos Exteriores, de la Commonwealth y de Desarrollo',
      'Secretaria de Estado de Asuntos Exteriores, de la Commonwealth y de Desarrollo',
    ),
    g("Secrétaire d'État aux Affaires étrangères, au Commonwealth et au Développement"),
    { ...MINISTER_ADDRESS, en: g('Foreign Secretary') },
    'none',
  ),
  'foreign-minister-mx': spec(
    g('Secretary of Foreign Affairs'),
    g('Secretario de Relaciones Exteriores', 'Secretaria de Relaciones Exteriores'),
    g('Secrétaire aux Relations extérieures'),
    {
      en: g('Mr Secretary', 'Madam Secretary'),
      es: g('Señor Secretario', 'Señora Secretaria'),
      fr: g('Monsieur le Secrétaire', 'Madame la Secrétaire'),
    },
  ),
  'foreign-minister-fr': spec(
    g('Minister for Europe and Foreign Affairs'),
    g('Ministro de Europa y de Asuntos Exteriores', 'Ministra de Europa y de Asuntos Exteriores'),
    g("Ministre de l'Europe et des Affaires étrangères"),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-es': spec(
    g('Minister for Foreign Affairs, European Union and Cooperation'),
    g('Ministro de Asuntos Exteriores, Unión Europea y Cooperación', 'Ministra de Asuntos Exteriores, Unión Europea y Cooperación'),
    g("Ministre des Affaires étrangères, de l'Union européenne et de la Coopération"),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-de': spec(
    g('Federal Minister for Foreign Affairs'),
    g('Ministro Federal de Asuntos Exteriores', 'Ministra Federal de Asuntos Exteriores'),
    g('Ministre fédéral des Affaires étrangères', 'Ministre fédérale des Affaires étrangères'),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-at': spec(
    g('Federal Minister for European and International Affairs'),
    g('Ministro Federal de Asuntos Europeos e Internacionales', 'Ministra Federal de Asuntos Europeos e Internacionales'),
    g('Ministre fédéral des Affaires européennes et internationales', 'Ministre fédérale des Affaires européennes et internationales'),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-it': spec(
    g('Minister of Foreign Affairs and International Cooperation'),
    g('Ministro de Asuntos Exteriores y Cooperación Internacional', 'Ministra de Asuntos Exteriores y Cooperación Internacional'),
    g('Ministre des Affaires étrangères et de la Coopération internationale'),
    MINISTER_ADDRESS,
  ),
  'foreign-minister-in': spec(
    g('Minister of External Affairs'),
    g('Ministro de Asuntos Exteriores', 'Ministra de Asuntos Exteriores'),
    g('Ministre des Affaires extérieures'),
    MINISTER_ADDRESS,
  ),
  // A member of the Federal Council heads the department; addressed as such.
  'foreign-minister-ch': spec(
    g('Head of the Federal Department of Foreign Affairs'),
    g('Jefe del Departamento Federal de Asuntos Exteriores', 'Jefa del Departamento Federal de Asuntos Exteriores'),
    g('Chef du Département fédéral des affaires étrangères', 'Cheffe du Département fédéral des affaires étrangères'),
    {
      en: g('Federal Councillor'),
      es: g('Señor Consejero Federal', 'Señora Consejera Federal'),
      fr: g('Monsieur le Conseiller fédéral', 'Madame la Conseillère fédérale'),
    },
    'none',
  ),
  'foreign-minister-va': spec(
    g('Secretary for Relations with States and International Organizations'),
    g('Secretario para las Relaciones con los Estados y los Organismos Internacionales'),
    g('Secrétaire pour les relations avec les États et les organisations internationales'),
    {},
    'none',
  ),

  // Ambassadors
  ambassador: {
    ...spec(g('Ambassador'), g('Embajador', 'Embajadora'), g('Ambassadeur', 'Ambassadrice'), { fr: g("Monsieur l'Ambassadeur", "Madame l'Ambassadrice") }),
    consideration: 'high',
  },
  'apostolic-nuncio': { ...spec(g('Apostolic Nuncio'), g('Nuncio Apostólico'), g('Nonce apostolique'), {}, 'none'), consideration: 'high' },

  // Speakers
  speaker: spec(
    g('Speaker of the Parliament'),
    g('Presidente del Parlamento', 'Presidenta del Parlamento'),
    g('Président du Parlement', 'Présidente du Parlement'),
    {
      ...PRESIDENT_ADDRESS,
      en: g('Mr Speaker', 'Madam Speaker'),
    },
  ),
  'speaker-us': spec(
    g('Speaker of the United States House of Representatives'),
    g('Presidente de la Cámara de Representantes de los Estados Unidos', 'Presidenta de la Cámara de Representantes de los Estados Unidos'),
    g('Président de la Chambre des représentants des États-Unis', 'Présidente de la Chambre des représentants des États-Unis'),
    { ...PRESIDENT_ADDRESS, en: g('Mr Speaker', 'Madam Speaker') },
    'none',
  ),
  'speaker-gb': spec(
    g('Speaker of the House of Commons'),
    g('Presidente de la Cámara de los Comunes', 'Presidenta de la Cámara de los Comunes'),
    g('Président de la Chambre des communes', 'Présidente de la Chambre des communes'),
    { ...PRESIDENT_ADDRESS, en: g('Mr Speaker', 'Madam Speaker') },
    'none',
  ),
  'speaker-es': spec(
    g('President of the Congress of Deputies'),
    g('Presidente del Congreso de los Diputados', 'Presidenta del Congreso de los Diputados'),
    g('Président du Congrès des députés', 'Présidente du Congrès des députés'),
    PRESIDENT_ADDRESS,
    'none',
  ),
  'speaker-fr': spec(
    g('President of the National Assembly'),
    g('Presidente de la Asamblea Nacional', 'Presidenta de la Asamblea Nacional'),
    g("Président de l'Assemblée nationale", "Présidente de l'Assemblée nationale"),
    PRESIDENT_ADDRESS,
    'none',
  ),
  'speaker-de': spec(
    g('President of the German Bundestag'),
    g('Presidente del Bundestag alemán', 'Presidenta del Bundestag alemán'),
    g('Président du Bundestag allemand', 'Présidente du Bundestag allemand'),
    PRESIDENT_ADDRESS,
    'none',
  ),
} satisfies Record<string, TitleSpec>;

export type TitleKey = keyof typeof TITLES;
