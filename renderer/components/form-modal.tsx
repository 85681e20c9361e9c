import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * A dialog whose content is mounted only while it is open, so each opening
 * starts from fresh values and no earlier failure is shown again.
 */
export function FormModal({
  opened,
  onClose,
  title,
  size,
  centered,
  children,
}: Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size' | 'centered'> & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered={centered} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && children}
    </Modal>
  );
}
