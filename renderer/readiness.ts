let signalled = false;

/**
 * Tells tests and benchmarks the app is usable: called the first time the
 * recipients list shows real data or its empty state. Only the first call counts.
 */
export function signalInteractive(): void {
  if (signalled) return;
  signalled = true;
  performance.mark('letterdesk:interactive');
  document.documentElement.dataset.ready = 'true';
}
