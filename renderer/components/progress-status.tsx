import { Progress, Stack, Text } from '@mantine/core';

/*
 * What is happening, with a bar: reading a file shows real progress (0…1);
 * null is work the server does, shown as a moving bar.
 */
export function ProgressStatus({ label, value }: { label: string; value: number | null }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={value === null ? 100 : Math.round(value * 100)} animated={value === null} striped={value === null} aria-label={label} />
    </Stack>
  );
}
