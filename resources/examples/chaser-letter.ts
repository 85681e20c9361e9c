import { doc, field, p } from './build';
import type { ExampleTemplate } from './example-templates';

/*
 * A chaser: the letter "Draft a chaser" writes when a government has not
 * answered. It quotes the first letter's date and reference (the
 * `original.*` fields, filled from the letter it follows up), so the
 * recipient's office can find it, and asks again in a few lines.
 */

const en = doc(
  p(field('recipient.salutation')),
  p(
    'Further to our letter of ',
    field('original.date'),
    ', reference ',
    field('original.reference'),
    ', concerning people detained ',
    field('country.inName'),
    ' for their peaceful activism, we are writing to you again, as we have not yet had a reply.',
  ),
  p(
    'The concerns we set out then remain as pressing today. We would be grateful to learn what steps the authorities have taken, or intend to take, on each of the points raised in that letter.',
  ),
  p(
    'We would welcome a reply at your earliest convenience, and we remain ready to meet you, or anyone you may designate, to discuss these matters. A further copy of our letter can be sent on request.',
  ),
  p(field('recipient.complimentaryClose')),
);

const es = doc(
  p(field('recipient.salutation')),
  p(
    'En relación con nuestra carta de fecha ',
    field('original.date'),
    ', con referencia ',
    field('original.reference'),
    ', relativa a las personas detenidas ',
    field('country.inName'),
    ' por su activismo pacífico, nos dirigimos nuevamente a usted, ya que todavía no hemos recibido respuesta.',
  ),
  p(
    'Las preocupaciones que expusimos entonces siguen siendo igual de apremiantes. Le agradeceríamos que nos informara de las medidas que las autoridades han adoptado, o piensan adoptar, respecto de cada uno de los puntos planteados en aquella carta.',
  ),
  p(
    'Quedamos a la espera de su respuesta a la mayor brevedad y reiteramos nuestra disposición a reunirnos con usted, o con la persona que designe, para tratar estas cuestiones. Si lo desea, le haremos llegar una nueva copia de nuestra carta.',
  ),
  p(field('recipient.complimentaryClose')),
);

export const chaserLetter: ExampleTemplate = {
  key: 'chaser-letter',
  kind: 'letter',
  defaultLanguage: 'en',
  names: {
    en: 'Reminder quoting our earlier letter',
    es: 'Recordatorio con la fecha y la referencia de nuestra carta',
  },
  variants: {
    en: { title: 'Reminder about our earlier letter', document: en },
    es: { title: 'Recordatorio de nuestra carta anterior', document: es },
  },
};
