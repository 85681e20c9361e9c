import fs from 'node:fs';
import { Database } from '../../electron/core/db/database';

/**
 * Damages a closed workspace file the way a failing disk would: the root page
 * of one table or index is overwritten with noise (its first 8 bytes kept).
 * quick_check then fails; for an index, every table still reads whole.
 */
export function damageRootPage(file: string, tableOrIndex: string): void {
  const db = new Database(file);
  const page = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(tableOrIndex) as { rootpage: number }).rootpage;
  // Out of WAL mode, so every page is in the main file when it is damaged.
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xee, (root - 1) * page + 8, root * page);
  fs.writeFileSync(file, bytes);
}
