import * as z from 'zod';

/**
 * A reusable figure or quote with its source: "over 1,100 political
 * prisoners" — Freedom House, as of 2025-03-01, stale after 365 days.
 * Templates cite facts as live blocks; updating a fact updates every
 * template and unedited draft that cites it.
 */
export const factFieldsSchema = z.strictObject({
  label: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'tooLong' }),
  text: z.string().trim().min(1, { error: 'required' }).max(2000, { error: 'tooLong' }),
  sourceName: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  sourceUrl: z
    .string()
    .trim()
    .max(2000, { error: 'tooLong' })
    .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: 'url' })
    .default(''),
  asOf: z.iso.date({ error: 'date' }),
  /** After this many days past `asOf`, letters citing it warn before export. */
  staleAfterDays: z.number().int().min(1).max(3650).default(365),
});
export type FactFields = z.output<typeof factFieldsSchema>;

export const factSchema = factFieldsSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Fact = z.infer<typeof factSchema>;

/** True when the fact is older than its staleness period on `today`. */
export function isFactStale(fact: Pick<FactFields, 'asOf' | 'staleAfterDays'>, today: Date): boolean {
  const asOf = Date.parse(`${fact.asOf}T00:00:00Z`);
  const day = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return (day - asOf) / 86_400_000 > fact.staleAfterDays;
}
