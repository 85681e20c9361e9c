import { Document, Packer, Paragraph, TextRun } from 'docx';

/*
 * A coalition's own letter as it keeps it in Word, shaped like the letters
 * partners send: address lines at the top with placeholders ("His/Her
 * Excellency", **NAME OF THE PRESIDENT**, "President/Prime Minister of the
 * Republic of **COUNTRY**"), two empty lines, a text that speaks as "we"
 * with points set off by "·", and no salutation and no complimentary close.
 * The sentences are written for these tests; the situation is fictional.
 */

const line = (...runs: string[]) => new Paragraph({ children: runs.map((text) => new TextRun(text)) });

export async function ownLetterDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          line('His/Her Excellency'),
          line('**NAME OF THE PRESIDENT**'),
          line('President/Prime Minister of the Republic of ', '**COUNTRY**'),
          line(''),
          line(''),
          line(
            'We are writing to you as a coalition of organisations that support independent journalism, to ask that ',
            '**COUNTRY**',
            ' speak up for the reporters held in Varnesse since the spring, several of them without any charge.',
          ),
          line('Their colleagues and families have told us the following:'),
          line('· Eleven reporters have been held for more than six months, four of them in solitary confinement.'),
          line('· Their lawyers have been refused copies of the case files.'),
          line('· Two newspapers that reported on the arrests have had their licences withdrawn.'),
          line(
            'We respectfully ask that you raise these cases with the authorities of Varnesse, and that you support the call of the regional press freedom mechanism for their release.',
          ),
          line('We would be glad to brief your office on each case and remain at your disposal.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
