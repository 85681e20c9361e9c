import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import { describeError } from '../api/describe-error';

export function notifySuccess(t: TFunction, title: string, message: string): void {
  notifications.show({ title, message, color: 'teal', closeButtonProps: { 'aria-label': t('common.close') } });
}

export function notifyError(t: TFunction, error: unknown): void {
  const text = describeError(t, error);
  notifications.show({
    title: text.title,
    message: text.detail ?? text.title,
    color: 'red',
    autoClose: 10_000,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}
