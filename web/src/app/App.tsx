import { ThemeList } from '../features/catalogue/ThemeList.js';

/** Minimal shell until the youth app lands: what Balise is, and the themes served by the API. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="banner">
        <p className="brand">Balise</p>
      </header>
      <main id="contenu" tabIndex={-1}>
        <h1>Trouve l’aide qui existe pour toi, près de chez toi</h1>
        <p>Santé, logement, emploi, formation, mobilité… Balise réunit les offres des Missions Locales, Info Jeunes et de leurs partenaires.</p>
        <ThemeList />
      </main>
    </>
  );
}
