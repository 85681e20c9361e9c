import { describe, expect, it } from 'vitest';
import { recogniseOffice, type OfficeType } from '../../../shared/protocol';

const CASES: [string, OfficeType][] = [
  // Heads of government
  ['Prime Minister', 'head_of_government'],
  ['prime minister of Canada', 'head_of_government'],
  ['Presidente del Gobierno', 'head_of_government'],
  ['PRESIDENTA DEL GOBIERNO', 'head_of_government'],
  ['Premier ministre', 'head_of_government'],
  ['Première ministre', 'head_of_government'],
  ['premiere ministre', 'head_of_government'],
  ['Primer Ministro', 'head_of_government'],
  ['Federal Chancellor', 'head_of_government'],
  ['Bundeskanzlerin', 'head_of_government'],
  ['Canciller Federal', 'head_of_government'],
  ['Chancelier fédéral', 'head_of_government'],
  ['Taoiseach', 'head_of_government'],
  ['Head of Government', 'head_of_government'],
  ['Chef du gouvernement', 'head_of_government'],
  ['Président du gouvernement', 'head_of_government'],
  ['President of the Council of Ministers', 'head_of_government'],
  // Heads of state
  ['Head of State', 'head_of_state'],
  ['Jefe de Estado', 'head_of_state'],
  ["Chef de l'État", 'head_of_state'],
  ['President', 'head_of_state'],
  ['Presidente de la República', 'head_of_state'],
  ['Président de la République', 'head_of_state'],
  ['Federal President', 'head_of_state'],
  ['King', 'head_of_state'],
  ['Reina', 'head_of_state'],
  ['Roi des Belges', 'head_of_state'],
  ['Emir of Qatar', 'head_of_state'],
  ['Sultan', 'head_of_state'],
  ['Grand Duke', 'head_of_state'],
  ['Supreme Pontiff', 'head_of_state'],
  ['Emperor', 'head_of_state'],
  // Foreign ministers
  ['Minister of Foreign Affairs', 'foreign_minister'],
  ['Minister for Foreign Affairs and Trade', 'foreign_minister'],
  ['Foreign Minister', 'foreign_minister'],
  ['Foreign Secretary', 'foreign_minister'],
  ['Secretary of State', 'foreign_minister'],
  ['Ministro de Asuntos Exteriores', 'foreign_minister'],
  ['Ministra de Relaciones Exteriores', 'foreign_minister'],
  ['Canciller', 'foreign_minister'],
  ['Secretaria de Relaciones Exteriores', 'foreign_minister'],
  ['Ministre des Affaires étrangères', 'foreign_minister'],
  ["Ministre de l'Europe et des Affaires étrangères", 'foreign_minister'],
  ['Minister of External Affairs', 'foreign_minister'],
  // Ambassadors
  ['Ambassador', 'ambassador'],
  ['Ambassador of Kenya to the United Nations', 'ambassador'],
  ['Embajadora', 'ambassador'],
  ['Ambassadrice', 'ambassador'],
  ['Apostolic Nuncio', 'ambassador'],
  // Speakers
  ['Speaker of the House', 'speaker_of_parliament'],
  ['Speaker', 'speaker_of_parliament'],
  ['Presidenta del Congreso', 'speaker_of_parliament'],
  ['Presidente del Senado', 'speaker_of_parliament'],
  ["Président de l'Assemblée nationale", 'speaker_of_parliament'],
  ['President of the National Assembly', 'speaker_of_parliament'],
  // Everything else
  ['Minister of Justice', 'custom'],
  ['Vice President', 'custom'],
  ['Vicepresidenta del Gobierno', 'custom'],
  ['Deputy Prime Minister', 'custom'],
  ['Vice-ministre des Affaires étrangères', 'custom'],
  ['Secretary of State for Justice', 'custom'],
  ['Chancellor of the Exchequer', 'custom'],
  ['Crown Prince', 'custom'],
  ['Governor-General', 'custom'],
  ['President of the Supreme Court', 'custom'],
  ['President of the European Commission', 'custom'],
  ['Director of Prisons', 'custom'],
  ['', 'custom'],
];

describe('recogniseOffice', () => {
  it.each(CASES)('%s → %s', (text, office) => {
    expect(recogniseOffice(text)).toBe(office);
  });
});
