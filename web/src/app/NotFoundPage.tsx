import { useT } from '../i18n/i18n.js';
import { ButtonLink } from '../ui/Button.js';
import { usePageTitle } from './page-title.js';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t.notFound.title);
  return (
    <>
      <h1 tabIndex={-1}>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <ButtonLink to="/">{t.notFound.back}</ButtonLink>
    </>
  );
}
