import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { useT } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { ThemeIcon } from '../../ui/ThemeIcon.js';
import { QuickQuestions } from '../profile/QuickQuestions.js';
import { readProfile } from '../profile/profile.js';
import { CommuneField, useCommuneLookup } from './CommuneField.js';
import { readPlace, savePlace, type Place } from './place.js';
import { resultsHref, THEME_CODES, type SearchState } from './search-params.js';
import type { ThemeCode } from '../../gql/graphql.js';

type Where = { kind: 'commune'; place: Place } | { kind: 'near'; lat: number; lng: number };

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Home: "Où ?" (commune or around me) and "De quoi as-tu besoin ?" (the 9 themes). */
export function HomePage() {
  const t = useT();
  usePageTitle(t.shell.home);
  const navigate = useNavigate();
  const lookup = useCommuneLookup();
  const remembered = readPlace();
  const [where, setWhere] = useState<Where | undefined>(remembered ? { kind: 'commune', place: remembered } : undefined);
  const [communeText, setCommuneText] = useState(remembered ? t.commune.option(remembered.name, remembered.postcodes.join(', ')) : '');
  const [placeError, setPlaceError] = useState<string>();
  const [geoStatus, setGeoStatus] = useState('');
  const [words, setWords] = useState('');
  const [busy, setBusy] = useState(false);
  const communeInput = useRef<HTMLInputElement>(null);

  const fail = (message: string) => {
    setPlaceError(message);
    setGeoStatus('');
    communeInput.current?.focus();
  };

  const aroundMe = () => {
    if (!('geolocation' in navigator)) return fail(t.home.geoUnsupported);
    setGeoStatus(t.home.locating);
    setPlaceError(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setWhere({ kind: 'near', lat: position.coords.latitude, lng: position.coords.longitude });
        setCommuneText('');
        setGeoStatus(t.home.located);
      },
      (error) => fail(error.code === error.PERMISSION_DENIED ? t.home.geoDenied : t.home.geoUnavailable),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  };

  const resolveWhere = async (): Promise<Where | undefined> => {
    if (where) return where;
    const text = communeText.trim();
    if (!text) {
      fail(t.home.placeMissing);
      return undefined;
    }
    const places = await lookup(text);
    const wanted = normalise(text.replace(/\(.*\)/, ''));
    const match = places.find((place) => normalise(place.name) === wanted || place.postcodes.includes(text)) ?? (places.length === 1 ? places[0] : undefined);
    if (!match) {
      fail(places.length ? t.home.placeMissing : t.home.placeUnknown);
      return undefined;
    }
    return { kind: 'commune', place: match };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const theme = THEME_CODES.find((code) => code === submitter?.value);
    setBusy(true);
    const chosen = await resolveWhere();
    setBusy(false);
    if (!chosen) return;
    if (chosen.kind === 'commune') savePlace(chosen.place);
    const profile = readProfile();
    const state: SearchState = {
      commune: chosen.kind === 'commune' ? chosen.place.code : undefined,
      near: chosen.kind === 'near' ? { lat: chosen.lat, lng: chosen.lng } : undefined,
      themes: theme ? [theme as ThemeCode] : [],
      formats: [],
      texte: words.trim() || undefined,
      age: profile.age,
      situation: profile.situation,
      tri: chosen.kind === 'near' ? 'distance' : 'pertinence',
    };
    void navigate(resultsHref(state));
  };

  return (
    <>
      <h1 tabIndex={-1}>{t.home.title}</h1>
      <p className="lead">{t.home.intro}</p>
      <form onSubmit={submit} noValidate className="home-form">
        <fieldset className="home-form__where">
          <legend>
            <h2>{t.home.whereTitle}</h2>
          </legend>
          <CommuneField
            text={communeText}
            inputRef={communeInput}
            error={placeError}
            onTextChange={(text) => {
              setCommuneText(text);
              setWhere(undefined);
              setGeoStatus('');
            }}
            onSelect={(place) => {
              setWhere({ kind: 'commune', place });
              setCommuneText(t.commune.option(place.name, place.postcodes.join(', ')));
              setPlaceError(undefined);
            }}
          />
          <Button variant="secondary" onClick={aroundMe} className="around-me" aria-pressed={where?.kind === 'near'}>
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="4" />
              <path d="M12 2v3M12 19v3M2 12h3M19 12h3" />
            </svg>
            {t.home.aroundMe}
          </Button>
          <p role="status" className="geo-status">
            {geoStatus}
          </p>
        </fieldset>
        <fieldset className="home-form__need">
          <legend>
            <h2>{t.home.needTitle}</h2>
          </legend>
          <p className="hint">{t.home.needHint}</p>
          <ul className="theme-grid">
            {THEME_CODES.map((code) => (
              <li key={code}>
                <button type="submit" name="theme" value={code} className="theme-button" disabled={busy}>
                  <ThemeIcon code={code} />
                  <span>{t.themes[code]}</span>
                </button>
              </li>
            ))}
          </ul>
          <Field id="home-words" label={t.home.textLabel} description={t.home.textHint} optional={t.common.optional}>
            {(props) => <input {...props} type="search" enterKeyHint="search" maxLength={200} value={words} onChange={(event) => setWords(event.target.value)} />}
          </Field>
          <Button type="submit" disabled={busy}>
            {t.home.seeAll}
          </Button>
        </fieldset>
      </form>
      <section aria-labelledby="quick-questions-title" className="home-profile">
        <h2 id="quick-questions-title">{t.profile.title}</h2>
        <QuickQuestions />
      </section>
    </>
  );
}
