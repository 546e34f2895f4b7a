import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useT } from '../../i18n/i18n.js';
import { Field } from '../../ui/Field.js';
import type { Place } from './place.js';
import { CommuneSuggestionsQuery } from './search.queries.js';

/** Suggestions for a typed name or postcode (empty list on any failure). */
export function useCommuneLookup() {
  const client = useApolloClient();
  return useCallback(async (text: string): Promise<Place[]> => {
    try {
      const { data } = await client.query({ query: CommuneSuggestionsQuery, variables: { query: text } });
      return (data?.communes ?? []).map((c) => ({ code: c.code, name: c.name, postcodes: c.postcodes, lat: c.point.lat, lng: c.point.lng }));
    } catch {
      return [];
    }
  }, [client]);
}

/**
 * Commune by name or postcode: an ARIA 1.2 combobox with a list of suggestions.
 * Arrows move in the list, Enter chooses, Escape closes; the number of suggestions is announced.
 */
export function CommuneField({
  text,
  onTextChange,
  onSelect,
  error,
  inputRef,
  id: fixedId,
}: {
  text: string;
  onTextChange: (text: string) => void;
  onSelect: (place: Place) => void;
  error?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** The input's id, when the page must point at it (an error summary's link); generated otherwise. */
  id?: string;
}) {
  const t = useT();
  const lookup = useCommuneLookup();
  const id = useId();
  const inputId = fixedId ?? `${id}-commune`;
  const listId = `${id}-list`;
  const [suggestions, setSuggestions] = useState<Place[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const query = text.trim();
    if (query.length < 2) {
      setSuggestions([]);
      setOpen(false);
      setAnnounce('');
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      void lookup(query).then((places) => {
        if (!current) return;
        setSuggestions(places);
        setOpen(true);
        setActive(-1);
        setAnnounce(t.commune.suggestions(places.length));
      });
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, t, lookup]);

  const choose = (place: Place) => {
    typed.current = false;
    onSelect(place);
    setOpen(false);
    setSuggestions([]);
    setActive(-1);
    setAnnounce('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && suggestions.length > 0;
  return (
    <Field id={inputId} label={t.home.communeLabel} description={t.home.communeHint} error={error}>
      {(props) => (
        <div className="combobox">
          <input
            {...props}
            ref={inputRef}
            type="text"
            role="combobox"
            autoComplete="off"
            autoCapitalize="words"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            value={text}
            onChange={(event) => {
              typed.current = true;
              onTextChange(event.target.value);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          />
          <ul id={listId} role="listbox" aria-label={t.commune.listLabel} className="combobox__list" hidden={!expanded}>
            {suggestions.map((place, index) => (
              <li
                key={place.code}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'combobox__option is-active' : 'combobox__option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(place)}
              >
                {t.commune.option(place.name, place.postcodes.join(', '))}
              </li>
            ))}
          </ul>
          <p className="sr-only" role="status">
            {announce}
          </p>
        </div>
      )}
    </Field>
  );
}
