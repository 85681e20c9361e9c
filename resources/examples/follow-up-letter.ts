import { doc, field, p } from './build';
import type { ExampleTemplate } from './example-templates';

/*
 * A reminder for a letter left unanswered. It cites the campaign reference
 * (so the recipient's office can trace the first letter) and repeats its
 * requests in brief.
 */

const en = doc(
  p(field('recipient.salutation')),
  p(
    'We refer to our letter (reference ',
    field('campaign.reference'),
    ') concerning the people detained ',
    field('country.inName'),
    ' for their peaceful activism. As we have not yet received a reply, we take the liberty of writing to you again.',
  ),
  p(
    'In that letter, we asked that those held solely for expressing their views peacefully be released; that, in the meantime, they be guaranteed access to their lawyers, to their families and to medical care; and that independent observers be allowed to visit places of detention. These concerns have lost none of their urgency.',
  ),
  p(
    'We would therefore be grateful for a reply at your earliest convenience, setting out the steps the authorities have taken or intend to take. We also renew our offer to meet you, or anyone you may designate, to discuss these matters.',
  ),
  p('Should it be of use, we would be glad to send you a further copy of our earlier letter.'),
  p(field('recipient.complimentaryClose')),
);

const es = doc(
  p(field('recipient.salutation')),
  p(
    'Nos referimos a nuestra carta (referencia ',
    field('campaign.reference'),
    ') relativa a las personas detenidas ',
    field('country.inName'),
    ' por su activismo pacífico. Como hasta la fecha no hemos recibido respuesta, nos permitimos dirigirnos de nuevo a usted.',
  ),
  p(
    'En ella solicitábamos que se pusiera en libertad a quienes siguen detenidos únicamente por haber expresado sus opiniones de forma pacífica; que, entretanto, se les garantizara el acceso a sus abogados, a sus familias y a la atención médica, y que se permitiera a observadores independientes visitar los lugares de detención. Estas preocupaciones siguen siendo igual de apremiantes.',
  ),
  p(
    'Le agradeceríamos, por tanto, que nos hiciera llegar a la mayor brevedad una respuesta en la que se indiquen las medidas que las autoridades han adoptado o tienen previsto adoptar. Reiteramos asimismo nuestra disposición a reunirnos con usted, o con la persona que designe, para tratar estas cuestiones.',
  ),
  p('Si le resultara útil, con mucho gusto le haremos llegar una nueva copia de nuestra carta anterior.'),
  p(field('recipient.complimentaryClose')),
);

export const followUpLetter: ExampleTemplate = {
  key: 'follow-up-letter',
  kind: 'letter',
  defaultLanguage: 'en',
  names: {
    en: 'Follow-up to an unanswered letter',
    es: 'Recordatorio de una carta sin respuesta',
  },
  variants: {
    en: { title: 'Follow-up to our earlier letter', document: en },
    es: { title: 'Seguimiento de nuestra carta anterior', document: es },
  },
};
