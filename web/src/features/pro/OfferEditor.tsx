import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { Field, Notice, Spinner } from './ui.js';
import { OfferDetails, type OfferViewData } from '../offer/OfferPage.js';
import { ApiError, ARCHIVE_OFFER, CREATE_OFFER, DUPLICATE_OFFER, OFFER, request, SUBMIT_OFFER, UPDATE_OFFER, type Coverage, type PortalOffer, type Venue } from './api.js';
import { AUDIT_ACTIONS, ENGAGEMENTS, FORMATS, m, SITUATIONS, STATUS_LABEL, THEMES } from './messages.js';
import { errorText, formatDateTime, useSession } from './ProPage.js';
import { CommunePicker } from './CommunePicker.js';
import { SessionsPanel } from './SessionsPanel.js';

interface Form {
  title: string;
  summary: string;
  description: string;
  theme: string;
  category: string;
  format: string;
  ageMin: string;
  ageMax: string;
  situations: string[];
  conditions: string;
  ownCoverage: boolean;
  communes: string;
  epcis: string;
  departements: string;
  national: boolean;
  venueIds: string[];
  remote: boolean;
  cost: string;
  validFrom: string;
  validUntil: string;
  responseDelayDays: string;
  engagement: string[];
  externalUrl: string;
  phone: string;
}

const EMPTY: Form = {
  title: '',
  summary: '',
  description: '',
  theme: 'EMPLOYMENT',
  category: '',
  format: 'INDIVIDUAL_APPOINTMENT',
  ageMin: '15',
  ageMax: '30',
  situations: [],
  conditions: '',
  ownCoverage: false,
  communes: '',
  epcis: '',
  departements: '',
  national: false,
  venueIds: [],
  remote: false,
  cost: 'Gratuit',
  validFrom: '',
  validUntil: '',
  responseDelayDays: '',
  engagement: ['CONTACT_REQUEST'],
  externalUrl: '',
  phone: '',
};

