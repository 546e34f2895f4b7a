import type { A11yMessages } from './messages.fr.js';

/** English words of the accessibility statement: same shape as `messages.fr.ts`, complete. */
export const en: A11yMessages = {
  title: 'Accessibility statement',
  intro: 'Balise commits to making its service accessible to everyone, in line with article 47 of the French law of 11 February 2005.',
  scopeTitle: 'What this statement covers',
  scope: 'This statement covers the pages for young people: home, results, help pages, call-back request and its tracking page, My requests and this page.',
  statusTitle: 'Compliance status',
  status: 'Balise is partially compliant with the French accessibility standard (RGAA, general accessibility improvement framework), version 4.1, because a full audit has not been done yet.',
  testsTitle: 'What we checked',
  tests: [
    'Every page can be used with the keyboard only, with a visible focus.',
    'Pages have headings, regions (header, content, footer) and a link to skip to the content.',
    'Fields have a label; errors are announced and linked to their field.',
    'Results and errors are announced to screen readers.',
    'Pages stay readable at 200% zoom and on a 320-pixel-wide screen.',
    'Animations are turned off when your phone asks for it.',
    'Text colours have enough contrast.',
    'An automatic tool (axe) finds no error on the pages for young people.',
  ],
  limitsTitle: 'Known limits',
  limits: [
    'Help descriptions are written by partners, in French: some can be long or hard to read.',
    'The partner area is not covered by this statement yet.',
  ],
  envTitle: 'Test environment',
  env: 'Chromium with accessibility tools, keyboard navigation, NVDA and TalkBack screen readers.',
  contactTitle: 'Report a problem',
  contact: 'If you cannot use a page, write to us: we will help you find the information another way.',
  contactEmail: 'accessibilite@balise.example',
  remedyTitle: 'If you get no answer',
  remedy: 'You can contact the Défenseur des droits (an independent authority that defends your rights): with their online form, or by free post to Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
  remedyLink: 'Défenseur des droits online form',
  date: 'Statement written on 23 November 2026.',
};
