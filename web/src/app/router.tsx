import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.js';

/**
 * Routes (declarative mode: smaller than the data router, and we load data with Apollo anyway).
 * Every page is its own chunk (`lazy`): the youth downloads the shell and the page it opens;
 * `/pro/*` is never fetched unless visited.
 */
const HomePage = lazy(() => import('../features/search/HomePage.js').then((m) => ({ default: m.HomePage })));
const ResultsPage = lazy(() => import('../features/search/ResultsPage.js').then((m) => ({ default: m.ResultsPage })));
const OfferPage = lazy(() => import('../features/offer/OfferPage.js').then((m) => ({ default: m.OfferPage })));
const OfferActionPage = lazy(() => import('../features/offer/OfferActionPage.js').then((m) => ({ default: m.OfferActionPage })));
const MyStepsPage = lazy(() => import('../features/my-steps/MyStepsPage.js').then((m) => ({ default: m.MyStepsPage })));
const AccessibilityPage = lazy(() => import('../features/accessibility/AccessibilityPage.js').then((m) => ({ default: m.AccessibilityPage })));
const ProPage = lazy(() => import('../features/pro/ProPage.js').then((m) => ({ default: m.ProPage })));
const NotFoundPage = lazy(() => import('./NotFoundPage.js').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="recherche" element={<ResultsPage />} />
        <Route path="offres/:id" element={<OfferPage />} />
        <Route path="offres/:id/:action" element={<OfferActionPage />} />
        <Route path="mes-demarches/*" element={<MyStepsPage />} />
        <Route path="accessibilite" element={<AccessibilityPage />} />
        <Route path="pro/*" element={<ProPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
