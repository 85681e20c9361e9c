import { Stack, Text } from '@mantine/core';
import { useId } from 'react';
import classes from './file-picker.module.css';

/*
 * The one file picker: a real <input type="file">, so it works with the
 * keyboard and the system's file dialog, and gives the renderer the bytes,
 * never a path. Read the picked file with readPickedFile or readFileBase64.
 */

interface FilePickerProps {
  label: string;
  /** A sentence under the label: what files it takes. */
  help?: string;
  /** The file types the dialog offers, as for <input accept>. */
  accept: string;
  disabled?: boolean;
  /** A message under the picker; the input is then marked invalid. */
  error?: string;
  /** Whether the picker takes the focus when its dialog opens. */
  autoFocus?: boolean;
  /** The picked file; null when the person cleared the choice. */
  onFile: (file: File | null) => void;
}

export function FilePicker({ label, help, accept, disabled = false, error, autoFocus = false, onFile }: FilePickerProps) {
  const id = useId();
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Stack gap={6}>
      <label htmlFor={id} className={classes.fileLabel}>
        {label}
      </label>
      {help && (
        <Text size="sm" c="dimmed" id={`${id}-help`}>
          {help}
        </Text>
      )}
      <input
        id={id}
        type="file"
        accept={accept}
        className={classes.fileInput}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
        // Picking the same file again (after fixing it) must read it anew, which needs a change event;
        // until a file is picked, nothing is.
        onClick={(event) => {
          event.currentTarget.value = '';
          onFile(null);
        }}
        onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
      />
      {error && (
        <Text size="sm" c="red" id={`${id}-error`}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
