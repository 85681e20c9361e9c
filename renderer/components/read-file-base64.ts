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
