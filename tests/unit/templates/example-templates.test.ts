import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEMPLATES, type ExampleTemplate } from '../../../resources/examples/example-templates';
import { letterDocumentSchema, type BlockNode, type InlineNode, type LetterDocument } from '../../../shared/letter/document';
import { mergeLetter, plainText, type MergeContext } from '../../../shared/letter/merge';
import { listCountries } from '../../../shared/protocol';

/*
 * The example templates are shipped content: they must validate, keep the
 * shape the export expects (salutation first and close last in letters; a
 * title and no salutation in statements), and read as finished text in each
 * language, with no leftover placeholders and no real country named.
 */

const LANGS = ['en', 'es'] as const;

type Variant = { template: ExampleTemplate; lang: (typeof LANGS)[number]; title: string; document: LetterDocument };
const VARIANTS: Variant[] = EXAMPLE_TEMPLATES.flatMap((template) => LANGS.map((lang) => ({ template, lang, ...template.variants[lang] })));
const label = (v: Variant): string => `${v.template.key} (${v.lang})`;

function* blocks(content: readonly BlockNode[]): Generator<BlockNode> {
  for (const block of content) {
    yield block;
    if (block.type === 'bulletList' || block.type === 'orderedList') for (const item of block.content) yield* blocks(item.content);
    else if (block.type === 'blockquote' || block.type === 'condition') yield* blocks(block.content);
  }
}

function* inlines(document: LetterDocument): Generator<InlineNode> {
  for (const block of blocks(document.content)) {
    if (block.type === 'paragraph' || block.type === 'heading') yield* block.content ?? [];
  }
}

/** Every string a reader can see: text nodes, every choice's options and `other`, and the title. */
function visibleTexts(v: Variant): string[] {
  const texts = [v.title, v.template.names[v.lang]];
  for (const node of inlines(v.document)) {
    if (node.type === 'text') texts.push(node.text);
    if (node.type === 'choice') texts.push(...Object.values(node.attrs.options).filter((s): s is string => s !== undefined), node.attrs.other);
  }
  return texts;
}

function fieldIds(document: LetterDocument): string[] {
  return [...inlines(document)].flatMap((node) => (node.type === 'mergeField' ? [node.attrs.field] : []));
}

/** The paragraph holds a single merge field and nothing else. */
function isFieldParagraph(block: BlockNode | undefined, field: string): boolean {
  return block?.type === 'paragraph' && block.content?.length === 1 && block.content[0].type === 'mergeField' && block.content[0].attrs.field === field;
}

/** What must not differ between languages: fields used, choices, conditions and list lengths. */
function structure(document: LetterDocument): unknown {
  const shape: string[] = [];
  for (const block of blocks(document.content)) {
    if (block.type === 'condition') shape.push(`condition ${JSON.stringify(block.attrs)}`);
    if (block.type === 'bulletList' || block.type === 'orderedList') shape.push(`${block.type} of ${block.content.length}`);
  }
  for (const node of inlines(document)) if (node.type === 'choice') shape.push(`choice by ${node.attrs.by}`);
  return { shape, fields: fieldIds(document).sort() };
}

