import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/**
 * A short appeal as an NGO would keep it in Word, placeholders and all:
 * **CAPITALS** for the blanks, "His/Her" and "President/Prime Minister of
 * the Republic of COUNTRY" for the forms of address, and one blank
 * (DEADLINE) that Letterdesk cannot know. The text is fictional.
 */
export async function appealLetterDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Appeal for the release of detained journalists', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('His/Her Excellency')] }),
          new Paragraph({ children: [new TextRun('**NAME OF THE PRESIDENT**')] }),
          new Paragraph({ children: [new TextRun('President/Prime Minister of the Republic of '), new TextRun('**COUNTRY**')] }),
          new Paragraph({ children: [new TextRun('Your Excellency,')] }),
          new Paragraph({
            children: [
              new TextRun('We write on behalf of the Harbour Light Press Network about the journalists held without charge in '),
              new TextRun('**COUNTRY**'),
              new TextRun('. Their families have not been allowed to see them for many weeks.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('We respectfully ask that they be released, or brought before an independent court, by '),
              new TextRun('**DEADLINE**'),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ children: [new TextRun('We thank you for your attention and remain at your disposal.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
