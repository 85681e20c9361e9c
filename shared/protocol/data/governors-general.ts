import type { CountryCode } from '../types';

/*
 * Governors-General of the Commonwealth realms, who represent the King in
 * the fourteen realms other than the United Kingdom. Each is "His/Her
 * Excellency" in office; some realms add a style of their own before the
 * name, which English letters keep: Canada "the Right Honourable", Australia
 * "the Honourable", New Zealand "the Right Honourable", Jamaica and The
 * Bahamas "the Most Honourable". Canada writes "Governor General" without a
 * hyphen; the others "Governor-General".
 */
export interface GovernorGeneralStyle {
  /** The English title, as the realm writes it. */
  title: string;
  /** Put after "His/Her Excellency" in English letters. */
  style?: string;
}

export const GOVERNORS_GENERAL: Partial<Record<CountryCode, GovernorGeneralStyle>> = {
  AG: { title: 'Governor-General' },
  AU: { title: 'Governor-General', style: 'the Honourable' },
  BS: { title: 'Governor-General', style: 'the Most Honourable' },
  BZ: { title: 'Governor-General' },
  CA: { title: 'Governor General', style: 'the Right Honourable' },
  GD: { title: 'Governor-General' },
  JM: { title: 'Governor-General', style: 'the Most Honourable' },
  KN: { title: 'Governor-General' },
  LC: { title: 'Governor-General' },
  NZ: { title: 'Governor-General', style: 'the Right Honourable' },
  PG: { title: 'Governor-General' },
  SB: { title: 'Governor-General' },
  TV: { title: 'Governor-General' },
  VC: { title: 'Governor-General' },
};
