import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { useNavigation } from '../../navigation';
import { signalInteractive } from '../../readiness';
import { useChecklistHidden } from './dismissal';
import { doneCount, SETUP_STEPS, STEP_VIEW, type SetupStep } from './setup-steps';
import { useSetupProgress } from './setup-progress';

/*
 * "Get started": the five steps from an empty workspace to a first
 * campaign, each linking to its screen and ticked once done (see
 * setup-progress.ts). An empty workspace opens on it; it can be put away,
 * and is reached again from the Outreach dashboard.
 */

export function GetStartedScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const { progress, error } = useSetupProgress();
  const [hidden, setHidden] = useChecklistHidden();
  const done = progress ? doneCount(progress) : 0;

  // The first screen of an empty workspace: what tests and the start-up benchmark wait for.
  useEffect(() => {
    if (progress) signalInteractive();
  }, [progress]);

  return (
    <Stack gap="md" maw={760}>
      <ScreenTitle focusOnMount={focusTitle}>{t('getStarted.title')}</ScreenTitle>
      <Text c="dimmed">{t('getStarted.intro')}</Text>
      {error && <ErrorAlert error={error} />}
      {!progress && !error && <CenteredLoader />}
      {progress && (
        <>
          <Text fw={600} role="status">
            {done === SETUP_STEPS.length ? t('getStarted.allDone') : t('getStarted.progress', { total: SETUP_STEPS.length, done })}
          </Text>
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('getStarted.stepsLabel')}>
            {SETUP_STEPS.map((step, i) => (
              <li key={step} data-step={step} data-done={progress[step]}>
                <Step step={step} number={i + 1} done={progress[step]} onOpen={() => go({ view: STEP_VIEW[step] })} />
              </li>
            ))}
          </Stack>
          <Group>
            {hidden ? (
              <Button variant="light" onClick={() => setHidden(false)}>
                {t('getStarted.show')}
              </Button>
            ) : (
              <Button
                variant="default"
                onClick={() => {
                  setHidden(true);
                  go({ view: 'recipients' });
                }}
              >
                {t('getStarted.hide')}
              </Button>
            )}
            <Text size="sm" c="dimmed">
              {t(hidden ? 'getStarted.hiddenNote' : 'getStarted.hideNote')}
            </Text>
          </Group>
        </>
      )}
    </Stack>
  );
}

function Step({ step, number, done, onOpen }: { step: SetupStep; number: number; done: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon
          radius="xl"
          size="lg"
          color={done ? 'teal' : 'gray'}
          variant={done ? 'filled' : 'light'}
          role="img"
          aria-label={t(done ? 'getStarted.done' : 'getStarted.toDo')}
        >
          <span aria-hidden="true">{done ? '✓' : number}</span>
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1 }}>
          <Title order={2} size="h4" c={done ? 'teal.9' : undefined}>
            {t(`getStarted.steps.${step}.title`)}
          </Title>
          <Text size="sm">{t(`getStarted.steps.${step}.body`)}</Text>
          <Anchor component="button" type="button" size="sm" w="fit-content" fw={600} onClick={onOpen}>
            {t(`getStarted.steps.${step}.link`)} →
          </Anchor>
        </Stack>
      </Group>
    </Paper>
  );
}
