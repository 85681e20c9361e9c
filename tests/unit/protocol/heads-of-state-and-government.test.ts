import { describe, expect, it } from 'vitest';
import { formsOfAddress, getCountry, listCountries, type CountryCode } from '../../../shared/protocol';

/*
 * The heads of state and of government of all 195 states, as the letter
 * writes them: the English honorific, full title and salutation for a man,
 * the Spanish full title and salutation for a woman, the French full title
 * and salutation for a man. Reviewed state by state against
 * shared/protocol/data/sources.ts (titles, formal names with their articles,
 * forms of state, monarchs' styles); a change to the data shows here.
 */

type Row = readonly [enHonorific: string, enTitle: string, enSalutation: string, esTitle: string, esSalutation: string, frTitle: string, frSalutation: string];

// One state per entry, one office per line: easier to review than wrapped.
// prettier-ignore
const HEADS: Record<CountryCode, { hs: Row; hg: Row }> = {
  AD: {
    hs: ['His Excellency', 'Co-Prince of Andorra', 'Excellency,', 'Coprincesa de Andorra', 'Excelentísima Señora:', 'Coprince d\'Andorre', 'Excellence,'],
    hg: ['His Excellency', 'Head of Government of the Principality of Andorra', 'Excellency,', 'Jefa del Gobierno del Principado de Andorra', 'Señora Jefa del Gobierno:', 'Chef du gouvernement de la Principauté d\'Andorre', 'Monsieur le Chef du gouvernement,'],
  },
  AE: {
    hs: ['His Highness', 'President of the United Arab Emirates', 'Your Highness,', 'Presidenta de los Emiratos Árabes Unidos', 'Alteza:', 'Président des Émirats arabes unis', 'Altesse,'],
    hg: ['His Highness', 'Prime Minister of the United Arab Emirates', 'Your Highness,', 'Primera Ministra de los Emiratos Árabes Unidos', 'Alteza:', 'Premier ministre des Émirats arabes unis', 'Altesse,'],
  },
  AF: {
    hs: ['His Excellency', 'Supreme Leader of Afghanistan', 'Excellency,', 'Líder Suprema del Afganistán', 'Excelentísima Señora:', 'Guide suprême de l\'Afghanistan', 'Excellence,'],
    hg: ['His Excellency', 'Prime Minister of Afghanistan', 'Dear Prime Minister,', 'Primera Ministra del Afganistán', 'Señora Primera Ministra:', 'Premier ministre de l\'Afghanistan', 'Monsieur le Premier ministre,'],
  },
  AG: {
    hs: ['His Majesty', 'King of Antigua and Barbuda', 'Your Majesty,', 'Reina de Antigua y Barbuda', 'Majestad:', 'Roi d\'Antigua-et-Barbuda', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Antigua and Barbuda', 'Dear Prime Minister,', 'Primera Ministra de Antigua y Barbuda', 'Señora Primera Ministra:', 'Premier ministre d\'Antigua-et-Barbuda', 'Monsieur le Premier ministre,'],
  },
  AL: {
    hs: ['His Excellency', 'President of the Republic of Albania', 'Dear Mr President,', 'Presidenta de la República de Albania', 'Señora Presidenta:', 'Président de la République d\'Albanie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Albania', 'Dear Prime Minister,', 'Primera Ministra de la República de Albania', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Albanie', 'Monsieur le Premier ministre,'],
  },
  AM: {
    hs: ['His Excellency', 'President of the Republic of Armenia', 'Dear Mr President,', 'Presidenta de la República de Armenia', 'Señora Presidenta:', 'Président de la République d\'Arménie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Armenia', 'Dear Prime Minister,', 'Primera Ministra de la República de Armenia', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Arménie', 'Monsieur le Premier ministre,'],
  },
  AO: {
    hs: ['His Excellency', 'President of the Republic of Angola', 'Dear Mr President,', 'Presidenta de la República de Angola', 'Señora Presidenta:', 'Président de la République d\'Angola', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Angola', 'Dear Mr President,', 'Presidenta de la República de Angola', 'Señora Presidenta:', 'Président de la République d\'Angola', 'Monsieur le Président,'],
  },
  AR: {
    hs: ['His Excellency', 'President of the Argentine Republic', 'Dear Mr President,', 'Presidenta de la República Argentina', 'Señora Presidenta:', 'Président de la République argentine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Argentine Republic', 'Dear Mr President,', 'Presidenta de la República Argentina', 'Señora Presidenta:', 'Président de la République argentine', 'Monsieur le Président,'],
  },
  AT: {
    hs: ['His Excellency', 'Federal President of the Republic of Austria', 'Dear Mr President,', 'Presidenta Federal de la República de Austria', 'Señora Presidenta:', 'Président fédéral de la République d\'Autriche', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Federal Chancellor of the Republic of Austria', 'Dear Chancellor,', 'Canciller Federal de la República de Austria', 'Señora Canciller:', 'Chancelier fédéral de la République d\'Autriche', 'Monsieur le Chancelier,'],
  },
  AU: {
    hs: ['His Majesty', 'King of Australia', 'Your Majesty,', 'Reina de Australia', 'Majestad:', 'Roi d\'Australie', 'Sire,'],
    hg: ['The Hon', 'Prime Minister of Australia', 'Dear Prime Minister,', 'Primera Ministra de Australia', 'Señora Primera Ministra:', 'Premier ministre de l\'Australie', 'Monsieur le Premier ministre,'],
  },
  AZ: {
    hs: ['His Excellency', 'President of the Republic of Azerbaijan', 'Dear Mr President,', 'Presidenta de la República de Azerbaiyán', 'Señora Presidenta:', 'Président de la République d\'Azerbaïdjan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Azerbaijan', 'Dear Prime Minister,', 'Primera Ministra de la República de Azerbaiyán', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Azerbaïdjan', 'Monsieur le Premier ministre,'],
  },
  BA: {
    hs: ['His Excellency', 'Chairman of the Presidency of Bosnia and Herzegovina', 'Excellency,', 'Presidenta de la Presidencia de Bosnia y Herzegovina', 'Señora Presidenta:', 'Président de la Présidence de la Bosnie-Herzégovine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Chairman of the Council of Ministers of Bosnia and Herzegovina', 'Excellency,', 'Presidenta del Consejo de Ministros de Bosnia y Herzegovina', 'Señora Presidenta:', 'Président du Conseil des ministres de la Bosnie-Herzégovine', 'Monsieur le Président,'],
  },
  BB: {
    hs: ['His Excellency', 'President of Barbados', 'Dear Mr President,', 'Presidenta de Barbados', 'Señora Presidenta:', 'Président de la Barbade', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Barbados', 'Dear Prime Minister,', 'Primera Ministra de Barbados', 'Señora Primera Ministra:', 'Premier ministre de la Barbade', 'Monsieur le Premier ministre,'],
  },
  BD: {
    hs: ['His Excellency', 'President of the People\'s Republic of Bangladesh', 'Dear Mr President,', 'Presidenta de la República Popular de Bangladesh', 'Señora Presidenta:', 'Président de la République populaire du Bangladesh', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the People\'s Republic of Bangladesh', 'Dear Prime Minister,', 'Primera Ministra de la República Popular de Bangladesh', 'Señora Primera Ministra:', 'Premier ministre de la République populaire du Bangladesh', 'Monsieur le Premier ministre,'],
  },
  BE: {
    hs: ['His Majesty', 'King of the Belgians', 'Your Majesty,', 'Reina de los belgas', 'Majestad:', 'Roi des Belges', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Belgium', 'Dear Prime Minister,', 'Primera Ministra del Reino de Bélgica', 'Señora Primera Ministra:', 'Premier ministre du Royaume de Belgique', 'Monsieur le Premier ministre,'],
  },
  BF: {
    hs: ['His Excellency', 'President of Burkina Faso', 'Dear Mr President,', 'Presidenta de Burkina Faso', 'Señora Presidenta:', 'Président du Burkina Faso', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Burkina Faso', 'Dear Prime Minister,', 'Primera Ministra de Burkina Faso', 'Señora Primera Ministra:', 'Premier ministre du Burkina Faso', 'Monsieur le Premier ministre,'],
  },
  BG: {
    hs: ['His Excellency', 'President of the Republic of Bulgaria', 'Dear Mr President,', 'Presidenta de la República de Bulgaria', 'Señora Presidenta:', 'Président de la République de Bulgarie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Bulgaria', 'Dear Prime Minister,', 'Primera Ministra de la República de Bulgaria', 'Señora Primera Ministra:', 'Premier ministre de la République de Bulgarie', 'Monsieur le Premier ministre,'],
  },
  BH: {
    hs: ['His Majesty', 'King of Bahrain', 'Your Majesty,', 'Reina de Bahrein', 'Majestad:', 'Roi de Bahreïn', 'Sire,'],
    hg: ['His Royal Highness', 'Prime Minister of the Kingdom of Bahrain', 'Your Royal Highness,', 'Primera Ministra del Reino de Bahrein', 'Alteza:', 'Premier ministre du Royaume de Bahreïn', 'Monseigneur,'],
  },
  BI: {
    hs: ['His Excellency', 'President of the Republic of Burundi', 'Dear Mr President,', 'Presidenta de la República de Burundi', 'Señora Presidenta:', 'Président de la République du Burundi', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Burundi', 'Dear Prime Minister,', 'Primera Ministra de la República de Burundi', 'Señora Primera Ministra:', 'Premier ministre de la République du Burundi', 'Monsieur le Premier ministre,'],
  },
  BJ: {
    hs: ['His Excellency', 'President of the Republic of Benin', 'Dear Mr President,', 'Presidenta de la República de Benin', 'Señora Presidenta:', 'Président de la République du Bénin', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Benin', 'Dear Mr President,', 'Presidenta de la República de Benin', 'Señora Presidenta:', 'Président de la République du Bénin', 'Monsieur le Président,'],
  },
  BN: {
    hs: ['His Majesty', 'Sultan and Yang Di-Pertuan of Brunei Darussalam', 'Your Majesty,', 'Sultana y Yang Di-Pertuan de Brunei Darussalam', 'Majestad:', 'Sultan et Yang Di-Pertuan du Brunéi Darussalam', 'Sire,'],
    hg: ['His Majesty', 'Sultan and Yang Di-Pertuan of Brunei Darussalam', 'Your Majesty,', 'Sultana y Yang Di-Pertuan de Brunei Darussalam', 'Majestad:', 'Sultan et Yang Di-Pertuan du Brunéi Darussalam', 'Sire,'],
  },
  BO: {
    hs: ['His Excellency', 'President of the Plurinational State of Bolivia', 'Dear Mr President,', 'Presidenta del Estado Plurinacional de Bolivia', 'Señora Presidenta:', 'Président de l\'État plurinational de Bolivie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Plurinational State of Bolivia', 'Dear Mr President,', 'Presidenta del Estado Plurinacional de Bolivia', 'Señora Presidenta:', 'Président de l\'État plurinational de Bolivie', 'Monsieur le Président,'],
  },
  BR: {
    hs: ['His Excellency', 'President of the Federative Republic of Brazil', 'Dear Mr President,', 'Presidenta de la República Federativa del Brasil', 'Señora Presidenta:', 'Président de la République fédérative du Brésil', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Federative Republic of Brazil', 'Dear Mr President,', 'Presidenta de la República Federativa del Brasil', 'Señora Presidenta:', 'Président de la République fédérative du Brésil', 'Monsieur le Président,'],
  },
  BS: {
    hs: ['His Majesty', 'King of The Bahamas', 'Your Majesty,', 'Reina de las Bahamas', 'Majestad:', 'Roi des Bahamas', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Commonwealth of The Bahamas', 'Dear Prime Minister,', 'Primera Ministra del Commonwealth de las Bahamas', 'Señora Primera Ministra:', 'Premier ministre du Commonwealth des Bahamas', 'Monsieur le Premier ministre,'],
  },
  BT: {
    hs: ['His Majesty', 'King of Bhutan', 'Your Majesty,', 'Reina de Bhután', 'Majestad:', 'Roi du Bhoutan', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Bhutan', 'Dear Prime Minister,', 'Primera Ministra del Reino de Bhután', 'Señora Primera Ministra:', 'Premier ministre du Royaume du Bhoutan', 'Monsieur le Premier ministre,'],
  },
  BW: {
    hs: ['His Excellency', 'President of the Republic of Botswana', 'Dear Mr President,', 'Presidenta de la República de Botswana', 'Señora Presidenta:', 'Président de la République du Botswana', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Botswana', 'Dear Mr President,', 'Presidenta de la República de Botswana', 'Señora Presidenta:', 'Président de la République du Botswana', 'Monsieur le Président,'],
  },
  BY: {
    hs: ['His Excellency', 'President of the Republic of Belarus', 'Dear Mr President,', 'Presidenta de la República de Belarús', 'Señora Presidenta:', 'Président de la République du Bélarus', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Belarus', 'Dear Prime Minister,', 'Primera Ministra de la República de Belarús', 'Señora Primera Ministra:', 'Premier ministre de la République du Bélarus', 'Monsieur le Premier ministre,'],
  },
  BZ: {
    hs: ['His Majesty', 'King of Belize', 'Your Majesty,', 'Reina de Belice', 'Majestad:', 'Roi du Belize', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Belize', 'Dear Prime Minister,', 'Primera Ministra de Belice', 'Señora Primera Ministra:', 'Premier ministre du Belize', 'Monsieur le Premier ministre,'],
  },
  CA: {
    hs: ['His Majesty', 'King of Canada', 'Your Majesty,', 'Reina de Canadá', 'Majestad:', 'Roi du Canada', 'Sire,'],
    hg: ['The Right Honourable', 'Prime Minister of Canada', 'Dear Prime Minister,', 'Primera Ministra del Canadá', 'Señora Primera Ministra:', 'Premier ministre du Canada', 'Monsieur le Premier ministre,'],
  },
  CD: {
    hs: ['His Excellency', 'President of the Democratic Republic of the Congo', 'Dear Mr President,', 'Presidenta de la República Democrática del Congo', 'Señora Presidenta:', 'Président de la République démocratique du Congo', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Democratic Republic of the Congo', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática del Congo', 'Señora Primera Ministra:', 'Premier ministre de la République démocratique du Congo', 'Monsieur le Premier ministre,'],
  },
  CF: {
    hs: ['His Excellency', 'President of the Central African Republic', 'Dear Mr President,', 'Presidenta de la República Centroafricana', 'Señora Presidenta:', 'Président de la République centrafricaine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Central African Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Centroafricana', 'Señora Primera Ministra:', 'Premier ministre de la République centrafricaine', 'Monsieur le Premier ministre,'],
  },
  CG: {
    hs: ['His Excellency', 'President of the Republic of the Congo', 'Dear Mr President,', 'Presidenta de la República del Congo', 'Señora Presidenta:', 'Président de la République du Congo', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of the Congo', 'Dear Prime Minister,', 'Primera Ministra de la República del Congo', 'Señora Primera Ministra:', 'Premier ministre de la République du Congo', 'Monsieur le Premier ministre,'],
  },
  CH: {
    hs: ['His Excellency', 'President of the Swiss Confederation', 'Dear Mr President,', 'Presidenta de la Confederación Suiza', 'Señora Presidenta:', 'Président de la Confédération suisse', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Swiss Confederation', 'Dear Mr President,', 'Presidenta de la Confederación Suiza', 'Señora Presidenta:', 'Président de la Confédération suisse', 'Monsieur le Président,'],
  },
  CI: {
    hs: ['His Excellency', 'President of the Republic of Côte d\'Ivoire', 'Dear Mr President,', 'Presidenta de la República de Côte d\'Ivoire', 'Señora Presidenta:', 'Président de la République de Côte d\'Ivoire', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Côte d\'Ivoire', 'Dear Prime Minister,', 'Primera Ministra de la República de Côte d\'Ivoire', 'Señora Primera Ministra:', 'Premier ministre de la République de Côte d\'Ivoire', 'Monsieur le Premier ministre,'],
  },
  CL: {
    hs: ['His Excellency', 'President of the Republic of Chile', 'Dear Mr President,', 'Presidenta de la República de Chile', 'Señora Presidenta:', 'Président de la République du Chili', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Chile', 'Dear Mr President,', 'Presidenta de la República de Chile', 'Señora Presidenta:', 'Président de la République du Chili', 'Monsieur le Président,'],
  },
  CM: {
    hs: ['His Excellency', 'President of the Republic of Cameroon', 'Dear Mr President,', 'Presidenta de la República del Camerún', 'Señora Presidenta:', 'Président de la République du Cameroun', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Cameroon', 'Dear Prime Minister,', 'Primera Ministra de la República del Camerún', 'Señora Primera Ministra:', 'Premier ministre de la République du Cameroun', 'Monsieur le Premier ministre,'],
  },
  CN: {
    hs: ['His Excellency', 'President of the People\'s Republic of China', 'Dear Mr President,', 'Presidenta de la República Popular China', 'Señora Presidenta:', 'Président de la République populaire de Chine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Premier of the State Council of the People\'s Republic of China', 'Dear Premier,', 'Primera Ministra del Consejo de Estado de la República Popular China', 'Señora Primera Ministra:', 'Premier ministre du Conseil des affaires de l\'État de la République populaire de Chine', 'Monsieur le Premier ministre,'],
  },
  CO: {
    hs: ['His Excellency', 'President of the Republic of Colombia', 'Dear Mr President,', 'Presidenta de la República de Colombia', 'Señora Presidenta:', 'Président de la République de Colombie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Colombia', 'Dear Mr President,', 'Presidenta de la República de Colombia', 'Señora Presidenta:', 'Président de la République de Colombie', 'Monsieur le Président,'],
  },
  CR: {
    hs: ['His Excellency', 'President of the Republic of Costa Rica', 'Dear Mr President,', 'Presidenta de la República de Costa Rica', 'Señora Presidenta:', 'Président de la République du Costa Rica', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Costa Rica', 'Dear Mr President,', 'Presidenta de la República de Costa Rica', 'Señora Presidenta:', 'Président de la République du Costa Rica', 'Monsieur le Président,'],
  },
  CU: {
    hs: ['His Excellency', 'President of the Republic of Cuba', 'Dear Mr President,', 'Presidenta de la República de Cuba', 'Señora Presidenta:', 'Président de la République de Cuba', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Cuba', 'Dear Prime Minister,', 'Primera Ministra de la República de Cuba', 'Señora Primera Ministra:', 'Premier ministre de la République de Cuba', 'Monsieur le Premier ministre,'],
  },
  CV: {
    hs: ['His Excellency', 'President of the Republic of Cabo Verde', 'Dear Mr President,', 'Presidenta de la República de Cabo Verde', 'Señora Presidenta:', 'Président de la République de Cabo Verde', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Cabo Verde', 'Dear Prime Minister,', 'Primera Ministra de la República de Cabo Verde', 'Señora Primera Ministra:', 'Premier ministre de la République de Cabo Verde', 'Monsieur le Premier ministre,'],
  },
  CY: {
    hs: ['His Excellency', 'President of the Republic of Cyprus', 'Dear Mr President,', 'Presidenta de la República de Chipre', 'Señora Presidenta:', 'Président de la République de Chypre', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Cyprus', 'Dear Mr President,', 'Presidenta de la República de Chipre', 'Señora Presidenta:', 'Président de la République de Chypre', 'Monsieur le Président,'],
  },
  CZ: {
    hs: ['His Excellency', 'President of the Czech Republic', 'Dear Mr President,', 'Presidenta de la República Checa', 'Señora Presidenta:', 'Président de la République tchèque', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Czech Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Checa', 'Señora Primera Ministra:', 'Premier ministre de la République tchèque', 'Monsieur le Premier ministre,'],
  },
  DE: {
    hs: ['His Excellency', 'Federal President of the Federal Republic of Germany', 'Dear Mr President,', 'Presidenta Federal de la República Federal de Alemania', 'Señora Presidenta:', 'Président fédéral de la République fédérale d\'Allemagne', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Federal Chancellor of the Federal Republic of Germany', 'Dear Chancellor,', 'Canciller Federal de la República Federal de Alemania', 'Señora Canciller:', 'Chancelier fédéral de la République fédérale d\'Allemagne', 'Monsieur le Chancelier,'],
  },
  DJ: {
    hs: ['His Excellency', 'President of the Republic of Djibouti', 'Dear Mr President,', 'Presidenta de la República de Djibouti', 'Señora Presidenta:', 'Président de la République de Djibouti', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Djibouti', 'Dear Prime Minister,', 'Primera Ministra de la República de Djibouti', 'Señora Primera Ministra:', 'Premier ministre de la République de Djibouti', 'Monsieur le Premier ministre,'],
  },
  DK: {
    hs: ['His Majesty', 'King of Denmark', 'Your Majesty,', 'Reina de Dinamarca', 'Majestad:', 'Roi du Danemark', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Denmark', 'Dear Prime Minister,', 'Primera Ministra del Reino de Dinamarca', 'Señora Primera Ministra:', 'Premier ministre du Royaume du Danemark', 'Monsieur le Premier ministre,'],
  },
  DM: {
    hs: ['His Excellency', 'President of the Commonwealth of Dominica', 'Dear Mr President,', 'Presidenta del Commonwealth de Dominica', 'Señora Presidenta:', 'Président du Commonwealth de Dominique', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Commonwealth of Dominica', 'Dear Prime Minister,', 'Primera Ministra del Commonwealth de Dominica', 'Señora Primera Ministra:', 'Premier ministre du Commonwealth de Dominique', 'Monsieur le Premier ministre,'],
  },
  DO: {
    hs: ['His Excellency', 'President of the Dominican Republic', 'Dear Mr President,', 'Presidenta de la República Dominicana', 'Señora Presidenta:', 'Président de la République dominicaine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Dominican Republic', 'Dear Mr President,', 'Presidenta de la República Dominicana', 'Señora Presidenta:', 'Président de la République dominicaine', 'Monsieur le Président,'],
  },
  DZ: {
    hs: ['His Excellency', 'President of the People\'s Democratic Republic of Algeria', 'Dear Mr President,', 'Presidenta de la República Argelina Democrática y Popular', 'Señora Presidenta:', 'Président de la République algérienne démocratique et populaire', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the People\'s Democratic Republic of Algeria', 'Dear Prime Minister,', 'Primera Ministra de la República Argelina Democrática y Popular', 'Señora Primera Ministra:', 'Premier ministre de la République algérienne démocratique et populaire', 'Monsieur le Premier ministre,'],
  },
  EC: {
    hs: ['His Excellency', 'President of the Republic of Ecuador', 'Dear Mr President,', 'Presidenta de la República del Ecuador', 'Señora Presidenta:', 'Président de la République de l\'Équateur', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Ecuador', 'Dear Mr President,', 'Presidenta de la República del Ecuador', 'Señora Presidenta:', 'Président de la République de l\'Équateur', 'Monsieur le Président,'],
  },
  EE: {
    hs: ['His Excellency', 'President of the Republic of Estonia', 'Dear Mr President,', 'Presidenta de la República de Estonia', 'Señora Presidenta:', 'Président de la République d\'Estonie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Estonia', 'Dear Prime Minister,', 'Primera Ministra de la República de Estonia', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Estonie', 'Monsieur le Premier ministre,'],
  },
  EG: {
    hs: ['His Excellency', 'President of the Arab Republic of Egypt', 'Dear Mr President,', 'Presidenta de la República Árabe de Egipto', 'Señora Presidenta:', 'Président de la République arabe d\'Égypte', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Arab Republic of Egypt', 'Dear Prime Minister,', 'Primera Ministra de la República Árabe de Egipto', 'Señora Primera Ministra:', 'Premier ministre de la République arabe d\'Égypte', 'Monsieur le Premier ministre,'],
  },
  ER: {
    hs: ['His Excellency', 'President of the State of Eritrea', 'Dear Mr President,', 'Presidenta del Estado de Eritrea', 'Señora Presidenta:', 'Président de l\'État d\'Érythrée', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the State of Eritrea', 'Dear Mr President,', 'Presidenta del Estado de Eritrea', 'Señora Presidenta:', 'Président de l\'État d\'Érythrée', 'Monsieur le Président,'],
  },
  ES: {
    hs: ['His Majesty', 'King of Spain', 'Your Majesty,', 'Reina de España', 'Majestad:', 'Roi d\'Espagne', 'Sire,'],
    hg: ['His Excellency', 'President of the Government of the Kingdom of Spain', 'Dear Mr President,', 'Presidenta del Gobierno del Reino de España', 'Señora Presidenta:', 'Président du gouvernement du Royaume d\'Espagne', 'Monsieur le Président,'],
  },
  ET: {
    hs: ['His Excellency', 'President of the Federal Democratic Republic of Ethiopia', 'Dear Mr President,', 'Presidenta de la República Democrática Federal de Etiopía', 'Señora Presidenta:', 'Président de la République fédérale démocratique d\'Éthiopie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Federal Democratic Republic of Ethiopia', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática Federal de Etiopía', 'Señora Primera Ministra:', 'Premier ministre de la République fédérale démocratique d\'Éthiopie', 'Monsieur le Premier ministre,'],
  },
  FI: {
    hs: ['His Excellency', 'President of the Republic of Finland', 'Dear Mr President,', 'Presidenta de la República de Finlandia', 'Señora Presidenta:', 'Président de la République de Finlande', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Finland', 'Dear Prime Minister,', 'Primera Ministra de la República de Finlandia', 'Señora Primera Ministra:', 'Premier ministre de la République de Finlande', 'Monsieur le Premier ministre,'],
  },
  FJ: {
    hs: ['His Excellency', 'President of the Republic of Fiji', 'Dear Mr President,', 'Presidenta de la República de Fiji', 'Señora Presidenta:', 'Président de la République des Fidji', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Fiji', 'Dear Prime Minister,', 'Primera Ministra de la República de Fiji', 'Señora Primera Ministra:', 'Premier ministre de la République des Fidji', 'Monsieur le Premier ministre,'],
  },
  FM: {
    hs: ['His Excellency', 'President of the Federated States of Micronesia', 'Dear Mr President,', 'Presidenta de los Estados Federados de Micronesia', 'Señora Presidenta:', 'Président des États fédérés de Micronésie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Federated States of Micronesia', 'Dear Mr President,', 'Presidenta de los Estados Federados de Micronesia', 'Señora Presidenta:', 'Président des États fédérés de Micronésie', 'Monsieur le Président,'],
  },
  FR: {
    hs: ['His Excellency', 'President of the French Republic', 'Dear Mr President,', 'Presidenta de la República Francesa', 'Señora Presidenta:', 'Président de la République française', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the French Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Francesa', 'Señora Primera Ministra:', 'Premier ministre de la République française', 'Monsieur le Premier ministre,'],
  },
  GA: {
    hs: ['His Excellency', 'President of the Gabonese Republic', 'Dear Mr President,', 'Presidenta de la República Gabonesa', 'Señora Presidenta:', 'Président de la République gabonaise', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Gabonese Republic', 'Dear Mr President,', 'Presidenta de la República Gabonesa', 'Señora Presidenta:', 'Président de la République gabonaise', 'Monsieur le Président,'],
  },
  GB: {
    hs: ['His Majesty', 'King of the United Kingdom', 'Your Majesty,', 'Reina del Reino Unido', 'Majestad:', 'Roi du Royaume-Uni', 'Sire,'],
    hg: ['The Rt Hon', 'Prime Minister of the United Kingdom of Great Britain and Northern Ireland', 'Dear Prime Minister,', 'Primera Ministra del Reino Unido de Gran Bretaña e Irlanda del Norte', 'Señora Primera Ministra:', 'Premier ministre du Royaume-Uni de Grande-Bretagne et d\'Irlande du Nord', 'Monsieur le Premier ministre,'],
  },
  GD: {
    hs: ['His Majesty', 'King of Grenada', 'Your Majesty,', 'Reina de Granada', 'Majestad:', 'Roi de la Grenade', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Grenada', 'Dear Prime Minister,', 'Primera Ministra de Granada', 'Señora Primera Ministra:', 'Premier ministre de la Grenade', 'Monsieur le Premier ministre,'],
  },
  GE: {
    hs: ['His Excellency', 'President of Georgia', 'Dear Mr President,', 'Presidenta de Georgia', 'Señora Presidenta:', 'Président de la Géorgie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Georgia', 'Dear Prime Minister,', 'Primera Ministra de Georgia', 'Señora Primera Ministra:', 'Premier ministre de la Géorgie', 'Monsieur le Premier ministre,'],
  },
  GH: {
    hs: ['His Excellency', 'President of the Republic of Ghana', 'Dear Mr President,', 'Presidenta de la República de Ghana', 'Señora Presidenta:', 'Président de la République du Ghana', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Ghana', 'Dear Mr President,', 'Presidenta de la República de Ghana', 'Señora Presidenta:', 'Président de la République du Ghana', 'Monsieur le Président,'],
  },
  GM: {
    hs: ['His Excellency', 'President of the Republic of The Gambia', 'Dear Mr President,', 'Presidenta de la República de Gambia', 'Señora Presidenta:', 'Président de la République de Gambie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of The Gambia', 'Dear Mr President,', 'Presidenta de la República de Gambia', 'Señora Presidenta:', 'Président de la République de Gambie', 'Monsieur le Président,'],
  },
  GN: {
    hs: ['His Excellency', 'President of the Republic of Guinea', 'Dear Mr President,', 'Presidenta de la República de Guinea', 'Señora Presidenta:', 'Président de la République de Guinée', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Guinea', 'Dear Prime Minister,', 'Primera Ministra de la República de Guinea', 'Señora Primera Ministra:', 'Premier ministre de la République de Guinée', 'Monsieur le Premier ministre,'],
  },
  GQ: {
    hs: ['His Excellency', 'President of the Republic of Equatorial Guinea', 'Dear Mr President,', 'Presidenta de la República de Guinea Ecuatorial', 'Señora Presidenta:', 'Président de la République de Guinée équatoriale', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Equatorial Guinea', 'Dear Prime Minister,', 'Primera Ministra de la República de Guinea Ecuatorial', 'Señora Primera Ministra:', 'Premier ministre de la République de Guinée équatoriale', 'Monsieur le Premier ministre,'],
  },
  GR: {
    hs: ['His Excellency', 'President of the Hellenic Republic', 'Dear Mr President,', 'Presidenta de la República Helénica', 'Señora Presidenta:', 'Président de la République hellénique', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Hellenic Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Helénica', 'Señora Primera Ministra:', 'Premier ministre de la République hellénique', 'Monsieur le Premier ministre,'],
  },
  GT: {
    hs: ['His Excellency', 'President of the Republic of Guatemala', 'Dear Mr President,', 'Presidenta de la República de Guatemala', 'Señora Presidenta:', 'Président de la République du Guatemala', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Guatemala', 'Dear Mr President,', 'Presidenta de la República de Guatemala', 'Señora Presidenta:', 'Président de la République du Guatemala', 'Monsieur le Président,'],
  },
  GW: {
    hs: ['His Excellency', 'President of the Republic of Guinea-Bissau', 'Dear Mr President,', 'Presidenta de la República de Guinea-Bissau', 'Señora Presidenta:', 'Président de la République de Guinée-Bissau', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Guinea-Bissau', 'Dear Prime Minister,', 'Primera Ministra de la República de Guinea-Bissau', 'Señora Primera Ministra:', 'Premier ministre de la République de Guinée-Bissau', 'Monsieur le Premier ministre,'],
  },
  GY: {
    hs: ['His Excellency', 'President of the Co-operative Republic of Guyana', 'Dear Mr President,', 'Presidenta de la República Cooperativa de Guyana', 'Señora Presidenta:', 'Président de la République coopérative du Guyana', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Co-operative Republic of Guyana', 'Dear Mr President,', 'Presidenta de la República Cooperativa de Guyana', 'Señora Presidenta:', 'Président de la République coopérative du Guyana', 'Monsieur le Président,'],
  },
  HN: {
    hs: ['His Excellency', 'President of the Republic of Honduras', 'Dear Mr President,', 'Presidenta de la República de Honduras', 'Señora Presidenta:', 'Président de la République du Honduras', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Honduras', 'Dear Mr President,', 'Presidenta de la República de Honduras', 'Señora Presidenta:', 'Président de la République du Honduras', 'Monsieur le Président,'],
  },
  HR: {
    hs: ['His Excellency', 'President of the Republic of Croatia', 'Dear Mr President,', 'Presidenta de la República de Croacia', 'Señora Presidenta:', 'Président de la République de Croatie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Croatia', 'Dear Prime Minister,', 'Primera Ministra de la República de Croacia', 'Señora Primera Ministra:', 'Premier ministre de la République de Croatie', 'Monsieur le Premier ministre,'],
  },
  HT: {
    hs: ['His Excellency', 'President of the Republic of Haiti', 'Dear Mr President,', 'Presidenta de la República de Haití', 'Señora Presidenta:', 'Président de la République d\'Haïti', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Haiti', 'Dear Prime Minister,', 'Primera Ministra de la República de Haití', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Haïti', 'Monsieur le Premier ministre,'],
  },
  HU: {
    hs: ['His Excellency', 'President of Hungary', 'Dear Mr President,', 'Presidenta de Hungría', 'Señora Presidenta:', 'Président de la Hongrie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Hungary', 'Dear Prime Minister,', 'Primera Ministra de Hungría', 'Señora Primera Ministra:', 'Premier ministre de la Hongrie', 'Monsieur le Premier ministre,'],
  },
  ID: {
    hs: ['His Excellency', 'President of the Republic of Indonesia', 'Dear Mr President,', 'Presidenta de la República de Indonesia', 'Señora Presidenta:', 'Président de la République d\'Indonésie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Indonesia', 'Dear Mr President,', 'Presidenta de la República de Indonesia', 'Señora Presidenta:', 'Président de la République d\'Indonésie', 'Monsieur le Président,'],
  },
  IE: {
    hs: ['His Excellency', 'President of Ireland', 'Dear Mr President,', 'Presidenta de Irlanda', 'Señora Presidenta:', 'Président de l\'Irlande', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Taoiseach', 'Dear Taoiseach,', 'Taoiseach', 'Señora Primera Ministra:', 'Taoiseach', 'Monsieur le Premier ministre,'],
  },
  IL: {
    hs: ['His Excellency', 'President of the State of Israel', 'Dear Mr President,', 'Presidenta del Estado de Israel', 'Señora Presidenta:', 'Président de l\'État d\'Israël', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the State of Israel', 'Dear Prime Minister,', 'Primera Ministra del Estado de Israel', 'Señora Primera Ministra:', 'Premier ministre de l\'État d\'Israël', 'Monsieur le Premier ministre,'],
  },
  IN: {
    hs: ['His Excellency', 'President of the Republic of India', 'Dear Mr President,', 'Presidenta de la República de la India', 'Señora Presidenta:', 'Président de la République de l\'Inde', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of India', 'Dear Prime Minister,', 'Primera Ministra de la República de la India', 'Señora Primera Ministra:', 'Premier ministre de la République de l\'Inde', 'Monsieur le Premier ministre,'],
  },
  IQ: {
    hs: ['His Excellency', 'President of the Republic of Iraq', 'Dear Mr President,', 'Presidenta de la República del Iraq', 'Señora Presidenta:', 'Président de la République d\'Iraq', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Iraq', 'Dear Prime Minister,', 'Primera Ministra de la República del Iraq', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Iraq', 'Monsieur le Premier ministre,'],
  },
  IR: {
    hs: ['His Excellency', 'Supreme Leader of the Islamic Republic of Iran', 'Excellency,', 'Líder Suprema de la República Islámica del Irán', 'Excelentísima Señora:', 'Guide suprême de la République islamique d\'Iran', 'Excellence,'],
    hg: ['His Excellency', 'President of the Islamic Republic of Iran', 'Dear Mr President,', 'Presidenta de la República Islámica del Irán', 'Señora Presidenta:', 'Président de la République islamique d\'Iran', 'Monsieur le Président,'],
  },
  IS: {
    hs: ['His Excellency', 'President of Iceland', 'Dear Mr President,', 'Presidenta de Islandia', 'Señora Presidenta:', 'Président de l\'Islande', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Iceland', 'Dear Prime Minister,', 'Primera Ministra de Islandia', 'Señora Primera Ministra:', 'Premier ministre de l\'Islande', 'Monsieur le Premier ministre,'],
  },
  IT: {
    hs: ['His Excellency', 'President of the Italian Republic', 'Dear Mr President,', 'Presidenta de la República Italiana', 'Señora Presidenta:', 'Président de la République italienne', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Italian Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Italiana', 'Señora Primera Ministra:', 'Premier ministre de la République italienne', 'Monsieur le Premier ministre,'],
  },
  JM: {
    hs: ['His Majesty', 'King of Jamaica', 'Your Majesty,', 'Reina de Jamaica', 'Majestad:', 'Roi de la Jamaïque', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Jamaica', 'Dear Prime Minister,', 'Primera Ministra de Jamaica', 'Señora Primera Ministra:', 'Premier ministre de la Jamaïque', 'Monsieur le Premier ministre,'],
  },
  JO: {
    hs: ['His Majesty', 'King of Jordan', 'Your Majesty,', 'Reina de Jordania', 'Majestad:', 'Roi de Jordanie', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Hashemite Kingdom of Jordan', 'Dear Prime Minister,', 'Primera Ministra del Reino Hachemita de Jordania', 'Señora Primera Ministra:', 'Premier ministre du Royaume hachémite de Jordanie', 'Monsieur le Premier ministre,'],
  },
  JP: {
    hs: ['His Majesty', 'Emperor of Japan', 'Your Majesty,', 'Emperatriz del Japón', 'Majestad:', 'Empereur du Japon', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Japan', 'Dear Prime Minister,', 'Primera Ministra del Japón', 'Señora Primera Ministra:', 'Premier ministre du Japon', 'Monsieur le Premier ministre,'],
  },
  KE: {
    hs: ['His Excellency', 'President of the Republic of Kenya', 'Dear Mr President,', 'Presidenta de la República de Kenya', 'Señora Presidenta:', 'Président de la République du Kenya', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Kenya', 'Dear Mr President,', 'Presidenta de la República de Kenya', 'Señora Presidenta:', 'Président de la République du Kenya', 'Monsieur le Président,'],
  },
  KG: {
    hs: ['His Excellency', 'President of the Kyrgyz Republic', 'Dear Mr President,', 'Presidenta de la República Kirguisa', 'Señora Presidenta:', 'Président de la République kirghize', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Kyrgyz Republic', 'Dear Mr President,', 'Presidenta de la República Kirguisa', 'Señora Presidenta:', 'Président de la République kirghize', 'Monsieur le Président,'],
  },
  KH: {
    hs: ['His Majesty', 'King of Cambodia', 'Your Majesty,', 'Reina de Camboya', 'Majestad:', 'Roi du Cambodge', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Cambodia', 'Dear Prime Minister,', 'Primera Ministra del Reino de Camboya', 'Señora Primera Ministra:', 'Premier ministre du Royaume du Cambodge', 'Monsieur le Premier ministre,'],
  },
  KI: {
    hs: ['His Excellency', 'President of the Republic of Kiribati', 'Dear Mr President,', 'Presidenta de la República de Kiribati', 'Señora Presidenta:', 'Président de la République de Kiribati', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Kiribati', 'Dear Mr President,', 'Presidenta de la República de Kiribati', 'Señora Presidenta:', 'Président de la République de Kiribati', 'Monsieur le Président,'],
  },
  KM: {
    hs: ['His Excellency', 'President of the Union of the Comoros', 'Dear Mr President,', 'Presidenta de la Unión de las Comoras', 'Señora Presidenta:', 'Président de l\'Union des Comores', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Union of the Comoros', 'Dear Mr President,', 'Presidenta de la Unión de las Comoras', 'Señora Presidenta:', 'Président de l\'Union des Comores', 'Monsieur le Président,'],
  },
  KN: {
    hs: ['His Majesty', 'King of Saint Kitts and Nevis', 'Your Majesty,', 'Reina de Saint Kitts y Nevis', 'Majestad:', 'Roi de Saint-Kitts-et-Nevis', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Saint Kitts and Nevis', 'Dear Prime Minister,', 'Primera Ministra de Saint Kitts y Nevis', 'Señora Primera Ministra:', 'Premier ministre de Saint-Kitts-et-Nevis', 'Monsieur le Premier ministre,'],
  },
  KP: {
    hs: ['His Excellency', 'President of the State Affairs of the Democratic People\'s Republic of Korea', 'Dear Mr President,', 'Presidenta de Asuntos de Estado de la República Popular Democrática de Corea', 'Señora Presidenta:', 'Président des Affaires de l\'État de la République populaire démocratique de Corée', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Premier of the Cabinet of the Democratic People\'s Republic of Korea', 'Dear Premier,', 'Primera Ministra del Gabinete de la República Popular Democrática de Corea', 'Señora Primera Ministra:', 'Premier ministre du Cabinet de la République populaire démocratique de Corée', 'Monsieur le Premier ministre,'],
  },
  KR: {
    hs: ['His Excellency', 'President of the Republic of Korea', 'Dear Mr President,', 'Presidenta de la República de Corea', 'Señora Presidenta:', 'Président de la République de Corée', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Korea', 'Dear Mr President,', 'Presidenta de la República de Corea', 'Señora Presidenta:', 'Président de la République de Corée', 'Monsieur le Président,'],
  },
  KW: {
    hs: ['His Highness', 'Amir of the State of Kuwait', 'Your Highness,', 'Emir del Estado de Kuwait', 'Alteza:', 'Émir de l\'État du Koweït', 'Altesse,'],
    hg: ['His Highness', 'Prime Minister of the State of Kuwait', 'Your Highness,', 'Primera Ministra del Estado de Kuwait', 'Alteza:', 'Premier ministre de l\'État du Koweït', 'Altesse,'],
  },
  KZ: {
    hs: ['His Excellency', 'President of the Republic of Kazakhstan', 'Dear Mr President,', 'Presidenta de la República de Kazajstán', 'Señora Presidenta:', 'Président de la République du Kazakhstan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Kazakhstan', 'Dear Prime Minister,', 'Primera Ministra de la República de Kazajstán', 'Señora Primera Ministra:', 'Premier ministre de la République du Kazakhstan', 'Monsieur le Premier ministre,'],
  },
  LA: {
    hs: ['His Excellency', 'President of the Lao People\'s Democratic Republic', 'Dear Mr President,', 'Presidenta de la República Democrática Popular Lao', 'Señora Presidenta:', 'Président de la République démocratique populaire lao', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Lao People\'s Democratic Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática Popular Lao', 'Señora Primera Ministra:', 'Premier ministre de la République démocratique populaire lao', 'Monsieur le Premier ministre,'],
  },
  LB: {
    hs: ['His Excellency', 'President of the Lebanese Republic', 'Dear Mr President,', 'Presidenta de la República Libanesa', 'Señora Presidenta:', 'Président de la République libanaise', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Lebanese Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Libanesa', 'Señora Primera Ministra:', 'Premier ministre de la République libanaise', 'Monsieur le Premier ministre,'],
  },
  LC: {
    hs: ['His Majesty', 'King of Saint Lucia', 'Your Majesty,', 'Reina de Santa Lucía', 'Majestad:', 'Roi de Sainte-Lucie', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Saint Lucia', 'Dear Prime Minister,', 'Primera Ministra de Santa Lucía', 'Señora Primera Ministra:', 'Premier ministre de Sainte-Lucie', 'Monsieur le Premier ministre,'],
  },
  LI: {
    hs: ['His Serene Highness', 'Prince of Liechtenstein', 'Your Serene Highness,', 'Princesa de Liechtenstein', 'Alteza:', 'Prince de Liechtenstein', 'Monseigneur,'],
    hg: ['His Excellency', 'Prime Minister of the Principality of Liechtenstein', 'Dear Prime Minister,', 'Primera Ministra del Principado de Liechtenstein', 'Señora Primera Ministra:', 'Premier ministre de la Principauté de Liechtenstein', 'Monsieur le Premier ministre,'],
  },
  LK: {
    hs: ['His Excellency', 'President of the Democratic Socialist Republic of Sri Lanka', 'Dear Mr President,', 'Presidenta de la República Socialista Democrática de Sri Lanka', 'Señora Presidenta:', 'Président de la République socialiste démocratique de Sri Lanka', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Democratic Socialist Republic of Sri Lanka', 'Dear Mr President,', 'Presidenta de la República Socialista Democrática de Sri Lanka', 'Señora Presidenta:', 'Président de la République socialiste démocratique de Sri Lanka', 'Monsieur le Président,'],
  },
  LR: {
    hs: ['His Excellency', 'President of the Republic of Liberia', 'Dear Mr President,', 'Presidenta de la República de Liberia', 'Señora Presidenta:', 'Président de la République du Libéria', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Liberia', 'Dear Mr President,', 'Presidenta de la República de Liberia', 'Señora Presidenta:', 'Président de la République du Libéria', 'Monsieur le Président,'],
  },
  LS: {
    hs: ['His Majesty', 'King of Lesotho', 'Your Majesty,', 'Reina de Lesotho', 'Majestad:', 'Roi du Lesotho', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Lesotho', 'Dear Prime Minister,', 'Primera Ministra del Reino de Lesotho', 'Señora Primera Ministra:', 'Premier ministre du Royaume du Lesotho', 'Monsieur le Premier ministre,'],
  },
  LT: {
    hs: ['His Excellency', 'President of the Republic of Lithuania', 'Dear Mr President,', 'Presidenta de la República de Lituania', 'Señora Presidenta:', 'Président de la République de Lituanie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Lithuania', 'Dear Prime Minister,', 'Primera Ministra de la República de Lituania', 'Señora Primera Ministra:', 'Premier ministre de la République de Lituanie', 'Monsieur le Premier ministre,'],
  },
  LU: {
    hs: ['His Royal Highness', 'Grand Duke of Luxembourg', 'Your Royal Highness,', 'Gran Duquesa de Luxemburgo', 'Alteza:', 'Grand-Duc de Luxembourg', 'Monseigneur,'],
    hg: ['His Excellency', 'Prime Minister of the Grand Duchy of Luxembourg', 'Dear Prime Minister,', 'Primera Ministra del Gran Ducado de Luxemburgo', 'Señora Primera Ministra:', 'Premier ministre du Grand-Duché de Luxembourg', 'Monsieur le Premier ministre,'],
  },
  LV: {
    hs: ['His Excellency', 'President of the Republic of Latvia', 'Dear Mr President,', 'Presidenta de la República de Letonia', 'Señora Presidenta:', 'Président de la République de Lettonie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Latvia', 'Dear Prime Minister,', 'Primera Ministra de la República de Letonia', 'Señora Primera Ministra:', 'Premier ministre de la République de Lettonie', 'Monsieur le Premier ministre,'],
  },
  LY: {
    hs: ['His Excellency', 'Chairman of the Presidential Council of the State of Libya', 'Excellency,', 'Presidenta del Consejo Presidencial del Estado de Libia', 'Señora Presidenta:', 'Président du Conseil présidentiel de l\'État de Libye', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the State of Libya', 'Dear Prime Minister,', 'Primera Ministra del Estado de Libia', 'Señora Primera Ministra:', 'Premier ministre de l\'État de Libye', 'Monsieur le Premier ministre,'],
  },
  MA: {
    hs: ['His Majesty', 'King of Morocco', 'Your Majesty,', 'Reina de Marruecos', 'Majestad:', 'Roi du Maroc', 'Sire,'],
    hg: ['His Excellency', 'Head of Government of the Kingdom of Morocco', 'Excellency,', 'Jefa del Gobierno del Reino de Marruecos', 'Señora Jefa del Gobierno:', 'Chef du gouvernement du Royaume du Maroc', 'Monsieur le Chef du gouvernement,'],
  },
  MC: {
    hs: ['His Serene Highness', 'Prince of Monaco', 'Your Serene Highness,', 'Princesa de Mónaco', 'Alteza:', 'Prince de Monaco', 'Monseigneur,'],
    hg: ['His Excellency', 'Minister of State of the Principality of Monaco', 'Dear Minister,', 'Ministra de Estado del Principado de Mónaco', 'Señora Ministra de Estado:', 'Ministre d\'État de la Principauté de Monaco', 'Monsieur le Ministre d\'État,'],
  },
  MD: {
    hs: ['His Excellency', 'President of the Republic of Moldova', 'Dear Mr President,', 'Presidenta de la República de Moldova', 'Señora Presidenta:', 'Président de la République de Moldova', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Moldova', 'Dear Prime Minister,', 'Primera Ministra de la República de Moldova', 'Señora Primera Ministra:', 'Premier ministre de la République de Moldova', 'Monsieur le Premier ministre,'],
  },
  ME: {
    hs: ['His Excellency', 'President of Montenegro', 'Dear Mr President,', 'Presidenta de Montenegro', 'Señora Presidenta:', 'Président du Monténégro', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Montenegro', 'Dear Prime Minister,', 'Primera Ministra de Montenegro', 'Señora Primera Ministra:', 'Premier ministre du Monténégro', 'Monsieur le Premier ministre,'],
  },
  MG: {
    hs: ['His Excellency', 'President of the Republic of Madagascar', 'Dear Mr President,', 'Presidenta de la República de Madagascar', 'Señora Presidenta:', 'Président de la République de Madagascar', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Madagascar', 'Dear Prime Minister,', 'Primera Ministra de la República de Madagascar', 'Señora Primera Ministra:', 'Premier ministre de la République de Madagascar', 'Monsieur le Premier ministre,'],
  },
  MH: {
    hs: ['His Excellency', 'President of the Republic of the Marshall Islands', 'Dear Mr President,', 'Presidenta de la República de las Islas Marshall', 'Señora Presidenta:', 'Président de la République des Îles Marshall', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of the Marshall Islands', 'Dear Mr President,', 'Presidenta de la República de las Islas Marshall', 'Señora Presidenta:', 'Président de la République des Îles Marshall', 'Monsieur le Président,'],
  },
  MK: {
    hs: ['His Excellency', 'President of the Republic of North Macedonia', 'Dear Mr President,', 'Presidenta de la República de Macedonia del Norte', 'Señora Presidenta:', 'Président de la République de Macédoine du Nord', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of North Macedonia', 'Dear Prime Minister,', 'Primera Ministra de la República de Macedonia del Norte', 'Señora Primera Ministra:', 'Premier ministre de la République de Macédoine du Nord', 'Monsieur le Premier ministre,'],
  },
  ML: {
    hs: ['His Excellency', 'President of the Republic of Mali', 'Dear Mr President,', 'Presidenta de la República de Malí', 'Señora Presidenta:', 'Président de la République du Mali', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Mali', 'Dear Prime Minister,', 'Primera Ministra de la República de Malí', 'Señora Primera Ministra:', 'Premier ministre de la République du Mali', 'Monsieur le Premier ministre,'],
  },
  MM: {
    hs: ['His Excellency', 'President of the Republic of the Union of Myanmar', 'Dear Mr President,', 'Presidenta de la República de la Unión de Myanmar', 'Señora Presidenta:', 'Président de la République de l\'Union du Myanmar', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of the Union of Myanmar', 'Dear Prime Minister,', 'Primera Ministra de la República de la Unión de Myanmar', 'Señora Primera Ministra:', 'Premier ministre de la République de l\'Union du Myanmar', 'Monsieur le Premier ministre,'],
  },
  MN: {
    hs: ['His Excellency', 'President of Mongolia', 'Dear Mr President,', 'Presidenta de Mongolia', 'Señora Presidenta:', 'Président de la Mongolie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Mongolia', 'Dear Prime Minister,', 'Primera Ministra de Mongolia', 'Señora Primera Ministra:', 'Premier ministre de la Mongolie', 'Monsieur le Premier ministre,'],
  },
  MR: {
    hs: ['His Excellency', 'President of the Islamic Republic of Mauritania', 'Dear Mr President,', 'Presidenta de la República Islámica de Mauritania', 'Señora Presidenta:', 'Président de la République islamique de Mauritanie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Islamic Republic of Mauritania', 'Dear Prime Minister,', 'Primera Ministra de la República Islámica de Mauritania', 'Señora Primera Ministra:', 'Premier ministre de la République islamique de Mauritanie', 'Monsieur le Premier ministre,'],
  },
  MT: {
    hs: ['His Excellency', 'President of the Republic of Malta', 'Dear Mr President,', 'Presidenta de la República de Malta', 'Señora Presidenta:', 'Président de la République de Malte', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Malta', 'Dear Prime Minister,', 'Primera Ministra de la República de Malta', 'Señora Primera Ministra:', 'Premier ministre de la République de Malte', 'Monsieur le Premier ministre,'],
  },
  MU: {
    hs: ['His Excellency', 'President of the Republic of Mauritius', 'Dear Mr President,', 'Presidenta de la República de Mauricio', 'Señora Presidenta:', 'Président de la République de Maurice', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Mauritius', 'Dear Prime Minister,', 'Primera Ministra de la República de Mauricio', 'Señora Primera Ministra:', 'Premier ministre de la République de Maurice', 'Monsieur le Premier ministre,'],
  },
  MV: {
    hs: ['His Excellency', 'President of the Republic of Maldives', 'Dear Mr President,', 'Presidenta de la República de Maldivas', 'Señora Presidenta:', 'Président de la République des Maldives', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Maldives', 'Dear Mr President,', 'Presidenta de la República de Maldivas', 'Señora Presidenta:', 'Président de la République des Maldives', 'Monsieur le Président,'],
  },
  MW: {
    hs: ['His Excellency', 'President of the Republic of Malawi', 'Dear Mr President,', 'Presidenta de la República de Malawi', 'Señora Presidenta:', 'Président de la République du Malawi', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Malawi', 'Dear Mr President,', 'Presidenta de la República de Malawi', 'Señora Presidenta:', 'Président de la République du Malawi', 'Monsieur le Président,'],
  },
  MX: {
    hs: ['His Excellency', 'President of the United Mexican States', 'Dear Mr President,', 'Presidenta de los Estados Unidos Mexicanos', 'Señora Presidenta:', 'Président des États-Unis du Mexique', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the United Mexican States', 'Dear Mr President,', 'Presidenta de los Estados Unidos Mexicanos', 'Señora Presidenta:', 'Président des États-Unis du Mexique', 'Monsieur le Président,'],
  },
  MY: {
    hs: ['His Majesty', 'King of Malaysia', 'Your Majesty,', 'Reina de Malasia', 'Majestad:', 'Roi de Malaisie', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Malaysia', 'Dear Prime Minister,', 'Primera Ministra de Malasia', 'Señora Primera Ministra:', 'Premier ministre de la Malaisie', 'Monsieur le Premier ministre,'],
  },
  MZ: {
    hs: ['His Excellency', 'President of the Republic of Mozambique', 'Dear Mr President,', 'Presidenta de la República de Mozambique', 'Señora Presidenta:', 'Président de la République du Mozambique', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Mozambique', 'Dear Prime Minister,', 'Primera Ministra de la República de Mozambique', 'Señora Primera Ministra:', 'Premier ministre de la République du Mozambique', 'Monsieur le Premier ministre,'],
  },
  NA: {
    hs: ['His Excellency', 'President of the Republic of Namibia', 'Dear Mr President,', 'Presidenta de la República de Namibia', 'Señora Presidenta:', 'Président de la République de Namibie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Namibia', 'Dear Mr President,', 'Presidenta de la República de Namibia', 'Señora Presidenta:', 'Président de la République de Namibie', 'Monsieur le Président,'],
  },
  NE: {
    hs: ['His Excellency', 'President of the Republic of the Niger', 'Dear Mr President,', 'Presidenta de la República del Níger', 'Señora Presidenta:', 'Président de la République du Niger', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of the Niger', 'Dear Prime Minister,', 'Primera Ministra de la República del Níger', 'Señora Primera Ministra:', 'Premier ministre de la République du Niger', 'Monsieur le Premier ministre,'],
  },
  NG: {
    hs: ['His Excellency', 'President of the Federal Republic of Nigeria', 'Dear Mr President,', 'Presidenta de la República Federal de Nigeria', 'Señora Presidenta:', 'Président de la République fédérale du Nigéria', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Federal Republic of Nigeria', 'Dear Mr President,', 'Presidenta de la República Federal de Nigeria', 'Señora Presidenta:', 'Président de la République fédérale du Nigéria', 'Monsieur le Président,'],
  },
  NI: {
    hs: ['His Excellency', 'President of the Republic of Nicaragua', 'Dear Mr President,', 'Presidenta de la República de Nicaragua', 'Señora Presidenta:', 'Président de la République du Nicaragua', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Nicaragua', 'Dear Mr President,', 'Presidenta de la República de Nicaragua', 'Señora Presidenta:', 'Président de la République du Nicaragua', 'Monsieur le Président,'],
  },
  NL: {
    hs: ['His Majesty', 'King of the Netherlands', 'Your Majesty,', 'Reina de los Países Bajos', 'Majestad:', 'Roi des Pays-Bas', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of the Netherlands', 'Dear Prime Minister,', 'Primera Ministra del Reino de los Países Bajos', 'Señora Primera Ministra:', 'Premier ministre du Royaume des Pays-Bas', 'Monsieur le Premier ministre,'],
  },
  NO: {
    hs: ['His Majesty', 'King of Norway', 'Your Majesty,', 'Reina de Noruega', 'Majestad:', 'Roi de Norvège', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Norway', 'Dear Prime Minister,', 'Primera Ministra del Reino de Noruega', 'Señora Primera Ministra:', 'Premier ministre du Royaume de Norvège', 'Monsieur le Premier ministre,'],
  },
  NP: {
    hs: ['His Excellency', 'President of the Federal Democratic Republic of Nepal', 'Dear Mr President,', 'Presidenta de la República Democrática Federal de Nepal', 'Señora Presidenta:', 'Président de la République fédérale démocratique du Népal', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Federal Democratic Republic of Nepal', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática Federal de Nepal', 'Señora Primera Ministra:', 'Premier ministre de la République fédérale démocratique du Népal', 'Monsieur le Premier ministre,'],
  },
  NR: {
    hs: ['His Excellency', 'President of the Republic of Nauru', 'Dear Mr President,', 'Presidenta de la República de Nauru', 'Señora Presidenta:', 'Président de la République de Nauru', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Nauru', 'Dear Mr President,', 'Presidenta de la República de Nauru', 'Señora Presidenta:', 'Président de la République de Nauru', 'Monsieur le Président,'],
  },
  NZ: {
    hs: ['His Majesty', 'King of New Zealand', 'Your Majesty,', 'Reina de Nueva Zelanda', 'Majestad:', 'Roi de Nouvelle-Zélande', 'Sire,'],
    hg: ['The Rt Hon', 'Prime Minister of New Zealand', 'Dear Prime Minister,', 'Primera Ministra de Nueva Zelandia', 'Señora Primera Ministra:', 'Premier ministre de la Nouvelle-Zélande', 'Monsieur le Premier ministre,'],
  },
  OM: {
    hs: ['His Majesty', 'Sultan of Oman', 'Your Majesty,', 'Sultana de Omán', 'Majestad:', 'Sultan d\'Oman', 'Sire,'],
    hg: ['His Majesty', 'Sultan of Oman', 'Your Majesty,', 'Sultana de Omán', 'Majestad:', 'Sultan d\'Oman', 'Sire,'],
  },
  PA: {
    hs: ['His Excellency', 'President of the Republic of Panama', 'Dear Mr President,', 'Presidenta de la República de Panamá', 'Señora Presidenta:', 'Président de la République du Panama', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Panama', 'Dear Mr President,', 'Presidenta de la República de Panamá', 'Señora Presidenta:', 'Président de la République du Panama', 'Monsieur le Président,'],
  },
  PE: {
    hs: ['His Excellency', 'President of the Republic of Peru', 'Dear Mr President,', 'Presidenta de la República del Perú', 'Señora Presidenta:', 'Président de la République du Pérou', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Peru', 'Dear Mr President,', 'Presidenta de la República del Perú', 'Señora Presidenta:', 'Président de la République du Pérou', 'Monsieur le Président,'],
  },
  PG: {
    hs: ['His Majesty', 'King of Papua New Guinea', 'Your Majesty,', 'Reina de Papúa Nueva Guinea', 'Majestad:', 'Roi de Papouasie-Nouvelle-Guinée', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Independent State of Papua New Guinea', 'Dear Prime Minister,', 'Primera Ministra del Estado Independiente de Papua Nueva Guinea', 'Señora Primera Ministra:', 'Premier ministre de l\'État indépendant de Papouasie-Nouvelle-Guinée', 'Monsieur le Premier ministre,'],
  },
  PH: {
    hs: ['His Excellency', 'President of the Republic of the Philippines', 'Dear Mr President,', 'Presidenta de la República de Filipinas', 'Señora Presidenta:', 'Président de la République des Philippines', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of the Philippines', 'Dear Mr President,', 'Presidenta de la República de Filipinas', 'Señora Presidenta:', 'Président de la République des Philippines', 'Monsieur le Président,'],
  },
  PK: {
    hs: ['His Excellency', 'President of the Islamic Republic of Pakistan', 'Dear Mr President,', 'Presidenta de la República Islámica del Pakistán', 'Señora Presidenta:', 'Président de la République islamique du Pakistan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Islamic Republic of Pakistan', 'Dear Prime Minister,', 'Primera Ministra de la República Islámica del Pakistán', 'Señora Primera Ministra:', 'Premier ministre de la République islamique du Pakistan', 'Monsieur le Premier ministre,'],
  },
  PL: {
    hs: ['His Excellency', 'President of the Republic of Poland', 'Dear Mr President,', 'Presidenta de la República de Polonia', 'Señora Presidenta:', 'Président de la République de Pologne', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Poland', 'Dear Prime Minister,', 'Primera Ministra de la República de Polonia', 'Señora Primera Ministra:', 'Premier ministre de la République de Pologne', 'Monsieur le Premier ministre,'],
  },
  PS: {
    hs: ['His Excellency', 'President of the State of Palestine', 'Dear Mr President,', 'Presidenta del Estado de Palestina', 'Señora Presidenta:', 'Président de l\'État de Palestine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the State of Palestine', 'Dear Prime Minister,', 'Primera Ministra del Estado de Palestina', 'Señora Primera Ministra:', 'Premier ministre de l\'État de Palestine', 'Monsieur le Premier ministre,'],
  },
  PT: {
    hs: ['His Excellency', 'President of the Portuguese Republic', 'Dear Mr President,', 'Presidenta de la República Portuguesa', 'Señora Presidenta:', 'Président de la République portugaise', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Portuguese Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Portuguesa', 'Señora Primera Ministra:', 'Premier ministre de la République portugaise', 'Monsieur le Premier ministre,'],
  },
  PW: {
    hs: ['His Excellency', 'President of the Republic of Palau', 'Dear Mr President,', 'Presidenta de la República de Palau', 'Señora Presidenta:', 'Président de la République des Palaos', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Palau', 'Dear Mr President,', 'Presidenta de la República de Palau', 'Señora Presidenta:', 'Président de la République des Palaos', 'Monsieur le Président,'],
  },
  PY: {
    hs: ['His Excellency', 'President of the Republic of Paraguay', 'Dear Mr President,', 'Presidenta de la República del Paraguay', 'Señora Presidenta:', 'Président de la République du Paraguay', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Paraguay', 'Dear Mr President,', 'Presidenta de la República del Paraguay', 'Señora Presidenta:', 'Président de la République du Paraguay', 'Monsieur le Président,'],
  },
  QA: {
    hs: ['His Highness', 'Amir of the State of Qatar', 'Your Highness,', 'Emir del Estado de Qatar', 'Alteza:', 'Émir de l\'État du Qatar', 'Altesse,'],
    hg: ['His Excellency', 'Prime Minister of the State of Qatar', 'Dear Prime Minister,', 'Primera Ministra del Estado de Qatar', 'Señora Primera Ministra:', 'Premier ministre de l\'État du Qatar', 'Monsieur le Premier ministre,'],
  },
  RO: {
    hs: ['His Excellency', 'President of Romania', 'Dear Mr President,', 'Presidenta de Rumania', 'Señora Presidenta:', 'Président de la Roumanie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Romania', 'Dear Prime Minister,', 'Primera Ministra de Rumania', 'Señora Primera Ministra:', 'Premier ministre de la Roumanie', 'Monsieur le Premier ministre,'],
  },
  RS: {
    hs: ['His Excellency', 'President of the Republic of Serbia', 'Dear Mr President,', 'Presidenta de la República de Serbia', 'Señora Presidenta:', 'Président de la République de Serbie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Serbia', 'Dear Prime Minister,', 'Primera Ministra de la República de Serbia', 'Señora Primera Ministra:', 'Premier ministre de la République de Serbie', 'Monsieur le Premier ministre,'],
  },
  RU: {
    hs: ['His Excellency', 'President of the Russian Federation', 'Dear Mr President,', 'Presidenta de la Federación de Rusia', 'Señora Presidenta:', 'Président de la Fédération de Russie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Russian Federation', 'Dear Prime Minister,', 'Primera Ministra de la Federación de Rusia', 'Señora Primera Ministra:', 'Premier ministre de la Fédération de Russie', 'Monsieur le Premier ministre,'],
  },
  RW: {
    hs: ['His Excellency', 'President of the Republic of Rwanda', 'Dear Mr President,', 'Presidenta de la República de Rwanda', 'Señora Presidenta:', 'Président de la République du Rwanda', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Rwanda', 'Dear Prime Minister,', 'Primera Ministra de la República de Rwanda', 'Señora Primera Ministra:', 'Premier ministre de la République du Rwanda', 'Monsieur le Premier ministre,'],
  },
  SA: {
    hs: ['His Majesty', 'King of Saudi Arabia', 'Your Majesty,', 'Reina de Arabia Saudita', 'Majestad:', 'Roi d\'Arabie saoudite', 'Sire,'],
    hg: ['His Royal Highness', 'Prime Minister of the Kingdom of Saudi Arabia', 'Your Royal Highness,', 'Primera Ministra del Reino de la Arabia Saudita', 'Alteza:', 'Premier ministre du Royaume d\'Arabie saoudite', 'Monseigneur,'],
  },
  SB: {
    hs: ['His Majesty', 'King of Solomon Islands', 'Your Majesty,', 'Reina de las Islas Salomón', 'Majestad:', 'Roi des Îles Salomon', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Solomon Islands', 'Dear Prime Minister,', 'Primera Ministra de las Islas Salomón', 'Señora Primera Ministra:', 'Premier ministre des Îles Salomon', 'Monsieur le Premier ministre,'],
  },
  SC: {
    hs: ['His Excellency', 'President of the Republic of Seychelles', 'Dear Mr President,', 'Presidenta de la República de Seychelles', 'Señora Presidenta:', 'Président de la République des Seychelles', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Seychelles', 'Dear Mr President,', 'Presidenta de la República de Seychelles', 'Señora Presidenta:', 'Président de la République des Seychelles', 'Monsieur le Président,'],
  },
  SD: {
    hs: ['His Excellency', 'Chairman of the Transitional Sovereignty Council of the Republic of the Sudan', 'Excellency,', 'Presidenta del Consejo Soberano de Transición de la República del Sudán', 'Señora Presidenta:', 'Président du Conseil de souveraineté de transition de la République du Soudan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of the Sudan', 'Dear Prime Minister,', 'Primera Ministra de la República del Sudán', 'Señora Primera Ministra:', 'Premier ministre de la République du Soudan', 'Monsieur le Premier ministre,'],
  },
  SE: {
    hs: ['His Majesty', 'King of Sweden', 'Your Majesty,', 'Reina de Suecia', 'Majestad:', 'Roi de Suède', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Sweden', 'Dear Prime Minister,', 'Primera Ministra del Reino de Suecia', 'Señora Primera Ministra:', 'Premier ministre du Royaume de Suède', 'Monsieur le Premier ministre,'],
  },
  SG: {
    hs: ['His Excellency', 'President of the Republic of Singapore', 'Dear Mr President,', 'Presidenta de la República de Singapur', 'Señora Presidenta:', 'Président de la République de Singapour', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Singapore', 'Dear Prime Minister,', 'Primera Ministra de la República de Singapur', 'Señora Primera Ministra:', 'Premier ministre de la République de Singapour', 'Monsieur le Premier ministre,'],
  },
  SI: {
    hs: ['His Excellency', 'President of the Republic of Slovenia', 'Dear Mr President,', 'Presidenta de la República de Eslovenia', 'Señora Presidenta:', 'Président de la République de Slovénie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Slovenia', 'Dear Prime Minister,', 'Primera Ministra de la República de Eslovenia', 'Señora Primera Ministra:', 'Premier ministre de la République de Slovénie', 'Monsieur le Premier ministre,'],
  },
  SK: {
    hs: ['His Excellency', 'President of the Slovak Republic', 'Dear Mr President,', 'Presidenta de la República Eslovaca', 'Señora Presidenta:', 'Président de la République slovaque', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Slovak Republic', 'Dear Prime Minister,', 'Primera Ministra de la República Eslovaca', 'Señora Primera Ministra:', 'Premier ministre de la République slovaque', 'Monsieur le Premier ministre,'],
  },
  SL: {
    hs: ['His Excellency', 'President of the Republic of Sierra Leone', 'Dear Mr President,', 'Presidenta de la República de Sierra Leona', 'Señora Presidenta:', 'Président de la République de Sierra Leone', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Sierra Leone', 'Dear Mr President,', 'Presidenta de la República de Sierra Leona', 'Señora Presidenta:', 'Président de la République de Sierra Leone', 'Monsieur le Président,'],
  },
  SM: {
    hs: ['His Excellency', 'Captain Regent of the Republic of San Marino', 'Excellency,', 'Capitana Regente de la República de San Marino', 'Excelentísima Señora:', 'Capitaine-régent de la République de Saint-Marin', 'Excellence,'],
    hg: ['His Excellency', 'Secretary of State for Foreign and Political Affairs of the Republic of San Marino', 'Dear Minister,', 'Secretaria de Estado de Asuntos Exteriores y Políticos de la República de San Marino', 'Señora Ministra:', 'Secrétaire d\'État aux Affaires étrangères et politiques de la République de Saint-Marin', 'Monsieur le Ministre,'],
  },
  SN: {
    hs: ['His Excellency', 'President of the Republic of Senegal', 'Dear Mr President,', 'Presidenta de la República del Senegal', 'Señora Presidenta:', 'Président de la République du Sénégal', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Senegal', 'Dear Prime Minister,', 'Primera Ministra de la República del Senegal', 'Señora Primera Ministra:', 'Premier ministre de la République du Sénégal', 'Monsieur le Premier ministre,'],
  },
  SO: {
    hs: ['His Excellency', 'President of the Federal Republic of Somalia', 'Dear Mr President,', 'Presidenta de la República Federal de Somalia', 'Señora Presidenta:', 'Président de la République fédérale de Somalie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Federal Republic of Somalia', 'Dear Prime Minister,', 'Primera Ministra de la República Federal de Somalia', 'Señora Primera Ministra:', 'Premier ministre de la République fédérale de Somalie', 'Monsieur le Premier ministre,'],
  },
  SR: {
    hs: ['His Excellency', 'President of the Republic of Suriname', 'Dear Mr President,', 'Presidenta de la República de Suriname', 'Señora Presidenta:', 'Président de la République du Suriname', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Suriname', 'Dear Mr President,', 'Presidenta de la República de Suriname', 'Señora Presidenta:', 'Président de la République du Suriname', 'Monsieur le Président,'],
  },
  SS: {
    hs: ['His Excellency', 'President of the Republic of South Sudan', 'Dear Mr President,', 'Presidenta de la República de Sudán del Sur', 'Señora Presidenta:', 'Président de la République du Soudan du Sud', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of South Sudan', 'Dear Mr President,', 'Presidenta de la República de Sudán del Sur', 'Señora Presidenta:', 'Président de la République du Soudan du Sud', 'Monsieur le Président,'],
  },
  ST: {
    hs: ['His Excellency', 'President of the Democratic Republic of São Tomé and Príncipe', 'Dear Mr President,', 'Presidenta de la República Democrática de Santo Tomé y Príncipe', 'Señora Presidenta:', 'Président de la République démocratique de Sao Tomé-et-Principe', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Democratic Republic of São Tomé and Príncipe', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática de Santo Tomé y Príncipe', 'Señora Primera Ministra:', 'Premier ministre de la République démocratique de Sao Tomé-et-Principe', 'Monsieur le Premier ministre,'],
  },
  SV: {
    hs: ['His Excellency', 'President of the Republic of El Salvador', 'Dear Mr President,', 'Presidenta de la República de El Salvador', 'Señora Presidenta:', 'Président de la République d\'El Salvador', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of El Salvador', 'Dear Mr President,', 'Presidenta de la República de El Salvador', 'Señora Presidenta:', 'Président de la République d\'El Salvador', 'Monsieur le Président,'],
  },
  SY: {
    hs: ['His Excellency', 'President of the Syrian Arab Republic', 'Dear Mr President,', 'Presidenta de la República Árabe Siria', 'Señora Presidenta:', 'Président de la République arabe syrienne', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Syrian Arab Republic', 'Dear Mr President,', 'Presidenta de la República Árabe Siria', 'Señora Presidenta:', 'Président de la République arabe syrienne', 'Monsieur le Président,'],
  },
  SZ: {
    hs: ['His Majesty', 'King of Eswatini', 'Your Majesty,', 'Reina de Eswatini', 'Majestad:', 'Roi d\'Eswatini', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Eswatini', 'Dear Prime Minister,', 'Primera Ministra del Reino de Eswatini', 'Señora Primera Ministra:', 'Premier ministre du Royaume d\'Eswatini', 'Monsieur le Premier ministre,'],
  },
  TD: {
    hs: ['His Excellency', 'President of the Republic of Chad', 'Dear Mr President,', 'Presidenta de la República del Chad', 'Señora Presidenta:', 'Président de la République du Tchad', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Chad', 'Dear Prime Minister,', 'Primera Ministra de la República del Chad', 'Señora Primera Ministra:', 'Premier ministre de la République du Tchad', 'Monsieur le Premier ministre,'],
  },
  TG: {
    hs: ['His Excellency', 'President of the Togolese Republic', 'Dear Mr President,', 'Presidenta de la República Togolesa', 'Señora Presidenta:', 'Président de la République togolaise', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Council of Ministers of the Togolese Republic', 'Dear Mr President,', 'Presidenta del Consejo de Ministros de la República Togolesa', 'Señora Presidenta:', 'Président du Conseil des ministres de la République togolaise', 'Monsieur le Président,'],
  },
  TH: {
    hs: ['His Majesty', 'King of Thailand', 'Your Majesty,', 'Reina de Tailandia', 'Majestad:', 'Roi de Thaïlande', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Thailand', 'Dear Prime Minister,', 'Primera Ministra del Reino de Tailandia', 'Señora Primera Ministra:', 'Premier ministre du Royaume de Thaïlande', 'Monsieur le Premier ministre,'],
  },
  TJ: {
    hs: ['His Excellency', 'President of the Republic of Tajikistan', 'Dear Mr President,', 'Presidenta de la República de Tayikistán', 'Señora Presidenta:', 'Président de la République du Tadjikistan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Tajikistan', 'Dear Prime Minister,', 'Primera Ministra de la República de Tayikistán', 'Señora Primera Ministra:', 'Premier ministre de la République du Tadjikistan', 'Monsieur le Premier ministre,'],
  },
  TL: {
    hs: ['His Excellency', 'President of the Democratic Republic of Timor-Leste', 'Dear Mr President,', 'Presidenta de la República Democrática de Timor-Leste', 'Señora Presidenta:', 'Président de la République démocratique du Timor-Leste', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Democratic Republic of Timor-Leste', 'Dear Prime Minister,', 'Primera Ministra de la República Democrática de Timor-Leste', 'Señora Primera Ministra:', 'Premier ministre de la République démocratique du Timor-Leste', 'Monsieur le Premier ministre,'],
  },
  TM: {
    hs: ['His Excellency', 'President of Turkmenistan', 'Dear Mr President,', 'Presidenta de Turkmenistán', 'Señora Presidenta:', 'Président du Turkménistan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of Turkmenistan', 'Dear Mr President,', 'Presidenta de Turkmenistán', 'Señora Presidenta:', 'Président du Turkménistan', 'Monsieur le Président,'],
  },
  TN: {
    hs: ['His Excellency', 'President of the Republic of Tunisia', 'Dear Mr President,', 'Presidenta de la República de Túnez', 'Señora Presidenta:', 'Président de la République tunisienne', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Head of Government of the Republic of Tunisia', 'Excellency,', 'Jefa del Gobierno de la República de Túnez', 'Señora Jefa del Gobierno:', 'Chef du gouvernement de la République tunisienne', 'Monsieur le Chef du gouvernement,'],
  },
  TO: {
    hs: ['His Majesty', 'King of Tonga', 'Your Majesty,', 'Reina de Tonga', 'Majestad:', 'Roi des Tonga', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of the Kingdom of Tonga', 'Dear Prime Minister,', 'Primera Ministra del Reino de Tonga', 'Señora Primera Ministra:', 'Premier ministre du Royaume des Tonga', 'Monsieur le Premier ministre,'],
  },
  TR: {
    hs: ['His Excellency', 'President of the Republic of Türkiye', 'Dear Mr President,', 'Presidenta de la República de Türkiye', 'Señora Presidenta:', 'Président de la République de Türkiye', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Türkiye', 'Dear Mr President,', 'Presidenta de la República de Türkiye', 'Señora Presidenta:', 'Président de la République de Türkiye', 'Monsieur le Président,'],
  },
  TT: {
    hs: ['His Excellency', 'President of the Republic of Trinidad and Tobago', 'Dear Mr President,', 'Presidenta de la República de Trinidad y Tabago', 'Señora Presidenta:', 'Président de la République de Trinité-et-Tobago', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Trinidad and Tobago', 'Dear Prime Minister,', 'Primera Ministra de la República de Trinidad y Tabago', 'Señora Primera Ministra:', 'Premier ministre de la République de Trinité-et-Tobago', 'Monsieur le Premier ministre,'],
  },
  TV: {
    hs: ['His Majesty', 'King of Tuvalu', 'Your Majesty,', 'Reina de Tuvalu', 'Majestad:', 'Roi des Tuvalu', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Tuvalu', 'Dear Prime Minister,', 'Primera Ministra de Tuvalu', 'Señora Primera Ministra:', 'Premier ministre des Tuvalu', 'Monsieur le Premier ministre,'],
  },
  TZ: {
    hs: ['His Excellency', 'President of the United Republic of Tanzania', 'Dear Mr President,', 'Presidenta de la República Unida de Tanzanía', 'Señora Presidenta:', 'Président de la République-Unie de Tanzanie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the United Republic of Tanzania', 'Dear Mr President,', 'Presidenta de la República Unida de Tanzanía', 'Señora Presidenta:', 'Président de la République-Unie de Tanzanie', 'Monsieur le Président,'],
  },
  UA: {
    hs: ['His Excellency', 'President of Ukraine', 'Dear Mr President,', 'Presidenta de Ucrania', 'Señora Presidenta:', 'Président de l\'Ukraine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of Ukraine', 'Dear Prime Minister,', 'Primera Ministra de Ucrania', 'Señora Primera Ministra:', 'Premier ministre de l\'Ukraine', 'Monsieur le Premier ministre,'],
  },
  UG: {
    hs: ['His Excellency', 'President of the Republic of Uganda', 'Dear Mr President,', 'Presidenta de la República de Uganda', 'Señora Presidenta:', 'Président de la République de l\'Ouganda', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Uganda', 'Dear Mr President,', 'Presidenta de la República de Uganda', 'Señora Presidenta:', 'Président de la République de l\'Ouganda', 'Monsieur le Président,'],
  },
  US: {
    hs: ['His Excellency', 'President of the United States of America', 'Dear Mr President,', 'Presidenta de los Estados Unidos de América', 'Señora Presidenta:', 'Président des États-Unis d\'Amérique', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the United States of America', 'Dear Mr President,', 'Presidenta de los Estados Unidos de América', 'Señora Presidenta:', 'Président des États-Unis d\'Amérique', 'Monsieur le Président,'],
  },
  UY: {
    hs: ['His Excellency', 'President of the Eastern Republic of Uruguay', 'Dear Mr President,', 'Presidenta de la República Oriental del Uruguay', 'Señora Presidenta:', 'Président de la République orientale de l\'Uruguay', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Eastern Republic of Uruguay', 'Dear Mr President,', 'Presidenta de la República Oriental del Uruguay', 'Señora Presidenta:', 'Président de la République orientale de l\'Uruguay', 'Monsieur le Président,'],
  },
  UZ: {
    hs: ['His Excellency', 'President of the Republic of Uzbekistan', 'Dear Mr President,', 'Presidenta de la República de Uzbekistán', 'Señora Presidenta:', 'Président de la République d\'Ouzbékistan', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Uzbekistan', 'Dear Prime Minister,', 'Primera Ministra de la República de Uzbekistán', 'Señora Primera Ministra:', 'Premier ministre de la République d\'Ouzbékistan', 'Monsieur le Premier ministre,'],
  },
  VA: {
    hs: ['His Holiness', 'Supreme Pontiff', 'Your Holiness,', 'Sumo Pontífice', 'Santidad:', 'Souverain Pontife', 'Très Saint-Père,'],
    hg: ['His Eminence', 'Secretary of State of His Holiness', 'Your Eminence,', 'Secretario de Estado de Su Santidad', 'Eminencia:', 'Secrétaire d\'État de Sa Sainteté', 'Éminence,'],
  },
  VC: {
    hs: ['His Majesty', 'King of Saint Vincent and the Grenadines', 'Your Majesty,', 'Reina de San Vicente y las Granadinas', 'Majestad:', 'Roi de Saint-Vincent-et-les Grenadines', 'Sire,'],
    hg: ['His Excellency', 'Prime Minister of Saint Vincent and the Grenadines', 'Dear Prime Minister,', 'Primera Ministra de San Vicente y las Granadinas', 'Señora Primera Ministra:', 'Premier ministre de Saint-Vincent-et-les Grenadines', 'Monsieur le Premier ministre,'],
  },
  VE: {
    hs: ['His Excellency', 'President of the Bolivarian Republic of Venezuela', 'Dear Mr President,', 'Presidenta de la República Bolivariana de Venezuela', 'Señora Presidenta:', 'Président de la République bolivarienne du Venezuela', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Bolivarian Republic of Venezuela', 'Dear Mr President,', 'Presidenta de la República Bolivariana de Venezuela', 'Señora Presidenta:', 'Président de la République bolivarienne du Venezuela', 'Monsieur le Président,'],
  },
  VN: {
    hs: ['His Excellency', 'President of the Socialist Republic of Viet Nam', 'Dear Mr President,', 'Presidenta de la República Socialista de Viet Nam', 'Señora Presidenta:', 'Président de la République socialiste du Viet Nam', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Socialist Republic of Viet Nam', 'Dear Prime Minister,', 'Primera Ministra de la República Socialista de Viet Nam', 'Señora Primera Ministra:', 'Premier ministre de la République socialiste du Viet Nam', 'Monsieur le Premier ministre,'],
  },
  VU: {
    hs: ['His Excellency', 'President of the Republic of Vanuatu', 'Dear Mr President,', 'Presidenta de la República de Vanuatu', 'Señora Presidenta:', 'Président de la République de Vanuatu', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Vanuatu', 'Dear Prime Minister,', 'Primera Ministra de la República de Vanuatu', 'Señora Primera Ministra:', 'Premier ministre de la République de Vanuatu', 'Monsieur le Premier ministre,'],
  },
  WS: {
    hs: ['His Highness', 'Head of State of Samoa', 'Your Highness,', 'Jefa de Estado de Samoa', 'Alteza:', 'Chef de l\'État du Samoa', 'Altesse,'],
    hg: ['His Excellency', 'Prime Minister of the Independent State of Samoa', 'Dear Prime Minister,', 'Primera Ministra del Estado Independiente de Samoa', 'Señora Primera Ministra:', 'Premier ministre de l\'État indépendant du Samoa', 'Monsieur le Premier ministre,'],
  },
  YE: {
    hs: ['His Excellency', 'Chairman of the Presidential Leadership Council of the Republic of Yemen', 'Excellency,', 'Presidenta del Consejo de Liderazgo Presidencial de la República del Yemen', 'Señora Presidenta:', 'Président du Conseil de direction présidentiel de la République du Yémen', 'Monsieur le Président,'],
    hg: ['His Excellency', 'Prime Minister of the Republic of Yemen', 'Dear Prime Minister,', 'Primera Ministra de la República del Yemen', 'Señora Primera Ministra:', 'Premier ministre de la République du Yémen', 'Monsieur le Premier ministre,'],
  },
  ZA: {
    hs: ['His Excellency', 'President of the Republic of South Africa', 'Dear Mr President,', 'Presidenta de la República de Sudáfrica', 'Señora Presidenta:', 'Président de la République sud-africaine', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of South Africa', 'Dear Mr President,', 'Presidenta de la República de Sudáfrica', 'Señora Presidenta:', 'Président de la République sud-africaine', 'Monsieur le Président,'],
  },
  ZM: {
    hs: ['His Excellency', 'President of the Republic of Zambia', 'Dear Mr President,', 'Presidenta de la República de Zambia', 'Señora Presidenta:', 'Président de la République de Zambie', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Zambia', 'Dear Mr President,', 'Presidenta de la República de Zambia', 'Señora Presidenta:', 'Président de la République de Zambie', 'Monsieur le Président,'],
  },
  ZW: {
    hs: ['His Excellency', 'President of the Republic of Zimbabwe', 'Dear Mr President,', 'Presidenta de la República de Zimbabwe', 'Señora Presidenta:', 'Président de la République du Zimbabwe', 'Monsieur le Président,'],
    hg: ['His Excellency', 'President of the Republic of Zimbabwe', 'Dear Mr President,', 'Presidenta de la República de Zimbabwe', 'Señora Presidenta:', 'Président de la République du Zimbabwe', 'Monsieur le Président,'],
  },
};

describe('the heads of state and government of the 195 states', () => {
  it('has a row for every state', () => {
    expect(Object.keys(HEADS).sort()).toEqual(listCountries().map((c) => c.alpha2));
  });

  const cases = listCountries().flatMap((c) => (['hs', 'hg'] as const).map((which) => [c.alpha2, which] as const));
  it.each(cases)('%s %s', (code, which) => {
    const country = getCountry(code)!;
    const office = which === 'hs' ? 'head_of_state' : 'head_of_government';
    const en = formsOfAddress({ country, office, language: 'en', gender: 'male', name: 'X' });
    const es = formsOfAddress({ country, office, language: 'es', gender: 'female', name: 'X' });
    const fr = formsOfAddress({ country, office, language: 'fr', gender: 'male', name: 'X' });
    expect([en.honorific, en.fullTitle, en.salutation, es.fullTitle, es.salutation, fr.fullTitle, fr.salutation]).toEqual(HEADS[code as CountryCode][which]);
  });

  it('never gives a head of state or government the plain forms, nor a broken contraction', () => {
    for (const country of listCountries()) {
      for (const office of ['head_of_state', 'head_of_government'] as const) {
        for (const language of ['en', 'es', 'fr'] as const) {
          for (const gender of ['female', 'male', 'unspecified'] as const) {
            const forms = formsOfAddress({ country, office, language, gender, name: '' });
            // French "Madame," is right for a queen; the plain French form shows in its close.
            expect(forms.salutation).not.toMatch(/^Dear (Sir|Madam)(,| or)|Estimad[oa]|^Madame, Monsieur,$/);
            expect(forms.complimentaryClose).not.toMatch(/faithfully|Atentamente|distinguée/);
            expect(forms.fullTitle).not.toMatch(/ of the the | de el | de los los | de le | de les | de l' [A-Z]| {2}/);
            expect(forms.addressBlock[0]).not.toMatch(/^(H\.E\.|H\.M\.|H\.H\.|Su Excelencia|Son Excellence)$/);
          }
        }
      }
    }
  });

  it('styles every sovereign but a co-prince above Excellency', () => {
    for (const country of listCountries().filter((c) => c.monarch && c.monarch.kind !== 'co-prince')) {
      expect(formsOfAddress({ country, office: 'head_of_state', language: 'en', gender: 'male', name: 'X' }).honorific).not.toBe('His Excellency');
    }
  });
});
