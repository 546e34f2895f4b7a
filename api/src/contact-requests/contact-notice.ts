/**
 * The information notice shown above the "Être rappelé·e" form (its text lives in the web app,
 * web/src/features/contact/notice.ts, under the same version). A request stores the version the
 * youth saw and when. Changing the text means a new version here and there; older versions stay
 * listed as long as an installed app may still show them.
 */
export const CURRENT_NOTICE_VERSION = '2026-11-contact-v1';
export const KNOWN_NOTICE_VERSIONS: readonly string[] = [CURRENT_NOTICE_VERSION];
