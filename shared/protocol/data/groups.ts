import type { CountryCode, GroupRecord } from '../types';
import { PROTOCOL_AS_OF } from './sources';

/*
 * Membership of the groups advocacy letters most often cite. Each list carries
 * its own as-of date: membership changes (accessions, withdrawals,
 * suspensions) and the lists must be re-checked against each organisation's
 * own page before that date is moved.
 */

const AFRICAN_UN_MEMBERS: readonly CountryCode[] = [
  'AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'DZ', 'EG', 'ER', 'ET', 'GA', 'GH',
  'GM', 'GN', 'GQ', 'GW', 'KE', 'KM', 'LR', 'LS', 'LY', 'MA', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA', 'NE',
  'NG', 'RW', 'SC', 'SD', 'SL', 'SN', 'SO', 'SS', 'ST', 'SZ', 'TD', 'TG', 'TN', 'TZ', 'UG', 'ZA', 'ZM', 'ZW',
];

export const GROUPS: readonly GroupRecord[] = [
  {
    id: 'EU',
    names: { en: 'European Union', es: 'Unión Europea', fr: 'Union européenne' },
    abbreviations: { en: 'EU', es: 'UE', fr: 'UE' },
    members: [
      'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
      'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
    ],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: [],
  },
  {
    id: 'COE',
    names: { en: 'Council of Europe', es: 'Consejo de Europa', fr: "Conseil de l'Europe" },
    abbreviations: { en: 'CoE', es: 'CdE', fr: 'CdE' },
    members: [
      'AD', 'AL', 'AM', 'AT', 'AZ', 'BA', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI',
      'FR', 'GB', 'GE', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME',
      'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK', 'SM', 'TR', 'UA',
    ],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: ['Russia was expelled in March 2022.'],
  },
  {
    id: 'OAS',
    names: { en: 'Organization of American States', es: 'Organización de los Estados Americanos', fr: 'Organisation des États américains' },
    abbreviations: { en: 'OAS', es: 'OEA', fr: 'OEA' },
    members: [
      'AG', 'AR', 'BB', 'BO', 'BR', 'BS', 'BZ', 'CA', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC', 'GD',
      'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'LC', 'MX', 'PA', 'PE', 'PY', 'SR', 'SV', 'TT', 'US', 'UY', 'VC',
    ],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: [
      'Cuba remains a member state but has not taken part since 1962.',
      'Venezuela (withdrawal effective 2019) and Nicaragua (effective November 2023) are not counted.',
    ],
  },
  {
    id: 'G7',
    names: { en: 'Group of Seven', es: 'Grupo de los Siete', fr: 'Groupe des sept' },
    abbreviations: { en: 'G7', es: 'G7', fr: 'G7' },
    members: ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: ['The European Union takes part as a "non-enumerated member".'],
  },
  {
    id: 'G20',
    names: { en: 'Group of Twenty', es: 'Grupo de los Veinte', fr: 'Groupe des vingt' },
    abbreviations: { en: 'G20', es: 'G20', fr: 'G20' },
    members: ['AR', 'AU', 'BR', 'CA', 'CN', 'DE', 'FR', 'GB', 'ID', 'IN', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'TR', 'US', 'ZA'],
    blocMembers: ['EU', 'AU'],
    asOf: PROTOCOL_AS_OF,
    notes: ['19 states plus two blocs: the European Union and, since 2023, the African Union.'],
  },
  {
    id: 'NATO',
    names: { en: 'North Atlantic Treaty Organization', es: 'Organización del Tratado del Atlántico Norte', fr: "Organisation du traité de l'Atlantique nord" },
    abbreviations: { en: 'NATO', es: 'OTAN', fr: 'OTAN' },
    members: [
      'AL', 'BE', 'BG', 'CA', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IS',
      'IT', 'LT', 'LU', 'LV', 'ME', 'MK', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'TR', 'US',
    ],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: [],
  },
  {
    id: 'AU',
    names: { en: 'African Union', es: 'Unión Africana', fr: 'Union africaine' },
    abbreviations: { en: 'AU', es: 'UA', fr: 'UA' },
    members: AFRICAN_UN_MEMBERS,
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: [
      'The 55th member, the Sahrawi Arab Democratic Republic, is not among the 195 UN-recognised states listed here.',
      'Several members are suspended after coups (Mali, Burkina Faso, Niger, Guinea, Sudan, among others); suspension does not end membership. Check the current list before citing participation.',
    ],
  },
  {
    id: 'ASEAN',
    names: { en: 'Association of Southeast Asian Nations', es: 'Asociación de Naciones de Asia Sudoriental', fr: "Association des nations de l'Asie du Sud-Est" },
    abbreviations: { en: 'ASEAN', es: 'ASEAN', fr: 'ASEAN' },
    members: ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
    blocMembers: [],
    asOf: PROTOCOL_AS_OF,
    notes: ['Timor-Leste joined as the eleventh member in October 2025.'],
  },
];