describe('example templates', () => {
  it('ships the four examples, each key once, in English and Spanish', () => {
    const keys = EXAMPLE_TEMPLATES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['political-prisoners-letter', 'follow-up-letter', 'resolution-statement', 'chaser-letter']);
    for (const template of EXAMPLE_TEMPLATES) {
      expect(template.defaultLanguage).toBe('en');
      for (const lang of LANGS) {
        expect(template.names[lang].trim(), `${template.key} name (${lang})`).not.toBe('');
        expect(template.variants[lang].document.content.length, `${template.key} (${lang})`).toBeGreaterThan(0);
      }
    }
  });

  it.each(VARIANTS.map((v) => [label(v), v] as const))('%s validates against the document schema unchanged', (_name, v) => {
    expect(letterDocumentSchema.parse(v.document)).toEqual(v.document);
  });

  it('letters open with the salutation field and end with the complimentary close field, each on its own', () => {
    for (const v of VARIANTS.filter((x) => x.template.kind === 'letter')) {
      const { content } = v.document;
      expect(isFieldParagraph(content[0], 'recipient.salutation'), label(v)).toBe(true);
      expect(isFieldParagraph(content.at(-1), 'recipient.complimentaryClose'), label(v)).toBe(true);
      const fields = fieldIds(v.document);
      expect(
        fields.filter((f) => f === 'recipient.salutation'),
        label(v),
      ).toHaveLength(1);
      expect(
        fields.filter((f) => f === 'recipient.complimentaryClose'),
        label(v),
      ).toHaveLength(1);
      // The export adds the address block and date itself.
      expect(fields, label(v)).not.toContain('recipient.addressBlock');
      expect(fields, label(v)).not.toContain('date.letter');
    }
  });

  it('statements have a title, no salutation and no close', () => {
    const statements = VARIANTS.filter((x) => x.template.kind === 'statement');
    expect(statements.length).toBeGreaterThan(0);
    for (const v of statements) {
      expect(v.title.trim(), label(v)).not.toBe('');
      expect(fieldIds(v.document), label(v)).not.toContain('recipient.salutation');
      expect(fieldIds(v.document), label(v)).not.toContain('recipient.complimentaryClose');
      expect(
        [...blocks(v.document.content)].some((b) => b.type === 'orderedList'),
        label(v),
      ).toBe(true);
    }
  });

  it('every choice has a non-empty fallback, so no recipient is left with a gap', () => {
    for (const v of VARIANTS) {
      for (const node of inlines(v.document)) if (node.type === 'choice') expect(node.attrs.other.trim(), label(v)).not.toBe('');
    }
  });

  it('the two languages carry the same fields, choices, conditions and lists', () => {
    for (const template of EXAMPLE_TEMPLATES) {
      expect(structure(template.variants.es.document), template.key).toEqual(structure(template.variants.en.document));
    }
  });

  it('the political prisoners letter has its office choice, EU and OAS paragraphs and 4–5 requests', () => {
    const template = EXAMPLE_TEMPLATES.find((t) => t.key === 'political-prisoners-letter');
    expect(template?.kind).toBe('letter');
    for (const lang of LANGS) {
      const document = template?.variants[lang].document ?? { type: 'doc', content: [] };
      expect(fieldIds(document)).toContain('country.name');
      const choice = [...inlines(document)].find((n) => n.type === 'choice');
      expect(choice?.type === 'choice' && choice.attrs.by === 'officeType' ? choice.attrs.options : undefined).toMatchObject({
        head_of_state: expect.any(String),
        head_of_government: expect.any(String),
      });
      const all = [...blocks(document.content)];
      const groups = all.flatMap((b) => (b.type === 'condition' && b.attrs.test.kind === 'group' ? [b.attrs.test.group] : []));
      expect(groups.sort()).toEqual(['EU', 'OAS']);
      const list = all.find((b) => b.type === 'bulletList');
      expect(list?.type === 'bulletList' ? list.content.length : 0).toBeGreaterThanOrEqual(4);
      expect(list?.type === 'bulletList' ? list.content.length : 0).toBeLessThanOrEqual(5);
    }
  });

  it('the follow-up letter cites the campaign reference', () => {
    const template = EXAMPLE_TEMPLATES.find((t) => t.key === 'follow-up-letter');
    for (const lang of LANGS) expect(fieldIds(template?.variants[lang].document ?? { type: 'doc', content: [] })).toContain('campaign.reference');
  });

  it('the chaser quotes the original letter’s date and reference, and is the only example that does', () => {
    for (const template of EXAMPLE_TEMPLATES) {
      for (const lang of LANGS) {
        const fields = fieldIds(template.variants[lang].document);
        const quotes = ['original.date', 'original.reference'].every((f) => fields.includes(f));
        expect(quotes, `${template.key} (${lang})`).toBe(template.key === 'chaser-letter');
      }
    }
  });

  it('contains no placeholder markers or slash alternatives', () => {
    const markers = ['**', '[[', ']]', '{{', '}}', '«', '»', '<<', '>>', 'His/Her', 'XXX', 'TODO'];
    for (const v of VARIANTS) {
      for (const text of visibleTexts(v)) {
        for (const marker of markers) expect(text.includes(marker), `${label(v)}: "${marker}" in "${text}"`).toBe(false);
        // "President/Prime Minister", "Estimado/a": alternatives belong in a choice node.
        expect(text, label(v)).not.toMatch(/\p{L}\/\p{L}/u);
        expect(text, label(v)).not.toMatch(/\s{2,}|\s[,.;:]/);
      }
    }
  });

  it('Spanish variants contain no common English words (a rough check), and English none Spanish', () => {
    const english = [' the ', ' and ', ' of ', ' to ', ' our ', ' your ', ' we ', ' with '];
    const spanish = [' el ', ' los ', ' las ', ' que ', ' del ', ' nuestra ', ' usted '];
    for (const v of VARIANTS) {
      const words = v.lang === 'es' ? english : spanish;
      for (const text of visibleTexts(v)) {
        const padded = ` ${text.toLowerCase()} `;
        for (const word of words) expect(padded.includes(word), `${label(v)}: "${word.trim()}" in "${text}"`).toBe(false);
      }
    }
  });

  it('say "in <country>" through country.inName, so it takes its article: "in the Netherlands", "en los Países Bajos"', () => {
    const merged = (key: string, lang: (typeof LANGS)[number], countryCode: string): string => {
      const template = EXAMPLE_TEMPLATES.find((t) => t.key === key);
      if (!template) throw new Error(key);
      const recipient: MergeContext['recipient'] = {
        name: 'A. Person',
        gender: 'female',
        officeType: 'head_of_state',
        office: '',
        email: '',
        postalAddress: '',
        countryCode,
        overrides: {},
      };
      const ctx: MergeContext = {
        language: lang,
        recipient,
        campaign: { reference: 'REF-1' },
        original: { date: '2026-10-01', reference: 'REF-0' },
        today: new Date(2026, 10, 1),
        facts: new Map(),
      };
      return plainText(mergeLetter(template.variants[lang].document, ctx).document);
    };
    expect(merged('political-prisoners-letter', 'en', 'NL')).toContain('deprived of their liberty in the Netherlands for');
    expect(merged('political-prisoners-letter', 'es', 'NL')).toContain('privadas de libertad en los Países Bajos por');
    expect(merged('follow-up-letter', 'es', 'GB')).toContain('personas detenidas en el Reino Unido por');
    expect(merged('chaser-letter', 'en', 'PH')).toContain('people detained in the Philippines for');
    expect(merged('chaser-letter', 'es', 'ES')).toContain('personas detenidas en España por');
  });

  it('names no real country: the examples stay generic until edited', () => {
    const names = listCountries().flatMap((c) => LANGS.map((lang) => c.names[lang].common));
    for (const v of VARIANTS) {
      const text = visibleTexts(v).join('\n');
      for (const name of names) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text), `${label(v)} names ${name}`).toBe(false);
      }
    }
  });
});
