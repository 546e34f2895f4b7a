import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { OfferPage } from '../features/offer/OfferPage.js';
import { HomePage } from '../features/search/HomePage.js';
import { ResultsPage } from '../features/search/ResultsPage.js';
import { Layout } from './Layout.js';

/**
 * Routes (declarative mode: smaller than the data router, and we load data with Apollo anyway).
 * The three pages of the journey (home, results, offer) ship in the entry: youths land on them
 * from links and shares, and a separate chunk costs a round trip before the first paint on a
 * slow connection (Lighthouse: LCP 3.0 s → see README). The others are lazy chunks; `/pro/*`
 * is never fetched unless visited.
 */
const ContactRequestPage = lazy(() => import('../features/contact/ContactRequestPage.js').then((m) => ({ default: m.ContactRequestPage })));
const TrackingPage = lazy(() => import('../features/contact/TrackingPage.js').then((m) => ({ default: m.TrackingPage })));
const OfferActionPage = lazy(() => import('../features/offer/OfferActionPage.js').then((m) => ({ default: m.OfferActionPage })));
const BookingFormPage = lazy(() => import('../features/booking/BookingFormPage.js').then((m) => ({ default: m.BookingFormPage })));
const BookingPage = lazy(() => import('../features/booking/BookingPage.js').then((m) => ({ default: m.BookingPage })));
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
        <Route path="offres/:id/rappel" element={<ContactRequestPage />} />
        <Route path="offres/:id/reserver" element={<BookingFormPage />} />
        <Route path="offres/:id/:action" element={<OfferActionPage />} />
        <Route path="suivi/:token" element={<TrackingPage />} />
        <Route path="mes-demarches/*" element={<MyStepsPage />} />
        <Route path="reservation/:token?" element={<BookingPage />} />
        <Route path="accessibilite" element={<AccessibilityPage />} />
        <Route path="pro/*" element={<ProPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
