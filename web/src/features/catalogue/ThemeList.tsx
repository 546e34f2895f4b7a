import { useEffect, useState } from 'react';
import { fetchCatalogueSummary, type CatalogueSummary } from './catalogue-summary.js';

type State = { status: 'loading' } | { status: 'error' } | { status: 'loaded'; summary: CatalogueSummary };

export function ThemeList() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchCatalogueSummary(controller.signal).then(
      (summary) => setState({ status: 'loaded', summary }),
      () => controller.signal.aborted || setState({ status: 'error' }),
    );
    return () => controller.abort();
  }, []);

  if (state.status === 'loading') return <p role="status">Chargement des thèmes…</p>;
  if (state.status === 'error') return <p role="alert">Impossible de charger les thèmes pour le moment. Réessaie dans un instant.</p>;
  const { themes, offerCount } = state.summary;
  return (
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">De quoi as-tu besoin ?</h2>
      <ul className="themes">
        {themes.map((theme) => (
          <li key={theme.code}>{theme.label}</li>
        ))}
      </ul>
      <p>{offerCount.toLocaleString('fr-FR')} offres publiées par nos partenaires.</p>
    </section>
  );
}
