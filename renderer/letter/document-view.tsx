import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockNode, InlineNode, LetterDocument, Mark } from '../../shared/letter/document';
import { currentLanguage } from '../i18n';
import { choiceSummary } from './choice-form';
import { conditionLabel, fieldLabel } from './field-labels';
import classes from './letter.module.css';

/*
 * A letter document as HTML, read-only: the preview renders merged letters
 * (standard nodes only) with it, and the import review renders templates,
 * whose Letterdesk nodes show as labelled chips. Text is rendered by React,
 * never as HTML, so nothing in a document can inject markup.
 */

type FactLabel = (factId: string) => string;

export function DocumentView({ document, factLabel }: { document: LetterDocument; factLabel?: FactLabel }) {
  const { t } = useTranslation();
  return <>{blocks(document.content, { t, factLabel })}</>;
}

/** Top-level blocks cut at page breaks: one array per page. */
export function splitPages(document: LetterDocument): BlockNode[][] {
  const pages: BlockNode[][] = [[]];
  for (const block of document.content) {
    if (block.type === 'pageBreak') pages.push([]);
    else pages.at(-1)!.push(block);
  }
  return pages;
}

export function BlocksView({ content, factLabel }: { content: readonly BlockNode[]; factLabel?: FactLabel }) {
  const { t } = useTranslation();
  return <>{blocks(content, { t, factLabel })}</>;
}

interface Ctx {
  t: TFunction;
  factLabel?: FactLabel;
}

function blocks(content: readonly BlockNode[], ctx: Ctx): ReactNode[] {
  return content.map((block, i) => <Fragment key={i}>{block_(block, ctx)}</Fragment>);
}

function block_(block: BlockNode, ctx: Ctx): ReactNode {
  switch (block.type) {
    case 'paragraph': {
      const align = block.attrs?.textAlign ?? undefined;
      return <p style={align ? { textAlign: align } : undefined}>{block.content?.length ? inlines(block.content, ctx) : <br />}</p>;
    }
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.attrs.level - 1] ?? 'h4';
      return <Tag className={classes.heading}>{inlines(block.content ?? [], ctx)}</Tag>;
    }
    case 'bulletList':
      return (
        <ul>
          {block.content.map((item, i) => (
            <li key={i}>{blocks(item.content, ctx)}</li>
          ))}
        </ul>
      );
    case 'orderedList':
      return (
        <ol start={block.attrs?.start}>
          {block.content.map((item, i) => (
            <li key={i}>{blocks(item.content, ctx)}</li>
          ))}
        </ol>
      );
    case 'blockquote':
      return <blockquote>{blocks(block.content, ctx)}</blockquote>;
    case 'pageBreak':
      return <hr className={classes.pageBreak} aria-label={ctx.t('editor.pageBreak')} />;
    case 'condition':
      return (
        <div className={classes.condition} role="group" aria-label={conditionLabel(ctx.t, block.attrs.test, block.attrs.negate, currentLanguage())}>
          <div className={classes.conditionHeader}>{conditionLabel(ctx.t, block.attrs.test, block.attrs.negate, currentLanguage())}</div>
          {blocks(block.content, ctx)}
        </div>
      );
  }
}

function inlines(content: readonly InlineNode[], ctx: Ctx): ReactNode[] {
  return content.map((node, i) => <Fragment key={i}>{withMarks(inline(node, ctx), 'marks' in node ? node.marks : undefined)}</Fragment>);
}

function inline(node: InlineNode, ctx: Ctx): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'hardBreak':
      return <br />;
    case 'mergeField':
      return (
        <span className={classes.chip} data-kind="field">
          {fieldLabel(ctx.t, node.attrs.field)}
        </span>
      );
    case 'choice':
      return (
        <span className={classes.chip} data-kind="choice">
          {choiceSummary({ by: node.attrs.by, options: node.attrs.options, other: node.attrs.other ?? '' })}
        </span>
      );
    case 'fact':
      return (
        <span className={classes.chip} data-kind="fact">
          {ctx.factLabel?.(node.attrs.factId) ?? ctx.t('editor.fact')}
        </span>
      );
  }
}

function withMarks(content: ReactNode, marks: readonly Mark[] | undefined): ReactNode {
  let out = content;
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
        out = <strong>{out}</strong>;
        break;
      case 'italic':
        out = <em>{out}</em>;
        break;
      case 'underline':
        out = <u>{out}</u>;
        break;
      case 'link':
        // Shown, not followed: the preview is a page, not a browser.
        out = (
          <span className={classes.link} title={String(mark.attrs.href)}>
            {out}
          </span>
        );
        break;
    }
  }
  return out;
}
