import { Badge, Checkbox, Skeleton, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import classes from './recipient-table.module.css';
import { ToVerifyBadge } from './to-verify-badge';

interface RowProps {
  index: number;
  start: number;
  recipient: Recipient | undefined;
  countryName: (code: string) => string;
  tabbable: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
  onOpen: (recipient: Recipient) => void;
  onOpenCountry: (code: string) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>, index: number) => void;
  onFocus: (index: number) => void;
}

/** Clicks on a row's own controls must not also open the recipient. */
const stop = (event: React.MouseEvent) => event.stopPropagation();

/** One row of the virtual table, or a placeholder while its page loads. */
export function RecipientRow(props: RowProps) {
  const { index, start, recipient, countryName, tabbable, selected, onToggle, onOpen, onOpenCountry, onKeyDown, onFocus } = props;
  const { t } = useTranslation();
  const common = {
    role: 'row',
    'aria-rowindex': index + 2,
    'data-index': index,
    className: `${classes.row} ${classes.dataRow}`,
    style: { transform: `translateY(${start}px)` },
  };

  if (!recipient) {
    return (
      <div {...common} aria-busy>
        <div role="cell" className={classes.cell}>
          <VisuallyHidden>{t('recipients.table.loadingRow')}</VisuallyHidden>
        </div>
        {[1, 2, 3, 4, 5].map((n) => (
          <div key={n} role="cell" className={classes.cell}>
            <Skeleton height={10} width="60%" aria-hidden />
          </div>
        ))}
      </div>
    );
  }

  const country = countryName(recipient.countryCode);
  const label = recipient.name || recipient.office;
  // The active row's own controls are in the tab order; the others are reached through their row.
  const innerTab = tabbable ? 0 : -1;

  return (
    <div
      {...common}
      data-selected={selected || undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onOpen(recipient)}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={() => onFocus(index)}
    >
      <div role="cell" className={classes.checkCell} onClick={stop}>
        <Checkbox
          aria-label={t('recipients.selection.selectOne', { name: label })}
          checked={selected}
          onChange={() => onToggle(recipient.id)}
          tabIndex={innerTab}
          size="sm"
        />
      </div>
      <div role="cell" className={`${classes.cell} ${classes.nameCell}`} title={recipient.name}>
        {recipient.name ? <span className={classes.name}>{recipient.name}</span> : <span className={classes.noName}>{t('recipients.holderUnknown')}</span>}
        {recipient.toVerify && <ToVerifyBadge recipient={recipient} tabIndex={innerTab} />}
      </div>
      <div role="cell" className={classes.cell} title={recipient.office}>
        {recipient.office}
      </div>
      <div role="cell" className={classes.cell}>
        <UnstyledButton
          className={classes.countryLink}
          tabIndex={innerTab}
          title={t('recipients.openCountry', { country })}
          onClick={(event) => {
            event.stopPropagation();
            onOpenCountry(recipient.countryCode);
          }}
        >
          {country}
        </UnstyledButton>
      </div>
      <div role="cell" className={classes.cell}>
        {recipient.email}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.tags}`}>
        {recipient.tags.map((tag) => (
          <Badge key={tag} size="sm" variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
            {tag}
          </Badge>
        ))}
      </div>
    </div>
  );
}
