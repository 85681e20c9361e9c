import { useState } from 'react';
import { useWorkspaceStatus } from './api/queries';
import { AppLayout } from './components/app-layout';
import { CenteredLoader } from './components/centered-loader';
import { StartupError } from './components/startup-error';
import { useUiLanguage } from './i18n/use-ui-language';
import { ReadOnlyNotice, WorkspaceProblem } from './screens/workspace-problem';
import { UnlockScreen } from './screens/security/unlock-screen';

/** Checks the workspace first: a damaged database gets an explanation, not a broken app. */
export function App() {
  const status = useWorkspaceStatus();
  // A damaged workspace whose data can still be read may be browsed, read-only.
  const [browsing, setBrowsing] = useState(false);
  const readOnly = status.data !== undefined && status.data.state !== 'ready' && status.data.readOnly === true;
  useUiLanguage(status.data?.state === 'ready' || (readOnly && browsing));

  if (status.isPending) return <CenteredLoader />;
  if (status.isError) return <StartupError error={status.error} onRetry={() => void status.refetch()} />;
  // An encrypted workspace opened without its passphrase asks for it (keyed by fetch, so a new wait shows).
  if (status.data.state === 'locked') return <UnlockScreen key={status.dataUpdatedAt} status={status.data} />;
  if (status.data.state !== 'ready') {
    if (readOnly && browsing) return <AppLayout notice={<ReadOnlyNotice onLeave={() => setBrowsing(false)} />} />;
    return <WorkspaceProblem status={status.data} onBrowse={readOnly ? () => setBrowsing(true) : undefined} />;
  }
  return <AppLayout />;
}
