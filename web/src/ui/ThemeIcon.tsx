/** Small line icons for the 9 themes (decorative: the theme name is always written beside). */
const PATHS: Record<string, string> = {
  HEALTH: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10zM12 9v5M9.5 11.5h5',
  HOUSING: 'M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-6h4v6',
  MOBILITY: 'M4 16V12l2-5h12l2 5v4zM4 12h16M7.5 16v2.5M16.5 16v2.5M7 14h1M16 14h1',
  INTERNATIONAL_MOBILITY: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18',
  CIVIC_ENGAGEMENT: 'M8 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M14.5 15.2c.5-.1 1-.2 1.5-.2c3 0 6 2 6 5',
  EMPLOYMENT: 'M3 8h18v12H3zM8 8V5h8v3M3 13h18M11 13v2h2v-2',
  TRAINING: 'M2 9l10-5l10 5l-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6',
  DAILY_LIFE: 'M3 7h17v13H3zM3 7l12-4v4M15 13.5h3',
  CULTURE_SPORT: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM5 6.5c4 3 10 3 14 0M5 17.5c4-3 10-3 14 0M12 3v18',
};

export function ThemeIcon({ code, size = 28 }: { code: string; size?: number }) {
  return (
    <svg className="theme-icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[code] ?? PATHS.DAILY_LIFE} />
    </svg>
  );
}
