import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo.js';
import { AppRoutes } from './app/router.js';
import { I18nProvider, loadMessages, storedLang } from './i18n/i18n.js';
import './app/app.css';

const lang = storedLang();
const messages = await loadMessages(lang);
const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider initialLang={lang} initialMessages={messages}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
