import { doc, numbered, p } from './build';
import type { ExampleTemplate } from './example-templates';

/*
 * A statement in the form of a resolution, for organisations to endorse. The
 * export adds the place-and-date line and the "Endorsed by" list; the body
 * has no salutation, no close and no merge fields, since a statement is not
 * addressed to one recipient.
 */

const en = doc(
  p('The organisations endorsing this statement,'),
  p(
    'Considering that the defence of human rights is a legitimate activity protected by international law, and that no one should be deprived of their liberty for reporting abuses, representing victims or taking part in peaceful assembly;',
  ),
  p(
    'Recalling the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights and the United Nations Declaration on Human Rights Defenders, which set out the duty of States to protect those who, individually or together with others, promote and defend human rights;',
  ),
  p(
    'Noting with deep concern that human rights defenders, lawyers and journalists continue to be detained, prosecuted or kept under surveillance because of their peaceful work, and that many of them are held without prompt access to counsel, to their families or to medical care;',
  ),
  p('Convinced that lasting stability rests on institutions that tolerate criticism and protect those who voice it;'),
  p('Resolve:'),
  numbered([
    'To call for the immediate and unconditional release of everyone detained solely for the peaceful exercise of their rights, and for all charges against them to be dropped.',
    'To urge the authorities concerned to guarantee, until their release, humane conditions of detention, regular family visits, confidential access to a lawyer of their choice and adequate medical care.',
    'To ask that independent national and international observers, including the relevant United Nations special procedures, be given unhindered access to places of detention.',
    'To call for an end to the surveillance, travel bans, smear campaigns and other forms of harassment directed at human rights defenders and their relatives.',
    'To invite governments, parliaments and intergovernmental organisations to raise these cases in their bilateral contacts and in multilateral forums, and to make them a regular part of their dialogue on human rights.',
    'To follow developments closely and to return to this matter should no progress be made.',
  ]),
);

const es = doc(
  p('Las organizaciones que suscriben esta declaración,'),
  p(
    'Considerando que la defensa de los derechos humanos es una actividad legítima, amparada por el derecho internacional, y que nadie debe ser privado de libertad por denunciar abusos, representar a víctimas o participar en reuniones pacíficas;',
  ),
  p(
    'Recordando la Declaración Universal de Derechos Humanos, el Pacto Internacional de Derechos Civiles y Políticos y la Declaración de las Naciones Unidas sobre los Defensores de los Derechos Humanos, que establecen el deber de los Estados de proteger a quienes, individual o colectivamente, promueven y defienden los derechos humanos;',
  ),
  p(
    'Observando con profunda preocupación que se sigue deteniendo, procesando o vigilando a personas defensoras de derechos humanos, a abogados y a periodistas por su labor pacífica, y que muchas de esas personas permanecen privadas de libertad sin acceso inmediato a asistencia letrada, a sus familias o a atención médica;',
  ),
  p('Convencidas de que la estabilidad duradera descansa en instituciones que toleran la crítica y protegen a quienes la expresan;'),
  p('Resuelven:'),
  numbered([
    'Exigir la liberación inmediata e incondicional de todas las personas detenidas únicamente por el ejercicio pacífico de sus derechos, así como la retirada de todos los cargos en su contra.',
    'Instar a las autoridades competentes a garantizar, mientras no se produzca su excarcelación, condiciones de reclusión dignas, visitas familiares periódicas, acceso confidencial a un abogado de su elección y una atención médica adecuada.',
    'Solicitar que se permita a observadores independientes, nacionales e internacionales, incluidos los procedimientos especiales de las Naciones Unidas competentes, acceder sin restricciones a los lugares de detención.',
    'Pedir el cese de la vigilancia, las prohibiciones de viajar, las campañas de desprestigio y cualquier otra forma de hostigamiento contra las personas defensoras de derechos humanos y sus familiares.',
    'Invitar a los gobiernos, los parlamentos y los organismos intergubernamentales a plantear estos casos en sus contactos bilaterales y en los foros multilaterales, y a incorporarlos de forma habitual a su diálogo en materia de derechos humanos.',
    'Seguir de cerca la evolución de la situación y volver a ocuparse de ella si no se observan avances.',
  ]),
);

export const resolutionStatement: ExampleTemplate = {
  key: 'resolution-statement',
  kind: 'statement',
  defaultLanguage: 'en',
  names: {
    en: 'Resolution: detention of human rights defenders',
    es: 'Resolución: detención de personas defensoras de derechos humanos',
  },
  variants: {
    en: { title: 'Statement on the detention of human rights defenders', document: en },
    es: { title: 'Declaración sobre la detención de personas defensoras de derechos humanos', document: es },
  },
};
