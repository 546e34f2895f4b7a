import { useEffect, useState } from 'react';
import { Button } from '../../ui/Button.js';
import { COMMUNES, request } from './api.js';
import { Field } from './ui.js';

interface Found {
  code: string;
  name: string;
  postcodes: string[];
}

/**
 * Finds a commune by name or postcode (the `communes` query the youth app's suggestions use)
 * and adds its INSEE code. Results are buttons; their number is announced.
 */
export function CommunePicker({
  onAdd,
  chosen,
  id = 'offer-commune-search',
  label = 'Chercher une commune à ajouter',
  action = 'Ajouter',
}: {
  onAdd: (code: string, name: string) => void;
  chosen: string[];
  id?: string;
  label?: string;
  action?: string;
}) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return setFound([]);
    let current = true;
    const timer = window.setTimeout(() => {
      request<{ communes: Found[] }>(COMMUNES, { query })
        .then((d) => current && setFound(d.communes))
        .catch(() => current && setFound([]));
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text]);
  return (
    <div>
      <Field id={id} label={label} description="Nom ou code postal." optional="facultatif">
        {(p) => <input {...p} type="search" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <p className="sr-only" role="status">
        {text.trim().length >= 2 ? `${found.length} commune${found.length > 1 ? 's' : ''} trouvée${found.length > 1 ? 's' : ''}` : ''}
      </p>
      {found.length ? (
        <ul className="pro__found">
          {found.map((c) => (
            <li key={c.code}>
              <Button variant="secondary" disabled={chosen.includes(c.code)} onClick={() => onAdd(c.code, c.name)}>
                {action} {c.name} ({c.postcodes[0] ?? c.code}, code {c.code})
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
