import { Badge, Skeleton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/domain/recipient';
import classes from './recipient-table.module.css';

interface RowProps {
  index: number;
  start: number;
  recipient: Recipient | undefined;
  countryName: (code: string) => string;
  tabbable: boolean;
  onOpen: (recipient: Recipient) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>, index: number) => void;
  onFocus: (index: number) => void;
}

/** One row of the virtual table, or a placeholder while its page loads. */
export function RecipientRow({ index, start, recipient, countryName, tabbable, onOpen, onKeyDown, onFocus }: RowProps) {
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
          <Skeleton height={10} width="70%" aria-hidden />
        </div>
        {[1, 2, 3, 4].map((n) => (
          <div key={n} role="cell" className={classes.cell}>
            <Skeleton height={10} width="60%" aria-hidden />
          </div>
        ))}
      </div>
    );
  }

  return (
    <div
      {...common}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onOpen(recipient)}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={() => onFocus(index)}
    >
      <div role="cell" className={classes.cell} style={{ fontWeight: 600 }} title={recipient.name}>
        {recipient.name}
      </div>
      <div role="cell" className={classes.cell} title={recipient.office}>
        {recipient.office}
      </div>
      <div role="cell" className={classes.cell}>
        {countryName(recipient.countryCode)}
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
