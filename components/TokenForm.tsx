import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ask } from '@/lib/messages';
import type { AccountInfo } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { NoticeLine } from './NoticeLine';
import { useFormSubmit, type Notice } from './use-form-submit';

interface Props {
  /** The form's class and the token field's id, as each page's stylesheet knows them. */
  formClass: string;
  fieldId: string;
  placeholder: string;
  /** A token must be typed (the popup); the options page keeps the saved one when left empty. */
  required?: boolean;
  /** Said on Save while Planpoint checks the token. */
  checking: string;
  /** Sent with the token: the server to check it with, and the viewer lookup saved beside it. */
  baseUrl: string;
  namespace: string;
  hostName: string;
  /** What the page does once the token is saved; returns the confirmation to show (null: none). */
  onSaved: (account: AccountInfo) => string | null;
  /** Shown above the token field (the options card's heading and what is saved now). */
  heading?: ComponentChildren;
  /** Fields below the token field, sent with it (the options card's address and viewer lookup). */
  children?: ComponentChildren;
  /**
   * Buttons beside Save, which then sit in an actions row (the options card's Sign out). They
   * speak through the form's notice line.
   */
  actions?: (say: (notice: Notice) => void) => ComponentChildren;
}

/** The token field and its Save button: the popup's first-run form and the options page's card. */
export function TokenForm(props: Props) {
  const { baseUrl, namespace, hostName, fieldId, actions } = props;
  const [token, setToken] = useState('');
  const { busy, notice, setNotice, submit } = useFormSubmit(
    () => ask('saveSettings', { token, baseUrl, namespace, hostName }),
    (answer) => {
      setToken('');
      return props.onSaved(answer.account);
    },
  );

  const save = (
    <button type="submit" disabled={busy}>
      {busy ? props.checking : t('common.save')}
    </button>
  );
  return (
    <form class={props.formClass} onSubmit={submit}>
      {props.heading}
      <label for={fieldId}>{t('popup.tokenLabel')}</label>
      <input
        id={fieldId}
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
        placeholder={props.placeholder}
        required={props.required}
      />
      {props.children}
      {actions ? (
        <div class="actions">
          {save}
          {actions(setNotice)}
        </div>
      ) : (
        save
      )}
      <NoticeLine notice={notice} />
    </form>
  );
}
