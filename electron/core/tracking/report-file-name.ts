/** "outreach-eu-prisoners-2026-2026-11-30.csv": letters, digits and dashes only. */
export function reportFileName(scope: string, today: string, format: 'csv' | 'docx'): string {
  const slug = scope
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `outreach-${slug || 'report'}-${today}.${format}`;
}
