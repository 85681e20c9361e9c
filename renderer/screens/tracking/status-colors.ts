import type { TrackingStatus } from '../../../shared/tracking/kinds';

/** A status on the map, or "none" for a country with no recipient in the campaign(s). */
export type MapStatus = TrackingStatus | 'none';

/*
 * Okabe–Ito colours (distinguishable with the common colour-vision
 * deficiencies), from "nothing yet" (greys) to "answered" (green) and "closed"
 * (purple); "no reply" is the warm vermillion that draws the eye. The legend and
 * the table always repeat the status in words: colour is never the only cue.
 */
export const STATUS_COLORS: Record<MapStatus, string> = {
  none: '#f1f3f5',
  not_contacted: '#bdbdbd',
  drafted: '#f0e442',
  exported: '#56b4e9',
  contacted: '#0072b2',
  no_reply: '#d55e00',
  replied: '#009e73',
  closed: '#cc79a7',
};

const DARK: ReadonlySet<MapStatus> = new Set(['contacted', 'no_reply', 'replied']);

/** Readable text on a status colour. */
export function textOn(status: MapStatus): string {
  return DARK.has(status) ? '#fff' : '#1a1b1e';
}

export const MAP_STATUSES: readonly MapStatus[] = ['none', 'not_contacted', 'drafted', 'exported', 'contacted', 'no_reply', 'replied', 'closed'];
