import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError } from './notify';

/*
 * Saves what the API sends as a file through the browser's download (the
 * renderer never touches the file system): a Blob URL on a temporary
 * <a download>. Every screen that hands the person a file goes through here.
 */

/** A file as the API answers it: base64 bytes (exports, backups, reports) or text (the CSV export). */
export type DownloadableFile = { fileName: string; mime?: string } & ({ contentBase64: string } | { content: string });

/** Whether the desktop preload is present; without it (browser mode) files reach the user as downloads. */
export function isDesktop(): boolean {
  return window.letterdesk !== undefined;
}

function blobOf(file: DownloadableFile, type: string): Blob {
  if ('content' in file) return new Blob([file.content], { type });
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Downloads `file`; its own mime type wins over `type`. */
export function downloadFile(file: DownloadableFile, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(blobOf(file, file.mime ?? type));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A mutation that fetches a file from the API and downloads it; a failure is
 * a notification in plain words. `onDownloaded` runs after the download
 * started (a "saved" notification, for instance).
 */
export function useDownload<TInput = void, TFile extends DownloadableFile = DownloadableFile>(
  fetchFile: (input: TInput) => Promise<TFile>,
  options: { type?: string; onDownloaded?: (file: TFile) => void } = {},
) {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: fetchFile,
    onSuccess: (file) => {
      downloadFile(file, options.type);
      options.onDownloaded?.(file);
    },
    onError: (error) => notifyError(t, error),
  });
}
