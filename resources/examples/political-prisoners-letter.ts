import { bullets, choice, condition, doc, field, p } from './build';
import type { ExampleTemplate } from './example-templates';

/*
 * A letter to a head of state or government about the people detained for
 * their peaceful activism. The export adds the address block, date,
 * reference and signatures; the body opens with the salutation field and
 * closes with the complimentary close field.
 */

const en = doc(
  p(field('recipient.salutation')),
  p(
    'We are writing to you as organisations committed to the defence of human rights, to ask for your personal attention to the situation of the people deprived of their liberty ',
    field('country.inName'),
    ' for peacefully exercising their rights to freedom of expression, association and assembly.',
  ),
  p(
    'Our concern extends to journalists, lawyers, trade unionists, students and other members of civil society who have been detained after voicing criticism, taking part in peaceful gatherings or documenting abuses. According to the information available to us, some of them have spent long periods in pre-trial detention, with very limited contact with their lawyers and relatives. Their families, too, live with uncertainty and, at times, under pressure from the authorities.',
  ),
  p(
    choice({
      by: 'officeType',
      options: {
        head_of_state: 'As Head of State, you are uniquely placed to uphold the fundamental rights guaranteed to every person.',
        head_of_government: 'As head of your Government, you have the authority to ensure that every public institution respects the fundamental rights of every person.',
      },
      other: 'Your office gives you the standing to help ensure that the fundamental rights of every person are respected.',
    }),
    ' We believe that releasing those imprisoned for peacefully exercising these rights would be an unmistakable sign of the authorities’ commitment to the rule of law.',
  ),
  condition({ kind: 'group', group: 'EU' }, [
    p(
      'As a Member State of the European Union, ',
      field('country.name'),
      ' shares the values on which the Union is founded, among them respect for human rights and the rule of law. The Charter of Fundamental Rights of the European Union gives those values concrete form, including freedom of expression and information, freedom of assembly and of association, and the right to an effective remedy and to a fair trial.',
    ),
  ]),
  condition({ kind: 'group', group: 'OAS' }, [
    p(
      'The Inter-American Democratic Charter, adopted by the member States of the Organization of American States, to which ',
      field('country.name'),
      ' belongs, recognises respect for human rights and fundamental freedoms as an essential element of representative democracy, and freedom of expression and of the press as essential components of its exercise.',
    ),
  ]),
  p('We therefore respectfully ask you to:'),
  bullets([
    'take, within your powers, the steps needed to secure the prompt and unconditional release of everyone detained solely for the peaceful exercise of their rights;',
    'ensure that, until they are released, all detainees have regular and confidential access to a lawyer of their choice, to their families and to the medical care they need;',
    'allow independent observers, including national human rights institutions and international monitoring bodies, to visit places of detention without hindrance;',
    'bring to an end the surveillance, intimidation and judicial harassment of human rights defenders, journalists and their families;',
    'let us know, in reply to this letter, what steps the authorities intend to take.',
  ]),
  p(
    'We would be honoured to meet you, or anyone you may designate, at a time convenient to you, to discuss these concerns in a constructive spirit.',
  ),
  p('Thank you for your attention to this letter. We look forward to your reply.'),
  p(field('recipient.complimentaryClose')),
);

const es = doc(
  p(field('recipient.salutation')),
  p(
    'Nos dirigimos a usted, como organizaciones comprometidas con la defensa de los derechos humanos, para solicitar su atención personal sobre la situación de las personas privadas de libertad ',
    field('country.inName'),
    ' por ejercer pacíficamente sus derechos a la libertad de expresión, de asociación y de reunión.',
  ),
  p(
    'Nuestra preocupación alcanza a periodistas, abogados, sindicalistas, estudiantes y otros miembros de la sociedad civil que han sido detenidos tras expresar críticas, participar en concentraciones pacíficas o documentar abusos. Según la información de que disponemos, algunos de ellos han pasado largos periodos en prisión preventiva, con un contacto muy limitado con sus abogados y familiares. También sus familias viven en la incertidumbre y, en ocasiones, bajo la presión de las autoridades.',
  ),
  p(
    choice({
      by: 'officeType',
      options: {
        head_of_state: 'Como máxima autoridad del Estado, usted ocupa una posición singular para velar por los derechos fundamentales que asisten a toda persona.',
        head_of_government: 'Al frente del Gobierno, usted tiene la autoridad necesaria para asegurar que todas las instituciones públicas respeten los derechos fundamentales de cada persona.',
      },
      other: 'Su cargo le confiere la autoridad necesaria para contribuir a que se respeten los derechos fundamentales de cada persona.',
    }),
    ' Creemos que la liberación de quienes han sido encarcelados por ejercer pacíficamente esos derechos sería una señal inequívoca del compromiso de las autoridades con el Estado de derecho.',
  ),
  condition({ kind: 'group', group: 'EU' }, [
    p(
      'Como Estado miembro de la Unión Europea, ',
      field('country.name'),
      ' comparte los valores en los que se fundamenta la Unión, entre ellos el respeto de los derechos humanos y el Estado de derecho. La Carta de los Derechos Fundamentales de la Unión Europea concreta esos valores en derechos como la libertad de expresión y de información, la libertad de reunión y de asociación, y el derecho a la tutela judicial efectiva y a un juez imparcial.',
    ),
  ]),
  condition({ kind: 'group', group: 'OAS' }, [
    p(
      'La Carta Democrática Interamericana, adoptada por los Estados miembros de la Organización de los Estados Americanos, a la que pertenece ',
      field('country.name'),
      ', reconoce el respeto a los derechos humanos y las libertades fundamentales como elemento esencial de la democracia representativa, y la libertad de expresión y de prensa como componentes fundamentales de su ejercicio.',
    ),
  ]),
  p('Por todo ello, le solicitamos respetuosamente que:'),
  bullets([
    'adopte, en el ámbito de sus competencias, las medidas necesarias para lograr la pronta e incondicional liberación de todas las personas detenidas únicamente por ejercer de forma pacífica sus derechos;',
    'garantice que, mientras permanezcan privadas de libertad, todas ellas tengan acceso regular y confidencial a un abogado de su elección, a sus familias y a la atención médica que necesiten;',
    'permita que observadores independientes, incluidas las instituciones nacionales de derechos humanos y los órganos internacionales de supervisión, visiten sin trabas los lugares de detención;',
    'ponga fin a la vigilancia, la intimidación y el acoso judicial que sufren las personas defensoras de derechos humanos, los periodistas y sus familias;',
    'nos haga saber, en respuesta a esta carta, qué medidas tienen previsto adoptar las autoridades.',
  ]),
  p(
    'Tendríamos mucho gusto en reunirnos con usted, o con la persona que designe, en la fecha que mejor le convenga, para abordar estas cuestiones con ánimo constructivo.',
  ),
  p('Le agradecemos la atención prestada a esta carta y quedamos a la espera de su respuesta.'),
  p(field('recipient.complimentaryClose')),
);

export const politicalPrisonersLetter: ExampleTemplate = {
  key: 'political-prisoners-letter',
  kind: 'letter',
  defaultLanguage: 'en',
  names: {
    en: 'Political prisoners: letter to a head of state or government',
    es: 'Presos políticos: carta a un jefe de Estado o de Gobierno',
  },
  variants: {
    en: { title: 'People detained for their peaceful activism', document: en },
    es: { title: 'Personas detenidas por su activismo pacífico', document: es },
  },
};
