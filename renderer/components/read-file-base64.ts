/**
 * Reads a picked file as base64 (the API takes the bytes, never a path).
 * readAsDataURL encodes natively, which is far faster than encoding an
 * ArrayBuffer in script for a 50 MB file; `onProgress` gets 0…1.
 * The result has no data: prefix.
 */
export function readFileBase64(file: Blob, onProgress: (fraction: number) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // "data:text/csv;base64,AAAA" → "AAAA" (an empty file gives "data:")
      const comma = url.indexOf(',');
      resolve(comma === -1 ? '' : url.slice(comma + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** A picked file, read: its name and its bytes as base64. */
export interface PickedFile {
  name: string;
  base64: string;
}

/** Why a picked file cannot go on: too large to send, or the browser could not read it. */
export type PickProblem = 'tooLarge' | 'unreadable';

/**
 * Checks a picked file's size against what the server takes, then reads it;
 * `onReading` runs once the size is fine and the reading starts, then
 * `onProgress` goes from 0 to 1.
 */
export async function readPickedFile(
  file: File,
  { maxBytes, onReading = () => undefined, onProgress }: { maxBytes: number; onReading?: () => void; onProgress?: (fraction: number) => void },
): Promise<PickedFile | { problem: PickProblem }> {
  if (file.size > maxBytes) return { problem: 'tooLarge' };
  onReading();
  onProgress?.(0);
  try {
    return { name: file.name, base64: await readFileBase64(file, onProgress) };
  } catch {
    return { problem: 'unreadable' };
  }
}
