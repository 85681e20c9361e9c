import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/recipients/schemas';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
// Campaigns, organisation and backups screens: their own namespace ("campaigns").
import campaignsEn from '../locales/campaigns.en.json';
import campaignsEs from '../locales/campaigns.es.json';
import campaignsFr from '../locales/campaigns.fr.json';
// Outreach tracking (record events, Due, dashboard, reports): the "tracking" namespace.
import trackingEn from '../locales/tracking.en.json';
import trackingEs from '../locales/tracking.es.json';
import trackingFr from '../locales/tracking.fr.json';
// Settings → Backups → Move workspace (archive export and import): the "archive" namespace.
import archiveEn from '../locales/archive.en.json';
import archiveEs from '../locales/archive.es.json';
import archiveFr from '../locales/archive.fr.json';
// The voice of a letter (I / we) and the letter import's proposals: the "letters" namespace.
import lettersEn from '../locales/letters.en.json';
import lettersEs from '../locales/letters.es.json';
import lettersFr from '../locales/letters.fr.json';
// The server's failure messages, said in the UI language (renderer/api/server-messages.ts): the "server" namespace.
import serverEn from '../locales/server.en.json';
import serverEs from '../locales/server.es.json';
import serverFr from '../locales/server.fr.json';

export const resources = {
  en: { translation: en, campaigns: campaignsEn, tracking: trackingEn, archive: archiveEn, letters: lettersEn, server: serverEn },
  es: { translation: es, campaigns: campaignsEs, tracking: trackingEs, archive: archiveEs, letters: lettersEs, server: serverEs },
  fr: { translation: fr, campaigns: campaignsFr, tracking: trackingFr, archive: archiveFr, letters: lettersFr, server: serverFr },
} as const;

/** Typed keys for t(): a missing key is a compile error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      campaigns: typeof campaignsEn;
      tracking: typeof trackingEn;
      archive: typeof archiveEn;
      letters: typeof lettersEn;
      server: typeof serverEn;
    };
  }
}

const CACHE_KEY = 'letterdesk.uiLanguage';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `null` in settings means "follow the system": Spanish or French if the system uses it, else English. */
export function systemLanguage(): Language {
  const base = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(base) ? base : 'en';
}

/**
 * The language to show before settings arrive: the one remembered from the
 * last run, so the first paint is not in the wrong language.
 */
function cachedLanguage(): Language {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    return isLanguage(cached) ? cached : systemLanguage();
  } catch {
    return systemLanguage();
  }
}

function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(CACHE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the setting itself is saved in the workspace.
  }
}

/** Keeps the page's lang attribute and the start-up cache in step with the UI language. */
i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  if (isLanguage(language)) rememberLanguage(language);
});

export const i18nReady = i18next.use(initReactI18next).init({
  resources,
  lng: cachedLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export default i18next;
