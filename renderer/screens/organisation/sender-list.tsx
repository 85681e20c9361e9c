import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySectionProps } from '../../components/entity-section';
import { RowActions } from '../../components/row-actions';

/*
 * What the signers' and the endorsers' panels have in common: the "Add"
 * button, Edit and ✕ on each row, the form's title and the delete
 * confirmation, all worded from the kind ("Signer", "Endorser").
 */

type Kind = 'Signer' | 'Endorser';
type SenderListParts<T extends { id: string; name: string }> = Pick<EntitySectionProps<T>, 'layout' | 'actions' | 'rowActions' | 'form' | 'remove'>;

export function useSenderList<T extends { id: string; name: string }>(
  kind: Kind,
  renderForm: (item: T | null, done: () => void) => ReactNode,
  deleteOne: (item: T) => Promise<unknown>,
): SenderListParts<T> {
  const { t } = useTranslation('campaigns');
  return {
    layout: 'panel',
    actions: (add) => (
      <Button variant="light" onClick={add}>
        {t(`organisation.add${kind}`)}
      </Button>
    ),
    rowActions: (item, open) => (
      <RowActions
        editText={t('common.edit')}
        editLabel={t(`organisation.edit${kind}`, { name: item.name })}
        deleteLabel={t(`organisation.delete${kind}`, { name: item.name })}
        onEdit={open.edit}
        onDelete={open.remove}
      />
    ),
    form: {
      title: (item) => (item ? t(`organisation.edit${kind}`, { name: item.name }) : t(`organisation.new${kind}`)),
      render: renderForm,
    },
    remove: {
      title: (item) => t('organisation.deleteTitle', { name: item.name }),
      body: () => t('organisation.deleteBody'),
      confirmLabel: t('common.delete'),
      run: deleteOne,
    },
  };
}
