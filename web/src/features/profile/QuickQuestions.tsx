import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { isSituation, parseAge, SITUATIONS, useProfile, type Profile } from './profile.js';

/**
 * The optional quick questions (age, situation). Answers stay on the device and can be
 * changed or deleted at any time; `onSaved` lets a page use them at once.
 */
export function QuickQuestions({ onSaved }: { onSaved?: (profile: Profile) => void }) {
  const t = useT();
  const id = useId();
  const [profile, saveProfile] = useProfile();
  const [age, setAge] = useState(profile.age !== undefined ? String(profile.age) : '');
  const [situation, setSituation] = useState<string>(profile.situation ?? '');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedAge = age.trim() === '' ? undefined : parseAge(age);
    if (age.trim() !== '' && parsedAge === undefined) {
      setError(t.profile.ageError);
      setMessage('');
      document.getElementById(`${id}-age`)?.focus();
      return;
    }
    setError(undefined);
    const next: Profile = { age: parsedAge, situation: isSituation(situation) ? situation : undefined };
    saveProfile(next);
    setMessage(next.age === undefined && next.situation === undefined ? t.profile.cleared : t.profile.saved);
    onSaved?.(next);
  };

  const clear = () => {
    setAge('');
    setSituation('');
    setError(undefined);
    saveProfile({});
    setMessage(t.profile.cleared);
    onSaved?.({});
  };

  return (
    <form className="quick-questions" onSubmit={submit} noValidate>
      <p className="quick-questions__intro">{t.profile.intro}</p>
      <Field id={`${id}-age`} label={t.profile.age} description={t.profile.ageHint} error={error} optional={t.common.optional}>
        {(props) => (
          <input
            {...props}
            className="input--short"
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={2}
            autoComplete="off"
            value={age}
            onChange={(event) => setAge(event.target.value)}
          />
        )}
      </Field>
      <Field id={`${id}-situation`} label={t.profile.situation} optional={t.common.optional}>
        {(props) => (
          <select {...props} value={situation} onChange={(event) => setSituation(event.target.value)}>
            <option value="">{t.profile.situationNone}</option>
            {SITUATIONS.map((code) => (
              <option key={code} value={code}>
                {t.situations[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <Button type="submit">{t.profile.save}</Button>
        <Button variant="quiet" onClick={clear}>
          {t.profile.clear}
        </Button>
      </div>
      <p role="status" className="quick-questions__status">
        {message}
      </p>
    </form>
  );
}
