import type { Block, Field, Inline, Para, Picture, Run, Table } from './context';

/*
 * WordprocessingML for the blocks of context.ts, written as strings. Elements
 * come in the order the schema gives them (CT_PPr, CT_RPr), as Word insists.
 */

// Markup, and the characters XML 1.0 forbids (a control character would make Word refuse the file).
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped. */
export function esc(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? '') : text;
}

/** Where the part being written keeps its relationships, and the file's drawing ids. */
export interface PartWriter {
  /** The relationship id of a picture's media file, from this part. */
  image: (picture: Picture) => string;
  /** The relationship id of an external link, from this part. */
  link: (href: string) => string;
  /** A drawing id, unique in the file. */
  drawingId: () => number;
}

function rPr(r: Omit<Run, 'k' | 'text'>): string {
  let s = '';
  if (r.style) s += `<w:rStyle w:val="${r.style}"/>`;
  if (r.bold) s += '<w:b/><w:bCs/>';
  if (r.italics) s += '<w:i/><w:iCs/>';
  if (r.color) s += `<w:color w:val="${r.color}"/>`;
  if (r.size) s += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  if (r.underline) s += '<w:u w:val="single"/>';
  if (r.rtl) s += '<w:rtl/>';
  if (r.lang) s += `<w:lang w:val="${r.lang}"/>`;
  return s === '' ? '' : `<w:rPr>${s}</w:rPr>`;
}

const textRun = (r: Run) => `<w:r>${rPr(r)}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;

function fieldRuns(f: Field): string {
  const p = rPr(f.format);
  // The result in a run of its own, as Word writes it: LibreOffice shows an unknown field's result (SECTIONPAGES) with that run's formatting.
  const result = f.result === undefined ? '' : `<w:r>${p}<w:t xml:space="preserve">${esc(f.result)}</w:t></w:r>`;
  return (
    `<w:r>${p}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${p}<w:instrText xml:space="preserve">${f.instr}</w:instrText></w:r>` +
    `<w:r>${p}<w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r>${p}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

function drawing(pic: Picture, out: PartWriter): string {
  const alt = esc(pic.alt);
  const ext = `cx="${pic.cx}" cy="${pic.cy}"`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ${ext}/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${out.drawingId()}" name="${alt}" descr="${alt}" title="${alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}"><pic:nvPicPr><pic:cNvPr id="0" name="${alt}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${out.image(pic)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext ${ext}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

function inline(kid: Inline, out: PartWriter): string {
  switch (kid.k) {
    case 'r':
      return textRun(kid);
    case 'br':
      return '<w:r><w:br/></w:r>';
    case 'pageBreak':
      return '<w:r><w:br w:type="page"/></w:r>';
    case 'note':
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${kid.id}"/></w:r>`;
    case 'noteMark':
      return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
    case 'img':
      return drawing(kid, out);
    case 'field':
      return fieldRuns(kid);
    case 'link':
      return `<w:hyperlink r:id="${out.link(kid.href)}" w:history="1">${kid.runs.map(textRun).join('')}</w:hyperlink>`;
  }
}

const RULE = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="999999"/></w:pBdr>';

/** A paragraph; `sectPr` ends a section with it. */
export function paragraphXml(p: Para, out: PartWriter, sectPr = ''): string {
  let pPr = '';
  if (p.style) pPr += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) pPr += '<w:keepNext/>';
  if (p.keepLines) pPr += '<w:keepLines/>';
  if (p.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (p.list) pPr += `<w:numPr><w:ilvl w:val="${p.list.level}"/><w:numId w:val="${p.list.numId}"/></w:numPr>`;
  if (p.rule) pPr += RULE;
  if (p.hairline) pPr += '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>';
  else if (p.before !== undefined || p.after !== undefined) {
    pPr += `<w:spacing${p.before !== undefined ? ` w:before="${p.before}"` : ''}${p.after !== undefined ? ` w:after="${p.after}"` : ''}/>`;
  }
  if (p.indent) pPr += `<w:ind w:left="${p.indent}"/>`;
  if (p.align) pPr += `<w:jc w:val="${p.align}"/>`;
  if (p.hairline) pPr += '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>';
  pPr += sectPr;
  let xml = pPr === '' ? '<w:p>' : `<w:p><w:pPr>${pPr}</w:pPr>`;
  for (const kid of p.kids) xml += inline(kid, out);
  return `${xml}</w:p>`;
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`)
  .join('');

/** The signers' table: full width, fixed columns, no borders, no cell padding on the left so names line up with the text. */
function tableXml(t: Table, out: PartWriter, textWidth: number): string {
  const col = Math.floor(textWidth / t.columns);
  const pct = Math.floor(5000 / t.columns);
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${col}"/>`.repeat(t.columns)}</w:tblGrid>`;
  for (const row of t.rows) {
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (const cell of row) xml += `<w:tc><w:tcPr><w:tcW w:w="${pct}" w:type="pct"/></w:tcPr>${cell.map((p) => paragraphXml(p, out)).join('')}</w:tc>`;
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

/**
 * Blocks as body XML. A section's properties go into its last paragraph, as
 * Word writes them; after a table, into an empty paragraph of their own.
 */
export function blocksXml(blocks: readonly Block[], out: PartWriter, textWidth: number, sectPr = ''): string {
  let xml = '';
  blocks.forEach((b, i) => {
    const last = i === blocks.length - 1 && sectPr !== '';
    if (b.k === 'p') xml += paragraphXml(b, out, last ? sectPr : '');
    else xml += tableXml(b, out, textWidth) + (last ? `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` : '');
  });
  if (blocks.length === 0 && sectPr !== '') xml += `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  return xml;
}
