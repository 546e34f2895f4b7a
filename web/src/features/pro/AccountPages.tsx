import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { ApiError, ACCEPT_INVITATION, REQUEST_RESET, RESET_PASSWORD, request } from './api.js';
import { m, ma } from './messages.js';
import { errorText } from './ProPage.js';
import { Field, Notice } from './ui.js';

/** Two password fields; the API's policy message lands on the first one. */
function NewPasswordForm({
  idPrefix,
  submitLabel,
  onSubmit,
}: {
  idPrefix: string;
  submitLabel: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!password) next.password = m.passwordRequired;
    else if (password !== confirm) next.confirm = ma.passwordsDiffer;
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.confirm) return confirmRef.current?.focus();
    setBusy(true);
    try {
      await onSubmit(password);
    } catch (e) {
      if (e instanceof ApiError && e.field === 'password') {
        setErrors({ password: errorText(e) });
        passwordRef.current?.focus();
      } else setErrors({ form: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div role="alert">{errors.form ? <Notice tone="error">{errors.form}</Notice> : null}</div>
      <form onSubmit={(e) => void submit(e)} noValidate className="pro__form">
        <Field id={`${idPrefix}-password`} label={ma.newPassword} description={ma.newPasswordHint} error={errors.password}>
          {(p) => <input {...p} ref={passwordRef} type="password" name="new-password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Field id={`${idPrefix}-confirm`} label={ma.confirmPassword} error={errors.confirm}>
          {(p) => <input {...p} ref={confirmRef} type="password" name="confirm-password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
        </Field>
        <Button type="submit" disabled={busy}>
          {busy ? ma.sending : submitLabel}
        </Button>
      </form>
    </>
  );
}

/** `/pro/invitation?jeton=…`: the first password; the API signs the account in. */
export function InvitationPage({ onSignedIn }: { onSignedIn: () => void }) {
  usePageTitle(ma.invitationTitle);
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  return (
    <div className="pro pro--narrow">
      <h1 tabIndex={-1}>{ma.invitationTitle}</h1>
      <p>{ma.invitationIntro}</p>
      {token ? (
        <NewPasswordForm
          idPrefix="invitation"
          submitLabel={ma.activate}
          onSubmit={async (password) => {
            await request(ACCEPT_INVITATION, { token, password });
            onSignedIn();
          }}
        />
      ) : (
        <div role="alert">
          <Notice tone="error">{ma.missingToken}</Notice>
        </div>
      )}
    </div>
  );
}

/** `/pro/mot-de-passe-oublie`: always the same neutral confirmation. */
export function ForgotPasswordPage() {
  usePageTitle(ma.forgotTitle);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    if (!email.trim()) {
      setError(m.emailRequired);
      return emailRef.current?.focus();
    }
    setError(undefined);
    setBusy(true);
    try {
      await request(REQUEST_RESET, { email: email.trim() });
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.field === 'email') {
        setError(errorText(e));
        emailRef.current?.focus();
      } else setFormError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pro pro--narrow">
      <h1 tabIndex={-1}>{ma.forgotTitle}</h1>
      <div role="status">{done ? <Notice tone="success">{ma.forgotDone}</Notice> : null}</div>
      <div role="alert">{formError ? <Notice tone="error">{formError}</Notice> : null}</div>
      {done ? null : (
        <>
          <p>{ma.forgotIntro}</p>
          <form onSubmit={(e) => void submit(e)} noValidate className="pro__form">
            <Field id="forgot-email" label={m.email} error={error}>
              {(p) => <input {...p} ref={emailRef} type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <Button type="submit" disabled={busy}>
              {busy ? ma.sending : ma.sendLink}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/pro">{ma.backToSignIn}</Link>
      </p>
    </div>
  );
}

/** `/pro/mot-de-passe?jeton=…`: a new password from a reset link. */
export function ResetPasswordPage() {
  usePageTitle(ma.resetTitle);
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [done, setDone] = useState(false);
  return (
    <div className="pro pro--narrow">
      <h1 tabIndex={-1}>{ma.resetTitle}</h1>
      <div role="status">{done ? <Notice tone="success">{ma.resetDone}</Notice> : null}</div>
      {done ? null : token ? (
        <NewPasswordForm
          idPrefix="reset"
          submitLabel={ma.resetSubmit}
          onSubmit={async (password) => {
            await request(RESET_PASSWORD, { token, password });
            setDone(true);
          }}
        />
      ) : (
        <div role="alert">
          <Notice tone="error">{ma.missingToken}</Notice>
        </div>
      )}
      <p>
        <Link to="/pro">{ma.backToSignIn}</Link>
      </p>
    </div>
  );
}
