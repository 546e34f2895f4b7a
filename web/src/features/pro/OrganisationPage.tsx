import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { ApiError, INVITE_MEMBER, ORG_PROFILE, PENDING_ORGS, UPDATE_ORG_PROFILE, VALIDATE_ORG, request, type OrgProfile, type Role } from './api.js';
import { CommunePicker } from './CommunePicker.js';
import { m, ma, ROLES } from './messages.js';
import { ms } from './statistics/statistics-messages.js';
import { canEditOrg, errorText, useSession } from './ProPage.js';
import { Card, Field, Notice, Spinner } from './ui.js';

interface VenueForm {
  key: number;
  id?: string;
  name: string;
  address: string;
  communeCode: string;
  communeName: string;
  lat: string;
  lng: string;
}
interface ProfileForm {
  email: string;
  phone: string;
  website: string;
  description: string;
  defaultResponseDelayDays: string;
  communes: string;
  epcis: string;
  departements: string;
  national: boolean;
  venues: VenueForm[];
}

let nextKey = 1;
function toForm(org: OrgProfile): ProfileForm {
  return {
    email: org.email,
    phone: org.phone,
    website: org.website ?? '',
    description: org.description,
    defaultResponseDelayDays: String(org.defaultResponseDelayDays),
    communes: org.coverage.communes.join(', '),
    epcis: org.coverage.epcis.join(', '),
    departements: org.coverage.departements.join(', '),
    national: org.coverage.national,
    venues: org.venues.map((v) => ({
      key: nextKey++,
      id: v.id,
      name: v.name,
      address: v.address,
      communeCode: v.commune.code,
      communeName: v.commune.name,
      lat: String(v.point.lat),
      lng: String(v.point.lng),
    })),
  };
}

const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** `input.venues[0].name` → `org-venues-0-name`; falls back on the nearest rendered field. */
function fieldId(prefix: string, field: string): string | undefined {
  const parts = field
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.');
  if (parts[0] === 'venues' && parts[2] === 'id') parts[2] = 'name';
  for (let n = parts.length; n > 0; n--) {
    const id = `${prefix}-${parts.slice(0, n).join('-')}`;
    if (document.getElementById(id)) return id;
  }
  return undefined;
}

