import { bullets, doc, field, p } from '../../resources/examples/build';
import type { ExportJobStatus } from '../../shared/exports/contract';
import type { CampaignSummary } from '../../shared/campaigns/schemas';
import type { Recipient } from '../../shared/recipients/schemas';
import type { Endorser, Organisation, Signer } from '../../shared/senders/schemas';
import type { Template } from '../../shared/templates/schemas';
import type { LetterDocument } from '../../shared/letter/document';
import { dispatch } from '../../electron/core/api/dispatch';
import type { Handlers } from '../../electron/core/api/handler-types';
import { testLogo, testSignature } from './test-images';

/*
 * What a new user does before exporting a joint letter to the EU heads of
 * government, done through the same API operations the UI calls: the
 * organisation and its logo, two signers with scanned signatures, four
 * endorsing organisations (one declined), a template in three languages,
 * the EU heads of government added as offices and then filled in one by one,
 * and the campaign. Everything is fixed (names, date, reference prefix,
 * images), so the letters come out the same on every run.
 *
 * The people are invented; the letter is written for these tests.
 */

export const LETTER_DATE = '2026-03-09';
export const REFERENCE_PREFIX = 'ODRN';

export const ORGANISATION = {
  name: 'Open Doors Rights Network',
  address: "Rue de l'Exemple 14\n1040 Brussels\nBelgium",
  contacts: 'info@opendoors.example.org · +32 2 555 01 23',
  place: 'Brussels',
  paperSize: 'A4',
} as const;

export const SIGNERS = [
  { name: 'Marta Vidal Ruiz', title: 'Executive Director' },
  { name: 'Samuel Okafor', title: 'Chair of the Board' },
] as const;

export const ENDORSERS = [
  { name: 'Nordic Centre for Detention Monitoring', countryCode: 'SE', status: 'agreed' },
  { name: 'Association for Open Courts', countryCode: 'PT', status: 'agreed' },
  { name: 'Civic Space Observatory', countryCode: null, status: 'agreed' },
  { name: 'Quiet Diplomacy Forum', countryCode: 'AT', status: 'declined' },
] as const;

type Holder = { name: string; gender: 'female' | 'male'; language: 'en' | 'es' | 'fr' };

/** An invented holder for each EU head of government; letters go in English unless the holder reads Spanish or French. */
export const EU_HEADS: Record<string, Holder> = {
  AT: { name: 'Johanna Beispiel', gender: 'female', language: 'en' },
  BE: { name: 'Luc Exemple', gender: 'male', language: 'fr' },
  BG: { name: 'Petar Primerov', gender: 'male', language: 'en' },
  CY: { name: 'Eleni Paradeigma', gender: 'female', language: 'en' },
  CZ: { name: 'Tomáš Příklad', gender: 'male', language: 'en' },
  DE: { name: 'Greta Musterfrau', gender: 'female', language: 'en' },
  DK: { name: 'Karen Eksempel', gender: 'female', language: 'en' },
  EE: { name: 'Kadri Näide', gender: 'female', language: 'en' },
  ES: { name: 'Lucía Ejemplo Ficticia', gender: 'female', language: 'es' },
  FI: { name: 'Aino Esimerkki', gender: 'female', language: 'en' },
  FR: { name: 'Claire Exemple', gender: 'female', language: 'fr' },
  GR: { name: 'Nikos Paradeigmatis', gender: 'male', language: 'en' },
  HR: { name: 'Ivan Primjer', gender: 'male', language: 'en' },
  HU: { name: 'Zoltán Példa', gender: 'male', language: 'en' },
  IE: { name: 'Siobhán Sampla', gender: 'female', language: 'en' },
  IT: { name: 'Marco Esempio', gender: 'male', language: 'en' },
  LT: { name: 'Rūta Pavyzdys', gender: 'female', language: 'en' },
  LU: { name: 'Paul Beispill', gender: 'male', language: 'fr' },
  LV: { name: 'Jānis Piemērs', gender: 'male', language: 'en' },
  MT: { name: 'Joseph Eżempju', gender: 'male', language: 'en' },
  NL: { name: 'Pieter Voorbeeld', gender: 'male', language: 'en' },
  PL: { name: 'Anna Przykład', gender: 'female', language: 'en' },
  PT: { name: 'João Exemplo', gender: 'male', language: 'en' },
  RO: { name: 'Ioana Exemplu', gender: 'female', language: 'en' },
  SE: { name: 'Erik Exempel', gender: 'male', language: 'en' },
  SI: { name: 'Maja Primer', gender: 'female', language: 'en' },
  SK: { name: 'Juraj Príklad', gender: 'male', language: 'en' },
};

