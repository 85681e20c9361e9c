import type { CountryCode, Region } from '../types';

/*
 * UN M49 geoscheme (UN Statistics Division, "Standard country or area codes
 * for statistical use"): region -> sub-region -> states. Where M49 has an
 * intermediate region (Sub-Saharan Africa, Latin America and the Caribbean)
 * the intermediate one is used, as it is the useful grain for advocacy work.
 * Written out here rather than taken from world-countries, whose sub-regions
 * depart from M49 in Europe ("Central Europe", "Southeast Europe") and place
 * Mexico in North America and Cyprus in Europe.
 */
export const M49: Record<Region, Record<string, readonly CountryCode[]>> = {
  Africa: {
    'Northern Africa': ['DZ', 'EG', 'LY', 'MA', 'SD', 'TN'],
    'Eastern Africa': ['BI', 'DJ', 'ER', 'ET', 'KE', 'KM', 'MG', 'MU', 'MW', 'MZ', 'RW', 'SC', 'SO', 'SS', 'TZ', 'UG', 'ZM', 'ZW'],
    'Middle Africa': ['AO', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'ST', 'TD'],
    'Southern Africa': ['BW', 'LS', 'NA', 'SZ', 'ZA'],
    'Western Africa': ['BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SL', 'SN', 'TG'],
  },
  Americas: {
    'Northern America': ['CA', 'US'],
    Caribbean: ['AG', 'BB', 'BS', 'CU', 'DM', 'DO', 'GD', 'HT', 'JM', 'KN', 'LC', 'TT', 'VC'],
    'Central America': ['BZ', 'CR', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV'],
    'South America': ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE'],
  },
  Asia: {
    'Central Asia': ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
    'Eastern Asia': ['CN', 'JP', 'KP', 'KR', 'MN'],
    'South-eastern Asia': ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
    'Southern Asia': ['AF', 'BD', 'BT', 'IN', 'IR', 'LK', 'MV', 'NP', 'PK'],
    'Western Asia': ['AE', 'AM', 'AZ', 'BH', 'CY', 'GE', 'IL', 'IQ', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'],
  },
  Europe: {
    'Eastern Europe': ['BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA'],
    'Northern Europe': ['DK', 'EE', 'FI', 'GB', 'IE', 'IS', 'LT', 'LV', 'NO', 'SE'],
    'Southern Europe': ['AD', 'AL', 'BA', 'ES', 'GR', 'HR', 'IT', 'ME', 'MK', 'MT', 'PT', 'RS', 'SI', 'SM', 'VA'],
    'Western Europe': ['AT', 'BE', 'CH', 'DE', 'FR', 'LI', 'LU', 'MC', 'NL'],
  },
  Oceania: {
    'Australia and New Zealand': ['AU', 'NZ'],
    Melanesia: ['FJ', 'PG', 'SB', 'VU'],
    Micronesia: ['FM', 'KI', 'MH', 'NR', 'PW'],
    Polynesia: ['TO', 'TV', 'WS'],
  },
};