function fromOffer(o: PortalOffer): Form {
  return {
    title: o.title,
    summary: o.summary,
    description: o.description,
    theme: o.theme,
    category: o.category,
    format: o.format,
    ageMin: String(o.eligibility.ageMin),
    ageMax: String(o.eligibility.ageMax),
    situations: o.eligibility.situations,
    conditions: o.eligibility.conditions ?? '',
    ownCoverage: !sameCoverage(o.coverage, o.organisation.coverage),
    communes: o.coverage.communes.join(', '),
    epcis: o.coverage.epcis.join(', '),
    departements: o.coverage.departements.join(', '),
    national: o.coverage.national,
    venueIds: o.venues.map((v) => v.id),
    remote: o.remote,
    cost: o.cost,
    validFrom: o.validFrom ?? '',
    validUntil: o.validUntil ?? '',
    responseDelayDays: String(o.responseDelayDays),
    engagement: o.engagement,
    externalUrl: o.externalUrl ?? '',
    phone: o.phone ?? '',
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
function sameCoverage(a: Coverage, b: Coverage): boolean {
  return a.national === b.national && sameList(a.communes, b.communes) && sameList(a.epcis, b.epcis) && sameList(a.departements, b.departements);
}

const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
const int = (text: string) => (text.trim() === '' ? null : Number.parseInt(text, 10));

function toInput(f: Form) {
  return {
    title: f.title,
    summary: f.summary,
    description: f.description,
    theme: f.theme,
    category: f.category,
    format: f.format,
    eligibility: { ageMin: int(f.ageMin) ?? 0, ageMax: int(f.ageMax) ?? 0, situations: f.situations, conditions: f.conditions.trim() || null },
    coverage: f.ownCoverage ? { communes: codes(f.communes), epcis: codes(f.epcis), departements: codes(f.departements), national: f.national } : null,
    venueIds: f.venueIds,
    remote: f.remote,
    cost: f.cost,
    validFrom: f.validFrom || null,
    validUntil: f.validUntil || null,
    responseDelayDays: int(f.responseDelayDays),
    engagement: f.engagement,
    externalUrl: f.externalUrl.trim() || null,
    phone: f.phone.trim() || null,
  };
}

/** `input.eligibility.ageMax` → `eligibility.ageMax`; `input.venueIds[1]` → `venueIds`. */
export function fieldKey(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return path.replace(/^input\./, '').replace(/\[\d+\].*$/, '');
}
const KNOWN = new Set([
  'title', 'summary', 'description', 'theme', 'category', 'format', 'eligibility.ageMin', 'eligibility.ageMax', 'eligibility.situations', 'eligibility.conditions',
  'coverage.communes', 'coverage.epcis', 'coverage.departements', 'coverage', 'venueIds', 'remote', 'cost', 'validFrom', 'validUntil', 'responseDelayDays', 'engagement', 'externalUrl', 'phone',
]);
const idOf = (key: string) => `offer-${key.replace(/\./g, '-')}`;

export function OfferEditor() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { orgs } = useSession();
  const navigate = useNavigate();
  const [offer, setOffer] = useState<PortalOffer | null>();
  const [loadError, setLoadError] = useState<string>();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [showPreview, setShowPreview] = useState(false);

  const load = useCallback(async () => {
    if (!id) return;
    try {
      const { portalOffer } = await request<{ portalOffer: PortalOffer | null }>(OFFER, { id });
      setOffer(portalOffer);
      if (portalOffer) setForm(fromOffer(portalOffer));
    } catch (e) {
      setLoadError(e instanceof ApiError && e.code === 'FORBIDDEN' ? m.forbidden : errorText(e));
    }
  }, [id]);
  useEffect(() => {
    setOffer(undefined);
    setLoadError(undefined);
    setDone(undefined);
    if (!id) setForm(EMPTY);
    void load();
  }, [id, load]);

  const orgId = offer?.organisation.id ?? params.get('organisation') ?? orgs[0]?.id;
  const venues: Venue[] = offer?.organisation.venues ?? orgs.find((o) => o.id === orgId)?.venues ?? [];
  usePageTitle(id ? (offer ? m.editTitle(offer.title) : m.title) : m.newTitle);

  if (id && loadError) {
    return (
      <>
        <h1 tabIndex={-1}>{m.title}</h1>
        <div role="alert"><Notice tone="error" title={loadError} /></div>
        <Link to="/pro">{m.dashboard}</Link>
      </>
    );
  }
  if (id && offer === undefined) return <Spinner label={m.loading} />;
  if (id && offer === null) return <div role="alert"><Notice tone="error" title={m.notFound} /></div>;

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'situations' | 'venueIds' | 'engagement', value: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value] }));

  function fail(e: unknown) {
    const key = e instanceof ApiError ? fieldKey(e.field) : undefined;
    if (key && KNOWN.has(key)) {
      setErrors({ [key]: errorText(e) });
      setFormError(m.formErrors);
      window.setTimeout(() => document.getElementById(idOf(key))?.focus(), 0);
    } else {
      setErrors({});
      setFormError(errorText(e));
    }
  }

  async function save(): Promise<string | undefined> {
    setErrors({});
    setFormError(undefined);
    setDone(undefined);
    try {
      if (id) {
        await request(UPDATE_OFFER, { id, input: toInput(form) });
        return id;
      }
      const { createOffer } = await request<{ createOffer: { id: string } }>(CREATE_OFFER, { organisationId: orgId, input: toInput(form) });
      return createOffer.id;
    } catch (e) {
      fail(e);
      return undefined;
    }
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = await save();
      if (!saved) return;
      if (!id) return void navigate(`/pro/offres/${saved}`, { state: { saved: true } });
      await load();
      setDone(m.saved);
    });
  };
  const onSubmitForReview = () =>
    run(async () => {
      const saved = await save();
      if (!saved) return;
      try {
        await request(SUBMIT_OFFER, { id: saved });
        if (!id) return void navigate(`/pro/offres/${saved}`);
        await load();
        setDone(m.submitted);
      } catch (e) {
        fail(e);
      }
    });
  const onDuplicate = () =>
    run(async () => {
      try {
        const { duplicateOffer } = await request<{ duplicateOffer: { id: string } }>(DUPLICATE_OFFER, { id });
        void navigate(`/pro/offres/${duplicateOffer.id}`);
      } catch (e) {
        fail(e);
      }
    });
  const onArchive = () => {
    if (!window.confirm(m.confirmArchive)) return;
    void run(async () => {
      try {
        await request(ARCHIVE_OFFER, { id });
        await load();
        setDone(m.archived);
      } catch (e) {
        fail(e);
      }
    });
  };

  const text = (key: keyof Form & string, label: string, extra: { type?: string; description?: string; optional?: boolean; className?: string } = {}) => (
    <Field id={idOf(key)} label={label} description={extra.description} optional={extra.optional ? 'facultatif' : undefined} error={errors[key]}>
      {(p) => <input {...p} type={extra.type ?? 'text'} className={extra.className} value={form[key] as string} onChange={(e) => set(key, e.target.value as never)} />}
    </Field>
  );
  const fieldText = (key: string, label: string, value: string, onChange: (v: string) => void, extra: { type?: string; description?: string; optional?: boolean; min?: number; max?: number } = {}) => (
    <Field id={idOf(key)} label={label} description={extra.description} optional={extra.optional ? 'facultatif' : undefined} error={errors[key]}>
      {(p) => <input {...p} type={extra.type ?? 'text'} min={extra.min} max={extra.max} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
  const area = (key: 'summary' | 'description' | 'conditions', errorKey: string, label: string, description?: string, optional?: boolean) => (
    <Field id={idOf(errorKey)} label={label} description={description} optional={optional ? 'facultatif' : undefined} error={errors[errorKey]}>
      {(p) => <textarea {...p} rows={key === 'description' ? 8 : 3} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const select = (key: 'theme' | 'format', label: string, options: Record<string, string>) => (
    <Field id={idOf(key)} label={label} error={errors[key]}>
      {(p) => (
        <select {...p} value={form[key]} onChange={(e) => set(key, e.target.value)}>
          {Object.entries(options).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const checks = (key: 'situations' | 'venueIds' | 'engagement', errorKey: string, legend: string, options: [string, ReactNode][], hint?: string) => (
    <fieldset id={idOf(errorKey)} tabIndex={-1} aria-describedby={errors[errorKey] ? `${idOf(errorKey)}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="field__desc">{hint}</p> : null}
      <div role="alert">
        {errors[errorKey] ? (
          <p className="field__error" id={`${idOf(errorKey)}-error`}>
            <span aria-hidden="true">⚠ </span>
            {errors[errorKey]}
          </p>
        ) : null}
      </div>
      {options.map(([value, label]) => (
        <label key={value} className="pro__check">
          <input type="checkbox" checked={form[key].includes(value)} onChange={() => toggle(key, value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );

  const editable = !offer || offer.status !== 'ARCHIVED';
  return (
    <>
      <p>
        <Link to={`/pro/offres?organisation=${encodeURIComponent(orgId ?? '')}`}>← {m.seeOffers}</Link>
      </p>
      <h1 tabIndex={-1}>{offer ? m.editTitle(offer.title) : m.newTitle}</h1>
      {offer ? (
        <p>
          Statut : <strong>{STATUS_LABEL[offer.status] ?? offer.status}</strong> · {m.colUpdated} : {formatDateTime(offer.updatedAt)}
        </p>
      ) : null}
      {offer?.reviewComment ? (
        <Notice tone="warning" title={m.reviewComment}>
          <p>{offer.reviewComment}</p>
        </Notice>
      ) : null}
      <div role="status">{done ? <Notice tone="success">{done}</Notice> : null}</div>
      <div role="alert">{formError ? <Notice tone="error">{formError}</Notice> : null}</div>

      <form className="pro__form" onSubmit={onSave} noValidate>
        <fieldset disabled={!editable}>
          <legend>L’offre</legend>
          {text('title', 'Titre', { description: '160 caractères au plus.' })}
          {area('summary', 'summary', 'Résumé en mots simples', '400 caractères au plus.')}
          {area('description', 'description', 'Description', 'Texte simple : sépare les paragraphes par une ligne vide.')}
          <div className="pro__row">
            {select('theme', 'Thème', THEMES)}
            {text('category', 'Catégorie', { description: 'Par exemple « Logement temporaire ».' })}
            {select('format', 'Format', FORMATS)}
          </div>
        </fieldset>

        <fieldset disabled={!editable}>
          <legend>Pour qui ?</legend>
          <div className="pro__row">
            {fieldText('eligibility.ageMin', 'Âge minimum', form.ageMin, (v) => set('ageMin', v), { type: 'number', min: 15, max: 30 })}
            {fieldText('eligibility.ageMax', 'Âge maximum', form.ageMax, (v) => set('ageMax', v), { type: 'number', min: 15, max: 30 })}
          </div>
          {checks('situations', 'eligibility.situations', 'Situations', Object.entries(SITUATIONS), 'Aucune case cochée : toutes les situations.')}
          {area('conditions', 'eligibility.conditions', 'Autres conditions', undefined, true)}
        </fieldset>

        <fieldset disabled={!editable}>
          <legend>Où ?</legend>
          <label className="pro__check">
            <input type="checkbox" checked={form.ownCoverage} onChange={(e) => set('ownCoverage', e.target.checked)} />
            Couverture propre à cette offre (sinon : celle de l’organisation)
          </label>
          {form.ownCoverage ? (
            <>
              {text('communes', 'Communes (codes INSEE)', { description: 'Séparés par des virgules, par exemple 40088, 40192.', optional: true })}
              <CommunePicker chosen={codes(form.communes)} onAdd={(code) => set('communes', [...codes(form.communes), code].join(', '))} />
              {text('epcis', 'Intercommunalités (codes SIREN des EPCI)', { description: 'Séparés par des virgules.', optional: true })}
              {text('departements', 'Départements (codes)', { description: 'Séparés par des virgules, par exemple 40, 64.', optional: true })}
              <label className="pro__check">
                <input type="checkbox" checked={form.national} onChange={(e) => set('national', e.target.checked)} />
                Toute la France
              </label>
            </>
          ) : null}
          {checks(
            'venueIds',
            'venueIds',
            'Lieux d’accueil',
            venues.map((v) => [v.id, `${v.name} — ${v.address}, ${v.commune.name}`]),
            'Au moins un lieu, sauf si l’offre se suit à distance.',
          )}
          <label className="pro__check">
            <input id={idOf('remote')} type="checkbox" checked={form.remote} onChange={(e) => set('remote', e.target.checked)} />
            Se suit aussi à distance (en ligne ou par téléphone)
          </label>
        </fieldset>

        <fieldset disabled={!editable}>
          <legend>Conditions pratiques</legend>
          {text('cost', 'Coût', { description: '« Gratuit », « Reste à charge : 20 € »…' })}
          <div className="pro__row">
            {text('validFrom', 'Valable à partir du', { type: 'date', optional: true })}
            {text('validUntil', 'Valable jusqu’au', { type: 'date', optional: true })}
            {fieldText('responseDelayDays', 'Délai de réponse (jours, 1 à 7)', form.responseDelayDays, (v) => set('responseDelayDays', v), { type: 'number', min: 1, max: 7, optional: true, description: 'Vide : le délai de l’organisation.' })}
          </div>
        </fieldset>

        <fieldset disabled={!editable}>
          <legend>Comment en profiter ?</legend>
          {checks('engagement', 'engagement', 'Modes de contact', Object.entries(ENGAGEMENTS), 'La réservation demande le format « Atelier collectif ».')}
          {text('externalUrl', 'Adresse du site (https://…)', { type: 'url', optional: true })}
          {text('phone', 'Téléphone', { type: 'tel', optional: true })}
        </fieldset>

        <div className="pro__actions">
          <Button type="submit" disabled={busy || !editable}>
            {m.save}
          </Button>
          {!offer || offer.status === 'DRAFT' ? (
            <Button variant="secondary" disabled={busy} onClick={() => void onSubmitForReview()}>
              {m.submit}
            </Button>
          ) : null}
          {offer ? (
            <Button variant="secondary" disabled={busy} onClick={() => void onDuplicate()}>
              {m.duplicate}
            </Button>
          ) : null}
          {offer && editable ? (
            <Button variant="quiet" disabled={busy} onClick={onArchive}>
              {m.archive}
            </Button>
          ) : null}
        </div>
      </form>

      {offer && offer.format === 'WORKSHOP' ? <SessionsPanel offer={offer} onChange={load} /> : null}

      {offer ? (
        <section aria-labelledby="pro-preview">
          <h2 id="pro-preview">{m.preview}</h2>
          <Button variant="secondary" aria-expanded={showPreview} aria-controls="pro-preview-body" onClick={() => setShowPreview((s) => !s)}>
            {showPreview ? 'Masquer l’aperçu' : 'Afficher l’aperçu'}
          </Button>
          <div id="pro-preview-body">{showPreview ? <Preview offer={offer.preview} /> : null}</div>
        </section>
      ) : null}

      {offer ? (
        <section aria-labelledby="pro-audit">
          <h2 id="pro-audit">{m.audit}</h2>
          {offer.audit.length === 0 ? <p>{m.auditEmpty}</p> : null}
          <ul>
            {offer.audit.map((a) => (
              <li key={a.id}>
                <time dateTime={a.at}>{formatDateTime(a.at)}</time> — {a.actor?.displayName ?? m.platform} — {AUDIT_ACTIONS[a.action] ?? a.action}
                {a.entityType === 'SESSION' ? ' (séance)' : ''}
                {a.summary ? ` : ${a.summary}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The offer exactly as a youth will see it: the youth offer page's own component (text only, never HTML). */
function Preview({ offer }: { offer: OfferViewData }) {
  return (
    <div className="pro__preview">
      <OfferDetails offer={offer} offline={false} />
    </div>
  );
}
