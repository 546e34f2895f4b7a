import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button.js';
import { ApiError, CREATE_ORG, request } from './api.js';
import { m } from './messages.js';
import { errorText } from './ProPage.js';
import { Field, Notice } from './ui.js';

const KINDS: Record<string, string> = {
  MISSION_LOCALE: 'Mission Locale',
  INFO_JEUNES: 'Info Jeunes',
  CPAM: 'CPAM',
  CAF: 'CAF',
  HABITAT_JEUNES: 'Habitat Jeunes',
  ADIL: 'ADIL',
  FRANCE_TRAVAIL: 'France Travail',
  ASSOCIATION: 'Association',
  LOCAL_AUTHORITY: 'Collectivité',
  HEALTH_SERVICE: 'Service de santé',
  TRAINING_CENTRE: 'Organisme de formation',
  EMPLOYER: 'Employeur',
  STATE_SERVICE: 'Service de l’État',
};

const FIELDS = ['name', 'kind', 'email', 'phone', 'departements'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * For coordinators and admins: a new partner organisation of their territory. It starts
 * PENDING (its offers stay invisible); then complete its profile, invite its members, validate it.
 */
export function NewOrganisation() {
  const [values, setValues] = useState<Record<FieldName, string>>({ name: '', kind: 'ASSOCIATION', email: '', phone: '', departements: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<{ id: string; name: string }>();
  const [busy, setBusy] = useState(false);
  const set = (name: FieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    const departements = values.departements.split(/[\s,;]+/).filter(Boolean);
    try {
      const input = {
        name: values.name.trim(),
        kind: values.kind,
        email: values.email.trim(),
        phone: values.phone.trim(),
        description: '',
        defaultResponseDelayDays: 3,
        coverage: { communes: [], epcis: [], departements, national: false },
        venues: [],
      };
      const data = await request<{ createOrganisation: { id: string; name: string } }>(CREATE_ORG, { input });
      setCreated(data.createOrganisation);
      setValues({ name: '', kind: 'ASSOCIATION', email: '', phone: '', departements: '' });
    } catch (e) {
      const path = e instanceof ApiError ? (e.field ?? '').replace(/^input\./, '').replace(/^coverage\./, '').replace(/\[\d+\]$/, '') : '';
      const field = FIELDS.find((name) => name === path);
      if (field) {
        setErrors({ [field]: errorText(e) });
        window.setTimeout(() => document.getElementById(`new-org-${field}`)?.focus(), 0);
      } else setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const text = (name: FieldName, label: string, type = 'text', description?: string) => (
    <Field id={`new-org-${name}`} label={label} error={errors[name]} description={description}>
      {(p) => <input {...p} type={type} value={values[name]} onChange={(e) => set(name)(e.target.value)} />}
    </Field>
  );

  return (
    <section aria-labelledby="pro-new-org">
      <h2 id="pro-new-org">Ajouter une organisation</h2>
      <p>Elle reste « en attente » (ses offres ne sont pas visibles) jusqu’à ce que tu la valides.</p>
      <form className="pro__form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="pro-new-org">
        {text('name', 'Nom')}
        <Field id="new-org-kind" label="Type de structure" error={errors.kind}>
          {(p) => (
            <select {...p} value={values.kind} onChange={(e) => set('kind')(e.target.value)}>
              {Object.entries(KINDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('email', 'Adresse de contact publique', 'email')}
        {text('phone', 'Téléphone public', 'tel', 'Par exemple : 05 58 00 00 00')}
        {text('departements', 'Départements couverts', 'text', 'Codes séparés par des virgules, par exemple : 40, 64')}
        <div role="status">
          {created ? (
            <Notice tone="success">
              {created.name} est créée. <Link to={`/pro/organisation/${created.id}`}>Compléter son profil et inviter ses membres</Link>
            </Notice>
          ) : null}
        </div>
        <div role="alert">{message ? <Notice tone="error">{message}</Notice> : null}</div>
        <Button type="submit" disabled={busy}>
          {busy ? m.loading : 'Ajouter'}
        </Button>
      </form>
    </section>
  );
}