/** `/pro/organisation/:id`: the public profile, its venues, and inviting members. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  const [org, setOrg] = useState<OrgProfile | null>();
  const [error, setError] = useState<string>();
  usePageTitle(org ? ma.orgTitle(org.name) : m.title);

  useEffect(() => {
    request<{ portalOrganisations: OrgProfile[] }>(ORG_PROFILE)
      .then((d) => setOrg(d.portalOrganisations.find((o) => o.id === id) ?? null))
      .catch((e: unknown) => setError(errorText(e)));
  }, [id]);

  if (error)
    return (
      <div role="alert">
        <Notice tone="error">{error}</Notice>
      </div>
    );
  if (org === undefined) return <Spinner label={m.loading} />;
  if (org === null || !canEditOrg(me, org.id))
    return (
      <div role="alert">
        <Notice tone="error">{m.forbiddenOrg}</Notice>
      </div>
    );
  return (
    <>
      <h1 tabIndex={-1}>{ma.orgTitle(org.name)}</h1>
      <p>
        <Link to={`/pro/offres?organisation=${encodeURIComponent(org.id)}`}>{m.seeOffers}</Link>
        {' · '}
        <Link to={`/pro/organisation/${encodeURIComponent(org.id)}/statistiques`}>{ms.orgLink}</Link>
      </p>
      <ProfileEditor org={org} onSaved={setOrg} />
      <InviteMember organisationId={org.id} />
    </>
  );
}

function ProfileEditor({ org, onSaved }: { org: OrgProfile; onSaved: (org: OrgProfile) => void }) {
  const [form, setForm] = useState<ProfileForm>(() => toForm(org));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setVenue = (key: number, patch: Partial<VenueForm>) => setForm((f) => ({ ...f, venues: f.venues.map((v) => (v.key === key ? { ...v, ...patch } : v)) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      const { updateOrganisationProfile } = await request<{ updateOrganisationProfile: OrgProfile }>(UPDATE_ORG_PROFILE, {
        id: org.id,
        input: {
          email: form.email.trim(),
          phone: form.phone.trim(),
          website: form.website.trim() || null,
          description: form.description,
          defaultResponseDelayDays: Number.parseInt(form.defaultResponseDelayDays, 10) || 0,
          coverage: { communes: codes(form.communes), epcis: codes(form.epcis), departements: codes(form.departements), national: form.national },
          venues: form.venues.map((v) => ({
            ...(v.id ? { id: v.id } : {}),
            name: v.name.trim(),
            address: v.address.trim(),
            communeCode: v.communeCode.trim(),
            lat: number(v.lat),
            lng: number(v.lng),
          })),
        },
      });
      onSaved(updateOrganisationProfile);
      setForm(toForm(updateOrganisationProfile));
      setMessage({ tone: 'success', text: ma.orgSaved });
    } catch (e) {
      const target = e instanceof ApiError && e.field ? fieldId('org', e.field) : undefined;
      if (target) {
        setErrors({ [target]: errorText(e) });
        setMessage({ tone: 'error', text: m.formErrors });
        window.setTimeout(() => document.getElementById(target)?.focus(), 0);
      } else setMessage({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const text = (key: 'email' | 'phone' | 'website' | 'defaultResponseDelayDays', label: string, type: string, extra: { optional?: boolean; description?: string } = {}) => (
    <Field id={`org-${key}`} label={label} error={errors[`org-${key}`]} description={extra.description} optional={extra.optional ? ma.optional : undefined}>
      {(p) => <input {...p} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const coverage = (key: 'communes' | 'epcis' | 'departements', label: string) => (
    <Field id={`org-coverage-${key}`} label={label} description={ma.codesHint} error={errors[`org-coverage-${key}`]} optional={ma.optional}>
      {(p) => <input {...p} type="text" value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form className="pro__form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <fieldset>
        <legend>{ma.contacts}</legend>
        {text('email', m.email, 'email')}
        {text('phone', ma.phone, 'tel')}
        {text('website', ma.website, 'url', { optional: true, description: 'https://…' })}
        <Field id="org-description" label={ma.description} error={errors['org-description']}>
          {(p) => <textarea {...p} rows={5} value={form.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        {text('defaultResponseDelayDays', ma.delay, 'number')}
      </fieldset>
      <fieldset>
        <legend>{ma.coverage}</legend>
        <CommunePicker id="org-commune-search" chosen={codes(form.communes)} onAdd={(code) => set('communes', [...codes(form.communes), code].join(', '))} />
        {coverage('communes', ma.communes)}
        {coverage('epcis', ma.epcis)}
        {coverage('departements', ma.departements)}
      </fieldset>
      <fieldset>
        <legend>{ma.venues}</legend>
        {form.venues.map((v, index) => {
          const venueField = (key: 'name' | 'address' | 'communeCode' | 'lat' | 'lng', label: string, type = 'text', description?: string, optional?: boolean) => {
            const id = `org-venues-${index}-${key}`;
            return (
              <Field id={id} label={label} description={description} error={errors[id]} optional={optional ? ma.optional : undefined}>
                {(p) => <input {...p} type={type} inputMode={key === 'lat' || key === 'lng' ? 'decimal' : undefined} value={v[key]} onChange={(e) => setVenue(v.key, key === 'communeCode' ? { communeCode: e.target.value, communeName: '' } : { [key]: e.target.value })} />}
              </Field>
            );
          };
          return (
            <fieldset key={v.key} className="pro__venue">
              <legend>
                {ma.venue(index + 1)}
                {v.name.trim() ? ` — ${v.name.trim()}` : ''}
              </legend>
              {venueField('name', ma.venueName)}
              {venueField('address', ma.address)}
              <CommunePicker
                id={`org-venues-${index}-commune-search`}
                label={ma.venueCommuneSearch}
                action={ma.choose}
                chosen={[v.communeCode]}
                onAdd={(code, name) => {
                  setVenue(v.key, { communeCode: code, communeName: name });
                  window.setTimeout(() => document.getElementById(`org-venues-${index}-communeCode`)?.focus(), 0);
                }}
              />
              {venueField('communeCode', ma.commune, 'text', v.communeName && v.communeCode ? v.communeName : undefined)}
              <div className="pro__row">
                {venueField('lat', ma.lat, 'text', ma.latLngHint, true)}
                {venueField('lng', ma.lng, 'text', undefined, true)}
              </div>
              <Button
                variant="quiet"
                onClick={() => {
                  setForm((f) => ({ ...f, venues: f.venues.filter((x) => x.key !== v.key) }));
                  window.setTimeout(() => document.getElementById('org-add-venue')?.focus(), 0);
                }}
              >
                {ma.removeVenue}
                <span className="sr-only"> — {v.name || ma.venue(index + 1)}</span>
              </Button>
            </fieldset>
          );
        })}
        <Button
          variant="secondary"
          id="org-add-venue"
          onClick={() => {
            const index = form.venues.length;
            setForm((f) => ({ ...f, venues: [...f.venues, { key: nextKey++, name: '', address: '', communeCode: '', communeName: '', lat: '', lng: '' }] }));
            window.setTimeout(() => document.getElementById(`org-venues-${index}-name`)?.focus(), 0);
          }}
        >
          {ma.addVenue}
        </Button>
      </fieldset>
      <div role="status">{message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}</div>
      <div role="alert">{message?.tone === 'error' ? <Notice tone="error">{message.text}</Notice> : null}</div>
      <Button type="submit" disabled={busy}>
        {m.save}
      </Button>
    </form>
  );
}

const INVITE_ROLES: Role[] = ['ORG_ADMIN', 'EDITOR', 'COUNSELLOR'];

function InviteMember({ organisationId }: { organisationId: string }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['EDITOR']);
  const [errors, setErrors] = useState<{ email?: string; displayName?: string; roles?: string }>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setMessage(undefined);
    setBusy(true);
    try {
      await request(INVITE_MEMBER, { input: { organisationId, email: email.trim(), displayName: displayName.trim(), roles } });
      setMessage({ tone: 'success', text: ma.invited(email.trim()) });
      setEmail('');
      setDisplayName('');
    } catch (e) {
      const field = e instanceof ApiError ? e.field?.replace(/^input\./, '') : undefined;
      if (field === 'email' || field === 'displayName' || field === 'roles') {
        setErrors({ [field]: errorText(e) });
        window.setTimeout(() => document.getElementById(field === 'roles' ? 'invite-role-ORG_ADMIN' : `invite-${field}`)?.focus(), 0);
      } else setMessage({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="pro-invite">
      <h2 id="pro-invite">{ma.invite}</h2>
      <form className="pro__form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="pro-invite">
        <Field id="invite-email" label={m.email} error={errors.email}>
          {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id="invite-displayName" label={ma.inviteName} error={errors.displayName}>
          {(p) => <input {...p} type="text" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <fieldset aria-describedby={errors.roles ? 'invite-roles-error' : undefined}>
          <legend>{ma.inviteRoles}</legend>
          <div role="alert" className="field__error-region">
            {errors.roles ? (
              <p className="field__error" id="invite-roles-error">
                <span aria-hidden="true">⚠ </span>
                {errors.roles}
              </p>
            ) : null}
          </div>
          {INVITE_ROLES.map((role) => (
            <label key={role} className="pro__check">
              <input
                id={`invite-role-${role}`}
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => setRoles((r) => (e.target.checked ? [...r, role] : r.filter((x) => x !== role)))}
              />{' '}
              {ROLES[role]}
            </label>
          ))}
        </fieldset>
        <div role="status">{message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}</div>
        <div role="alert">{message?.tone === 'error' ? <Notice tone="error">{message.text}</Notice> : null}</div>
        <Button type="submit" disabled={busy}>
          {ma.invite}
        </Button>
      </form>
    </section>
  );
}

/** For coordinators and admins, on the dashboard: organisations waiting for validation. */
export function PendingOrganisations() {
  const [orgs, setOrgs] = useState<{ id: string; name: string; email: string }[]>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const load = useCallback(
    () =>
      request<{ pendingOrganisations: { id: string; name: string; email: string }[] }>(PENDING_ORGS)
        .then((d) => setOrgs(d.pendingOrganisations))
        .catch((e: unknown) => setMessage({ tone: 'error', text: errorText(e) })),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function validate(org: { id: string; name: string }) {
    setMessage(undefined);
    try {
      await request(VALIDATE_ORG, { id: org.id });
      await load();
      setMessage({ tone: 'success', text: ma.validated(org.name) });
      // Its button is gone: focus goes back to the list's heading.
      document.getElementById('pro-pending')?.focus();
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e) });
    }
  }

  return (
    <section aria-labelledby="pro-pending">
      <h2 id="pro-pending" tabIndex={-1}>{ma.pendingOrgs}</h2>
      <div role="status">{message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}</div>
      <div role="alert">{message?.tone === 'error' ? <Notice tone="error">{message.text}</Notice> : null}</div>
      {!orgs ? <Spinner label={m.loading} /> : orgs.length === 0 ? <p>{ma.pendingEmpty}</p> : null}
      {orgs?.length ? (
        <ul className="pro__cards">
          {orgs.map((org) => (
            <li key={org.id}>
              <Card>
                <h3>
                  <Link to={`/pro/organisation/${org.id}`}>{org.name}</Link>
                </h3>
                <p>{org.email}</p>
                <Button onClick={() => void validate(org)}>
                  {ma.validate}
                  <span className="sr-only"> — {org.name}</span>
                </Button>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
