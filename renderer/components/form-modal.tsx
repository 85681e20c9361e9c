import { Button, Group, Modal, Text, type ModalProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusReturn } from './use-focus-return';

/*
 * The app's dialog. Its content is mounted only while it is open, so each
 * opening starts from fresh values and no earlier failure is shown again.
 *
 * Two things every dialog needs and Mantine leaves to the caller:
 * - Escape, the close button or a click outside, once something has been
 *   typed, asks before throwing the input away. "Typed" is any input event
 *   inside the dialog, so no form has to report its own state. A form's own
 *   Cancel and Save call `onClose` directly and are not asked about.
 * - When it closes, focus goes back to what opened it, also when that was an
 *   item of a menu that no longer exists (see use-focus-return.ts).
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
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const returnFocus = useFocusReturn(opened);
  const wasOpened = useRef(opened);

  useEffect(() => {
    if (opened && !wasOpened.current) setDirty(false);
    if (!opened && wasOpened.current) returnFocus();
    wasOpened.current = opened;
  }, [opened, returnFocus]);

  // Asked after the Escape press has been handled: opened during it, the question's own
  // Escape listener would receive the same key press and close it again at once.
  const requestClose = () => (dirty ? window.setTimeout(() => setAsking(true), 0) : onClose());

  return (
    <>
      <Modal
        opened={opened}
        onClose={requestClose}
        title={title}
        size={size}
        centered={centered}
        returnFocus={false}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {opened && (
          <div onInputCapture={() => setDirty(true)} onChangeCapture={() => setDirty(true)}>
            {children}
          </div>
        )}
      </Modal>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('common.discardTitle')} size="sm" centered zIndex={300}>
        <Text size="sm">{t('common.discardBody')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
            {t('common.keepEditing')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setAsking(false);
              onClose();
            }}
          >
            {t('common.discard')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
