import path from 'node:path';
import { Option } from 'commander';
import { LANGUAGES, type Recipient } from '../../shared/recipients/schemas';
import type { PlaceholderMapping } from '../../shared/templates/contract';
import { TEMPLATE_VOICES, type TemplateVoice } from '../../shared/templates/schemas';
import type { RegisterCommands } from '../cli-context';
import { call } from './call';
import { readInputFile } from './input-files';

/*
 * letterdesk templates import FILE [--name N] [--language L] [--no-address-block] [--no-salutation] [--no-close] [--voice V]
 * letterdesk templates list
 */

function describeMapping(mapping: PlaceholderMapping): string {
  switch (mapping.type) {
    case 'field':
      return `{${mapping.field}}${mapping.format ? ` (${mapping.format})` : ''}`;
    case 'choice':
      return `choice by ${mapping.by === 'gender' ? 'gender' : 'office'}: ${Object.entries(mapping.options)
        .map(([k, v]) => `${k} "${v}"`)
        .join(', ')}`;
    case 'text':
      return `text "${mapping.text}"`;
    case 'unmapped':
      return 'NOT MAPPED: review it in the app before using the template';
  }
}

export const registerTemplateCommands: RegisterCommands = (program, ctx) => {
  const templates = program.command('templates').description('import and list letter templates').exitOverride();

  templates
    .command('import')
    .description('import a letter (.docx, .txt, .md, .html) as a template, turning its placeholders into merge fields')
    .argument('<file>', 'the letter to import')
    .option('--name <name>', 'name of the new template (default: from the letter)')
    .addOption(new Option('--language <lang>', "the letter's language (default: detected)").choices(LANGUAGES))
    .option('--no-address-block', "keep the address lines at the top as written, instead of the recipient's address block")
    .option('--no-salutation', 'do not add the salutation to a letter that has none')
    .option('--no-close', 'do not add the complimentary close to a letter that has none')
    .addOption(
      new Option('--voice <voice>', 'who the close speaks for: singular ("my"), plural ("our"), auto (default: from the letter)').choices(TEMPLATE_VOICES),
    )
    .exitOverride()
    .action(
      async (
        file: string,
        opts: { name?: string; language?: Recipient['language']; addressBlock: boolean; salutation: boolean; close: boolean; voice?: TemplateVoice },
      ) => {
        const bytes = readInputFile(file);
        const result = await ctx.withWorkspace((ws) =>
          call(ws, 'templates.import', {
            fileName: path.basename(file),
            contentBase64: bytes.toString('base64'),
            name: opts.name,
            language: opts.language,
            proposals: { addressBlock: opts.addressBlock, salutation: opts.salutation, close: opts.close },
            voice: opts.voice,
            commit: true,
          }),
        );
        const { offers } = result.preview;
        const added = (offered: boolean, on: boolean, what: string) => (offered ? [`  ${on ? 'added' : 'not added'}: ${what}`] : []);
        const proposalLines = [
          ...(offers.addressLines
            ? [`  address lines at the top  ->  ${opts.addressBlock ? "{recipient.addressBlock}, the recipient's whole address" : 'kept as written'}`]
            : []),
          ...added(offers.salutation, opts.salutation, '{recipient.salutation} before the first paragraph'),
          ...added(offers.close, opts.close, '{recipient.complimentaryClose} at the end'),
          `  voice of the close: ${result.preview.voice}`,
        ];
        const lines = [
          `Created template ${result.template?.id}  ${result.template?.name} (${result.preview.language}, from ${result.preview.format})`,
          ...result.preview.placeholders.map(
            (p) =>
              `  ${p.raw}  ->  ${describeMapping(p.mapping)}${p.occurrences > 1 ? `  (${p.occurrences} times)` : ''}${p.inAddressOnly ? '  (address lines only: replaced by the address block)' : ''}`,
          ),
          ...proposalLines,
          ...result.preview.warnings.map((w) => `warning: ${w.message}`),
        ];
        if (result.preview.placeholders.length === 0) lines.splice(1, 0, '  No placeholders found.');
        ctx.print(
          {
            id: result.template?.id,
            name: result.template?.name,
            language: result.preview.language,
            placeholders: result.preview.placeholders,
            offers,
            voice: result.preview.voice,
            warnings: result.preview.warnings,
          },
          lines.join('\n'),
        );
      },
    );

  templates
    .command('list')
    .description('list templates')
    .exitOverride()
    .action(async () => {
      const list = await ctx.withWorkspace((ws) => call(ws, 'templates.list', {}));
      const text =
        list.length === 0
          ? 'No templates yet.'
          : list.map((t) => `${t.id}  ${t.name}  [${t.kind}; ${t.languages.join(', ')}]${t.isExample ? '  (example)' : ''}`).join('\n');
      ctx.print(list, text);
    });
};
