import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { OperationInput } from '../../../shared/api/contract';
import type { ExportJobStatus } from '../../../shared/exports/contract';
import { api } from '../../api/client';
import { campaignKeys } from '../../api/campaign-queries';

const POLL_MS = 200;

/**
 * One export at a time from the campaign page: start it, poll its status
 * every 200 ms while it runs, cancel it. `onFinished` runs once when the job
 * is done (to save or download the files).
 */
export function useExportJob(campaignId: string, onFinished: (jobId: string, status: ExportJobStatus) => void) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  /** The job whose end was handled: the effect below runs again on re-renders. */
  const finishedJob = useRef<string | null>(null);

  const start = useMutation({
    mutationFn: (input: Omit<OperationInput<'exports.start'>, 'campaignId'>) => api['exports.start']({ campaignId, ...input }),
    onSuccess: ({ jobId: id }) => setJobId(id),
  });
  const status = useQuery({
    queryKey: ['exports', jobId],
    queryFn: () => api['exports.status']({ jobId: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? POLL_MS : false),
  });
  const cancel = useMutation({
    mutationFn: () => api['exports.cancel']({ jobId: jobId ?? '' }),
    onSuccess: (next) => queryClient.setQueryData(['exports', jobId], next),
  });

  const current = status.data;
  useEffect(() => {
    if (!jobId || !current || current.state === 'running' || finishedJob.current === jobId) return;
    finishedJob.current = jobId;
    // Exported letters change state.
    void queryClient.invalidateQueries({ queryKey: campaignKeys.drafts(campaignId) });
    if (current.state === 'done') onFinished(jobId, current);
  }, [jobId, current, campaignId, queryClient, onFinished]);

  return {
    jobId,
    status: current,
    running: start.isPending || (jobId !== null && (!current || current.state === 'running')),
    start,
    cancel,
    statusError: status.error,
    reset: () => {
      setJobId(null);
      start.reset();
    },
  };
}
