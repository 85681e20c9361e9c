import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/*
 * "Skip to content": the first thing Tab reaches, so keyboard and
 * screen-reader users need not pass the whole navigation on every screen.
 * It moves focus itself rather than following `href`: browser mode keeps its
 * session token in the URL fragment, which a `#main` jump would replace.
 */

export const MAIN_CONTENT_ID = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className={classes.skipLink}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('nav.skipToContent')}
    </a>
  );
}
