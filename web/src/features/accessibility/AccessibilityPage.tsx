import { usePageTitle } from '../../app/page-title.js';
import { useT } from '../../i18n/i18n.js';
import { useA11yMessages } from './messages.fr.js';

/** The accessibility statement (RGAA), in plain words. */
export function AccessibilityPage() {
  const t = useT();
  const a = useA11yMessages();
  usePageTitle(a.title);
  return (
    <article className="prose">
      <h1 tabIndex={-1}>{a.title}</h1>
      <p>{a.intro}</p>
      <h2>{a.scopeTitle}</h2>
      <p>{a.scope}</p>
      <h2>{a.statusTitle}</h2>
      <p>{a.status}</p>
      <h2>{a.testsTitle}</h2>
      <ul>
        {a.tests.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{a.limitsTitle}</h2>
      <ul>
        {a.limits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{a.envTitle}</h2>
      <p>{a.env}</p>
      <h2>{a.contactTitle}</h2>
      <p>{a.contact}</p>
      <p>
        <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
      </p>
      <h2>{a.remedyTitle}</h2>
      <p>{a.remedy}</p>
      <p>
        <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener noreferrer">
          {a.remedyLink} <span className="sr-only">{t.common.opensNewWindow}</span>
        </a>
      </p>
      <p className="muted">{a.date}</p>
    </article>
  );
}