export const TEMPLATE_NAME = 'Joint letter: defenders in detention (EU heads of government)';

const english = doc(
  p(field('recipient.salutation')),
  p(
    'We, the undersigned civil society organisations, write to you ahead of the next meeting of the European Council to ask that ',
    field('country.officialNameWithArticle'),
    ' speak up, in the Council and in its own relations with other states, for the human rights defenders who remain in prison around the world for work that is entirely peaceful.',
  ),
  p(
    'Across our networks the same pattern repeats itself. People who document abuses, defend detainees in court or report on public affairs are arrested on vague charges, held for months before any trial and kept from their families. Each of these cases also tests the commitments that every member state of the Union has made, and repeated, in its own name.',
  ),
  p('Our partners in ', field('country.name'), ' and across the Union are ready to share their case files with your officials. We ask your Government to:'),
  bullets([
    'raise the cases of detained defenders, by name, in its contacts with the governments concerned;',
    'ensure that its embassies observe trials of defenders and visit them in detention wherever they can;',
    'support, within the European Council, a common position that makes their release a priority of the Union.',
  ]),
  p('We would welcome the chance to discuss these requests with you or with a member of your staff.'),
  p(field('recipient.complimentaryClose')),
);

const spanish = doc(
  p(field('recipient.salutation')),
  p(
    'Las organizaciones de la sociedad civil abajo firmantes nos dirigimos a usted ante la próxima reunión del Consejo Europeo para pedir que ',
    // Standing alone, not after "de": the merge has no field that contracts "de el" into "del".
    field('country.officialNameWithArticle'),
    ' alce la voz, en el Consejo y en sus propias relaciones con otros Estados, por las personas defensoras de derechos humanos que siguen en prisión en todo el mundo por una labor del todo pacífica.',
  ),
  p(
    'En nuestras redes se repite el mismo patrón. Quienes documentan abusos, defienden a personas detenidas ante los tribunales o informan sobre asuntos públicos son arrestados con cargos imprecisos, pasan meses detenidos sin juicio y son apartados de sus familias.',
  ),
  p('Nuestras organizaciones asociadas están dispuestas a compartir sus expedientes con su equipo. Pedimos a su Gobierno que:'),
  bullets([
    'plantee los casos de las personas defensoras detenidas, con nombre y apellidos, ante los gobiernos concernidos;',
    'procure que sus embajadas observen los juicios y visiten a las personas detenidas siempre que sea posible;',
    'apoye, en el Consejo Europeo, una posición común que haga de su liberación una prioridad de la Unión.',
  ]),
  p('Quedamos a su disposición para conversar sobre estas peticiones con usted o con un miembro de su equipo.'),
  p(field('recipient.complimentaryClose')),
);

const french = doc(
  p(field('recipient.salutation')),
  p(
    'Nous, organisations de la société civile soussignées, vous écrivons avant la prochaine réunion du Conseil européen pour demander que ',
    // Standing alone, not after "de": the merge has no field that contracts "de le" into "du".
    field('country.officialNameWithArticle'),
    ' prenne la parole, au Conseil comme dans ses propres relations avec d’autres États, en faveur des défenseurs des droits humains qui restent emprisonnés dans le monde pour une action entièrement pacifique.',
  ),
  p(
    'Dans nos réseaux, le même schéma se répète. Les personnes qui documentent des abus, défendent des détenus devant les tribunaux ou rendent compte des affaires publiques sont arrêtées sur la base d’accusations vagues, détenues des mois sans procès et tenues à l’écart de leurs familles.',
  ),
  p('Nos partenaires sont prêts à transmettre leurs dossiers à vos services. Nous demandons à votre gouvernement :'),
  bullets([
    'd’évoquer les cas des défenseurs détenus, nommément, auprès des gouvernements concernés ;',
    'de veiller à ce que ses ambassades assistent aux procès et rendent visite aux détenus chaque fois que possible ;',
    'de soutenir, au sein du Conseil européen, une position commune qui fasse de leur libération une priorité de l’Union.',
  ]),
  p('Nous serions heureux d’échanger sur ces demandes avec vous ou avec un membre de votre cabinet.'),
  p(field('recipient.complimentaryClose')),
);

export const TEMPLATE_VARIANTS: { language: 'en' | 'es' | 'fr'; document: LetterDocument }[] = [
  { language: 'en', document: english },
  { language: 'es', document: spanish },
  { language: 'fr', document: french },
];

export interface EuCampaign {
  campaign: CampaignSummary;
  organisation: Organisation;
  signers: Signer[];
  endorsers: Endorser[];
  template: Template;
  /** Recipients by country code. */
  recipients: Map<string, Recipient>;
  images: { logo: Buffer; signatures: Buffer[] };
}

