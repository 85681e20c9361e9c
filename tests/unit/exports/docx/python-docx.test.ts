import { beforeAll, describe, expect, it } from 'vitest';
import { renderCombined, renderLetter } from '../../../../electron/core/exports/docx';
import { sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { type ReadDocx, readWithPythonDocx, requireTools } from './helpers';

/* The exported file as another program reads it: python-docx (Debian's python3-docx). */

const texts = (doc: ReadDocx) => doc.blocks.filter((b) => b.kind === 'p' && b.text !== '').map((b) => b.text);

describe('DOCX export read back with python-docx', () => {
  let letter: ReadDocx;
  beforeAll(async () => {
    requireTools('python-docx');
    letter = readWithPythonDocx(await renderLetter(sampleLetter()));
  });

  it('reads the letter paragraphs in order: date, reference, address block, body', () => {
    expect(texts(letter).slice(0, 9)).toEqual([
      'Brussels, 22 November 2026',
      'Ref.: HRL-2026-0042',
      'His Excellency',
      'محمد بن سلمان',
      'Minister of Foreign Affairs',
      'Riyadh',
      'Your Excellency,',
      'We write to you on behalf of the Coalition for Detainees about the continued detention of more than 1,100 people held for their opinions, as documented by the Observatory of Rights.',
      'We respectfully ask your Government to:',
    ]);
    expect(texts(letter)).toContain('First line of a signature block\nsecond line after a hard break');
    const styles = Object.fromEntries(letter.blocks.filter((b) => b.kind === 'p').map((b) => [b.text, b.style]));
    expect(styles['Our second set of requests']).toBe('Heading 2');
    expect(styles['Publish the list of detainees.']).toBe('List Paragraph');
    expect(styles['Everyone has the right to liberty and security of person.']).toBe('Letter Quote');
  });

  it('reads the bold runs', () => {
    expect(letter.blocks.flatMap((b) => b.bold ?? [])).toEqual(['the Coalition for Detainees', 'Endorsed by']);
  });

  it('puts the letterhead in the first-page header and the reference in the following pages', () => {
    const [section] = letter.sections;
    expect(section.differentFirstPage).toBe(true);
    expect(section.firstHeader.text.filter(Boolean)).toEqual([
      'Coalition for Detainees',
      '12 Example Street, 1000 Brussels, Belgium',
      'office@coalition.example.org · +32 2 000 00 00',
    ]);
    expect(section.firstHeader.images).toBe(1);
    expect(section.header.text.join(' ')).toContain('Ref.: HRL-2026-0042');
    expect(section.footer.text.join(' ')).toMatch(/^Page .* of /);
    expect([section.width, section.height]).toEqual([7560310, 10692130]); // A4 in EMU
  });

  it('signs side by side in a table, each signature above name and title, then lists the endorsers', () => {
    const tables = letter.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([['Ana Pérez\nExecutive Director', 'John Smith\nBoard Chair']]);
    expect(tables[0].images).toBe(2);
    const after = letter.blocks.slice(letter.blocks.indexOf(tables[0]) + 1).map((b) => b.text);
    expect(after).toEqual(['Endorsed by', 'Friends of Liberty (Chile)', 'Rights Watchers']);
  });

  it('reads a Spanish statement: title first, no address block, one signer, localised endorsements and sources', async () => {
    const statement = readWithPythonDocx(await renderLetter(sampleStatement()));
    const first = statement.blocks[0];
    expect([first.text, first.style]).toEqual(['Declaración sobre las personas detenidas', 'Letter Title']);
    expect(texts(statement)).toEqual([
      'Declaración sobre las personas detenidas',
      'Madrid, 22 de noviembre de 2026',
      'Ref.: HRL-2026-0042',
      'Las organizaciones firmantes expresamos nuestra preocupación.',
      'Pedimos la liberación de todas las personas detenidas.',
      'Con el respaldo de',
      'Friends of Liberty (Chile)',
      'Rights Watchers',
      'Fuentes',
      '1. Informe anual, https://observatorio.example.org/informe (datos a 2026-06-30)',
    ]);
    // One signer too sits in a borderless table: its row never splits, and the close before it keeps with it.
    expect(statement.blocks.filter((b) => b.kind === 'table').map((b) => b.rows)).toEqual([[['Lucía Gómez\nDirectora']]]);
    expect(statement.sections[0].footer.text.join(' ')).toMatch(/^Página .* de /);
    expect([statement.sections[0].width, statement.sections[0].height]).toEqual([7772400, 10058400]); // US Letter in EMU
  });

  it('lays three signers out in one row, and five in two rows', async () => {
    const signer = (n: number) => ({ name: `Signer ${n}`, title: `Title ${n}` });
    const three = readWithPythonDocx(await renderLetter(sampleLetter({ signers: [1, 2, 3].map(signer) })));
    expect(three.blocks.find((b) => b.kind === 'table')?.rows).toEqual([['Signer 1\nTitle 1', 'Signer 2\nTitle 2', 'Signer 3\nTitle 3']]);
    const five = readWithPythonDocx(await renderLetter(sampleLetter({ signers: [1, 2, 3, 4, 5].map(signer) })));
    expect(five.blocks.find((b) => b.kind === 'table')?.rows).toEqual([
      ['Signer 1\nTitle 1', 'Signer 2\nTitle 2', 'Signer 3\nTitle 3'],
      ['Signer 4\nTitle 4', 'Signer 5\nTitle 5', ''],
    ]);
  });

  it('reads a combined file as one section per letter, each with its letterhead', async () => {
    const combined = readWithPythonDocx(await renderCombined([sampleLetter(), sampleStatement(), sampleLetter({ language: 'fr' })]));
    expect(combined.sections).toHaveLength(3);
    for (const s of combined.sections) expect(s.firstHeader.text).toContain('Coalition for Detainees');
    expect(combined.sections[2].header.text.join(' ')).toContain('Réf.\u00a0: HRL-2026-0042');
    expect(texts(combined).filter((t) => t === 'Yours sincerely,')).toHaveLength(2);
  });
});
