import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/recipients/schemas';
import { useImage } from '../api/campaign-queries';
import classes from './sheet-parts.module.css';

/*
 * The parts of a printed letter that do not come from its text, drawn as the
 * DOCX export lays them out: the letterhead (logo, name, address, contacts
 * over a rule), the signers (signature, name, title; side by side) and the
 * endorsing organisations. The preview and a campaign's letter page use them.
 */

export interface SheetOrganisation {
  name: string;
  address: string;
  contacts: string;
  logoImageId: string | null;
}

export interface SheetSigner {
  id: string;
  name: string;
  title: string;
  signatureImageId: string | null;
}

export interface SheetEndorser {
  id: string;
  name: string;
  /** The country's name in the letter's language. */
  country?: string;
}

function SheetImage({ imageId, alt, className }: { imageId: string; alt: string; className: string }) {
  const image = useImage(imageId);
  if (!image.data) return <span className={className} aria-busy={image.isPending} />;
  return <img className={className} src={`data:${image.data.mime};base64,${image.data.contentBase64}`} alt={alt} />;
}

/** The letterhead, or a dashed box saying where it will go while the organisation has none. */
export function SheetLetterhead({ organisation }: { organisation: SheetOrganisation | null }) {
  const { t } = useTranslation('campaigns');
  if (!organisation || (!organisation.name.trim() && !organisation.logoImageId)) {
    return (
      <div className={classes.emptyLetterhead} aria-hidden="true">
        {t('sheet.letterhead')}
      </div>
    );
  }
  const lines = [organisation.address, organisation.contacts].filter((l) => l.trim() !== '');
  return (
    <header className={classes.letterhead} role="group" aria-label={t('sheet.letterheadLabel')}>
      {organisation.logoImageId && (
        <SheetImage imageId={organisation.logoImageId} alt={t('sheet.logoAlt', { name: organisation.name })} className={classes.logo} />
      )}
      {organisation.name.trim() && <div className={classes.orgName}>{organisation.name}</div>}
      {lines.map((line, i) => (
        <div key={i} className={classes.orgLine}>
          {line}
        </div>
      ))}
    </header>
  );
}

export function SheetSigners({ signers }: { signers: readonly SheetSigner[] }) {
  const { t } = useTranslation('campaigns');
  if (signers.length === 0) return null;
  return (
    <div className={classes.signers} aria-label={t('sheet.signersLabel')} role="group">
      {signers.map((signer) => (
        <div key={signer.id} className={classes.signer}>
          {signer.signatureImageId ? (
            <SheetImage imageId={signer.signatureImageId} alt={t('sheet.signatureAlt', { name: signer.name })} className={classes.signature} />
          ) : (
            <span className={classes.signHere} />
          )}
          <div className={classes.signerName}>{signer.name}</div>
          {signer.title && <div className={classes.signerTitle}>{signer.title}</div>}
        </div>
      ))}
    </div>
  );
}

export function SheetEndorsers({ endorsers, language }: { endorsers: readonly SheetEndorser[]; language: Language }) {
  const { t } = useTranslation('campaigns');
  if (endorsers.length === 0) return null;
  return (
    <section className={classes.endorsers} aria-label={t('sheet.endorsedBy', { lng: language })}>
      <div className={classes.endorsedBy}>{t('sheet.endorsedBy', { lng: language })}</div>
      {endorsers.map((e) => (
        <div key={e.id}>
          {e.name}
          {e.country && <span className={classes.endorserCountry}> ({e.country})</span>}
        </div>
      ))}
    </section>
  );
}
