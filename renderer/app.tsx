import { useWorkspaceStatus } from './api/queries';
import { AppLayout } from './components/app-layout';
import { CenteredLoader } from './components/centered-loader';
import { StartupError } from './components/startup-error';
import { useUiLanguage } from './i18n/use-ui-language';
import { WorkspaceProblem } from './screens/workspace-problem';

/** Checks the workspace first: a damaged database gets an explanation, not a broken app. */
export function App() {
  const status = useWorkspaceStatus();
  useUiLanguage(status.data?.state === 'ready');

  if (status.isPending) return <CenteredLoader />;
  if (status.isError) return <StartupError error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.state !== 'ready') return <WorkspaceProblem status={status.data} />;
  return <AppLayout />;
}
