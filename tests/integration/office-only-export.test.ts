import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch';
import type { Handlers } from '../../electron/core/api/handler-types';
import type { CampaignSummary } from '../../shared/campaigns/schemas';
import type { Recipient } from '../../shared/recipients/schemas';
import type { Signer } from '../../shared/senders/schemas';
import type { Template } from '../../shared/templates/schemas';
import { ORGANISATION, TEMPLATE_VARIANTS, exportThroughApi, type ExportedFiles } from '../helpers/eu-letter-campaign';
import { openTempWorkspace, type TempWorkspace } from '../helpers/temp-workspace';
import { readWithPythonDocx, requireTools } from '../unit/exports/docx/helpers';

/*
 * An office whose holder is not known yet, exported: the letter to the Prime
 * Minister of France, in English, Spanish and French, read back by
 * python-docx, opens its address with the honorific and the office ("His
 * Excellency the Prime Minister of the French Republic"), never a bare
 * "H.E." line or an empty name, and has the office's salutation and close.
 */

async function call<T>(handlers: Handlers, name: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.data as T;
}

const EXPECTED = {
  en: {
    office: 'Prime Minister',
    address: ['His Excellency the Prime Minister of the French Republic', 'France'],
    salutation: 'Excellency,',
    close: 'Please accept, Excellency, the assurances of my highest consideration.',
  },
  es: {
    office: 'Primer Ministro',
    address: ['Su Excelencia el Primer Ministro de la República Francesa', 'Francia'],
    salutation: 'Excelencia:',
    close: 'Le ruego acepte, Excelencia, el testimonio de mi más alta consideración.',
  },
  fr: {
    office: 'Premier ministre',
    address: ['Son Excellence le Premier ministre de la République française', 'France'],
    salutation: 'Excellence,',
    close: "Je vous prie d'agréer, Excellence, l'expression de ma très haute considération.",
  },
} as const;

let t: TempWorkspace;
let exported: ExportedFiles;
const recipients = new Map<string, Recipient>();

beforeAll(async () => {
  requireTools('python-docx');
  t = await openTempWorkspace();
  await call(t.handlers, 'organisation.update', { ...ORGANISATION });
  const signer = await call<Signer>(t.handlers, 'signers.create', { name: 'Marta Vidal Ruiz', title: 'Executive Director' });
  const created = await call<Template>(t.handlers, 'templates.create', { name: 'Office only', kind: 'letter', defaultLanguage: 'en', paperSize: 'A4' });
  for (const variant of TEMPLATE_VARIANTS) await call(t.handlers, 'templates.saveVariant', { templateId: created.id, ...variant });
  for (const [language, { office }] of Object.entries(EXPECTED)) {
    const fields = {
      countryCode: 'FR',
      office,
      name: '',
      gender: 'unspecified',
      email: '',
      postalAddress: '',
      language,
      tags: [],
      notes: '',
      verifiedOn: null,
    };
    const recipient = await call<Recipient>(t.handlers, 'recipients.create', fields);
    expect(recipient).toMatchObject({ officeType: 'head_of_government', toVerify: true });
    recipients.set(language, recipient);
  }
  const campaign = await call<CampaignSummary>(t.handlers, 'campaigns.create', {
    name: 'To the Prime Minister of France',
    templateId: created.id,
    letterDate: '2026-03-09',
    referencePrefix: 'OFF',
    signerIds: [signer.id],
    endorserIds: [],
    recipients: { by: 'ids', ids: [...recipients.values()].map((r) => r.id) },
  });
  // The holder is not known, so each letter needs attention: exported all the same, as the user may choose.
  exported = await exportThroughApi(t.handlers, campaign.id, 'files', true);
}, 120_000);

afterAll(() => t?.cleanup());

describe('an office-only recipient, exported to DOCX and read back with python-docx', () => {
  it.each(Object.entries(EXPECTED))('%s: the first address line names the office with its honorific', (language, expected) => {
    expect(exported.files).toHaveLength(3);
    const files = exported.files.filter((f) => f.name.normalize('NFC').includes(expected.office));
    expect(
      files.map((f) => f.name),
      language,
    ).toHaveLength(1);
    const paragraphs = readWithPythonDocx(files[0].bytes)
      .blocks.filter((b) => b.kind === 'p')
      .flatMap((b) => (b.text ?? '').split('\n'))
      .map((line) => line.trim())
      .filter(Boolean);
    const first = paragraphs.indexOf(expected.address[0]);
    expect(first, paragraphs.join('\n')).toBeGreaterThan(0);
    expect(paragraphs.slice(first, first + 2)).toEqual(expected.address);
    expect(paragraphs.filter((line) => line === expected.address[0])).toHaveLength(1);
    expect(paragraphs[first + 2]).toBe(expected.salutation);
    expect(paragraphs).toContain(expected.close);
    for (const line of paragraphs) expect(line).not.toMatch(/^(H\.E\.|Su Excelencia|Son Excellence|His Excellency)$/);
  });
});
