import { Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './csv-import.module.css';

interface FileStepProps {
  disabled: boolean;
  onFile: (file: File) => void;
  /** The picker's file types, label and help; the CSV import's by default. */
  accept?: string;
  label?: string;
  help?: string;
}

/**
 * The file picker: a real <input type="file">, so it works with the keyboard
 * and the system's file dialog, and gives the renderer the bytes, never a path.
 */
export function FileStep({ disabled, onFile, accept = '.csv,text/csv,.txt', label, help }: FileStepProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={6}>
      <label htmlFor={id} className={classes.fileLabel}>
        {label ?? t('csvImport.file')}
      </label>
      <Text size="sm" c="dimmed" id={`${id}-help`}>
        {help ?? t('csvImport.fileHelp')}
      </Text>
      <input
        id={id}
        type="file"
        accept={accept}
        className={classes.fileInput}
        aria-describedby={`${id}-help`}
        disabled={disabled}
        data-autofocus
        // Picking the same file again (after fixing it) must read it anew, which needs a change event.
        onClick={(event) => {
          event.currentTarget.value = '';
        }}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
    </Stack>
  );
}

/** What is happening, with a bar: reading shows real progress; checking and importing wait on the server. */
export function ImportProgress({ label, value }: { label: string; value: number | null }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={value === null ? 100 : Math.round(value * 100)} animated={value === null} striped={value === null} aria-label={label} />
    </Stack>
  );
}
