import { usePageTitle } from '../../app/page-title.js';
import { useT } from '../../i18n/i18n.js';
import { ButtonLink } from '../../ui/Button.js';

/** Placeholder for the partner portal (another issue). A lazy chunk: youths never download it. */
export function ProPage() {
  const t = useT();
  usePageTitle(t.pro.title);
  return (
    <>
      <h1 tabIndex={-1}>{t.pro.title}</h1>
      <p>{t.pro.text}</p>
      <ButtonLink to="/">{t.pro.back}</ButtonLink>
    </>
  );
}