async function call<T>(handlers: Handlers, name: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.data as T;
}

const base64 = (bytes: Buffer) => bytes.toString('base64');

/**
 * Sets up the organisation, signers, endorsers, template, recipients and
 * campaign. `fillIn` names the countries whose holder the user has looked up
 * (default: all 27); the others stay "holder to verify" and need attention.
 */
export async function buildEuCampaign(handlers: Handlers, fillIn: readonly string[] = Object.keys(EU_HEADS)): Promise<EuCampaign> {
  const logo = await testLogo();
  const signatures = [await testSignature(1), await testSignature(2)];

  await call(handlers, 'organisation.update', { ...ORGANISATION });
  const organisation = await call<Organisation>(handlers, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: base64(logo) });

  const signers: Signer[] = [];
  for (const [i, fields] of SIGNERS.entries()) {
    const signer = await call<Signer>(handlers, 'signers.create', { ...fields });
    signers.push(
      await call<Signer>(handlers, 'signers.setSignature', { id: signer.id, fileName: `signature-${i + 1}.png`, contentBase64: base64(signatures[i]) }),
    );
  }
  const endorsers: Endorser[] = [];
  for (const fields of ENDORSERS) endorsers.push(await call<Endorser>(handlers, 'endorsers.create', { ...fields }));

  const created = await call<Template>(handlers, 'templates.create', { name: TEMPLATE_NAME, kind: 'letter', defaultLanguage: 'en', paperSize: 'A4' });
  for (const variant of TEMPLATE_VARIANTS) await call(handlers, 'templates.saveVariant', { templateId: created.id, ...variant });
  const template = await call<Template>(handlers, 'templates.get', { id: created.id });

  await call(handlers, 'recipients.addGroupOffices', { group: 'EU', officeType: 'head_of_government', tags: ['eu-council'] });
  const { rows } = await call<{ rows: Recipient[] }>(handlers, 'recipients.list', { group: 'EU', limit: 500 });
  const recipients = new Map<string, Recipient>();
  const today = new Date().toISOString().slice(0, 10);
  for (const row of rows) {
    const holder = EU_HEADS[row.countryCode];
    if (!fillIn.includes(row.countryCode)) {
      recipients.set(row.countryCode, row);
      continue;
    }
    const { countryCode, office, officeType, email, postalAddress, tags, notes, overrides } = row;
    const fields = { countryCode, office, officeType, email, postalAddress, tags, notes, overrides, ...holder, verifiedOn: today };
    const updated = await call<Recipient>(handlers, 'recipients.update', { id: row.id, fields });
    recipients.set(row.countryCode, updated);
  }

  const campaign = await call<CampaignSummary>(handlers, 'campaigns.create', {
    name: 'Defenders in detention: EU heads of government',
    templateId: template.id,
    letterDate: LETTER_DATE,
    referencePrefix: REFERENCE_PREFIX,
    signerIds: signers.map((s) => s.id),
    endorserIds: endorsers.map((e) => e.id),
    recipients: { by: 'group', group: 'EU', officeType: 'head_of_government' },
  });
  return { campaign, organisation, signers, endorsers, template, recipients, images: { logo, signatures } };
}

export interface ExportedFiles {
  status: ExportJobStatus;
  files: { name: string; bytes: Buffer }[];
}

/** Exports as the UI does in browser mode: start a job, poll it until it ends, download each file (with the letters needing attention, if asked). */
export async function exportThroughApi(
  handlers: Handlers,
  campaignId: string,
  format: 'files' | 'zip' | 'combined',
  includeAttention = false,
): Promise<ExportedFiles> {
  const { jobId } = await call<{ jobId: string }>(handlers, 'exports.start', { campaignId, format, includeAttention });
  let status = await call<ExportJobStatus>(handlers, 'exports.status', { jobId });
  for (let wait = 0; status.state === 'running'; wait++) {
    if (wait > 6000) throw new Error('the export did not finish within a minute');
    await new Promise((resolve) => setTimeout(resolve, 10));
    status = await call<ExportJobStatus>(handlers, 'exports.status', { jobId });
  }
  if (status.state !== 'done') throw new Error(`the export ended ${status.state}: ${status.message}`);
  const files: ExportedFiles['files'] = [];
  for (const index of status.files.keys()) {
    const file = await call<{ fileName: string; contentBase64: string }>(handlers, 'exports.download', { jobId, index });
    files.push({ name: file.fileName, bytes: Buffer.from(file.contentBase64, 'base64') });
  }
  return { status, files };
}
