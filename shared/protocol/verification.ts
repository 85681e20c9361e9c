/*
 * Office holders change: an entry not confirmed within six months is flagged
 * for a fresh check before a letter goes out.
 */

export const VERIFICATION_MONTHS = 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * True when `verifiedOn` (an ISO date, "YYYY-MM-DD", or a timestamp starting
 * with one) is missing, unreadable, or more than six calendar months before
 * `today`'s local date. Exactly six months ago still counts as verified;
 * month ends clamp (31 August is good until 28/29 February).
 */
export function needsVerification(verifiedOn: string | null, today: Date): boolean {
  const match = verifiedOn === null ? null : ISO_DATE.exec(verifiedOn.trim());
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return true;

  // Expiry: the same day six months later, clamped to that month's length.
  const expiryMonthIndex = month - 1 + VERIFICATION_MONTHS;
  const expiryYear = year + Math.floor(expiryMonthIndex / 12);
  const expiryMonth = expiryMonthIndex % 12;
  const lastDay = new Date(Date.UTC(expiryYear, expiryMonth + 1, 0)).getUTCDate();
  const expiry = expiryYear * 10_000 + (expiryMonth + 1) * 100 + Math.min(day, lastDay);

  const todayKey = today.getFullYear() * 10_000 + (today.getMonth() + 1) * 100 + today.getDate();
  return todayKey > expiry;
}
