import { Button, Group } from '@mantine/core';
import { ErrorAlert } from './error-alert';

/** The end of a form in a modal: the save error if any, then Cancel and the submit button. */
export function FormFooter({
  error,
  saving,
  onCancel,
  cancelLabel,
  submitLabel,
}: {
  error: unknown;
  saving: boolean;
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
}) {
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
