import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ask, type MessageError } from '@/lib/messages';
import type { AccountInfo } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { NoticeLine } from './NoticeLine';
import { useFormSubmit } from './use-form-submit';

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
  /** Told of a failure, besides the notice the form shows (the options page offers host access). */
  onFailure?: (error: MessageError) => void;
  /** Fields below the token field, sent with it (the options card's address and viewer lookup). */
  children?: ComponentChildren;
}

/** The token field and its Save button: the popup's first-run form and the options page's card. */
export function TokenForm(props: Props) {
  const { baseUrl, namespace, hostName, fieldId } = props;
  const [token, setToken] = useState('');
  const { busy, notice, submit } = useFormSubmit(
    () => ask('saveSettings', { token, baseUrl, namespace, hostName }),
    (answer) => {
      setToken('');
      return props.onSaved(answer.account);
    },
    props.onFailure,
  );

  return (
    <form class={props.formClass} onSubmit={submit}>
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
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? props.checking : t('common.save')}
        </button>
      </div>
      <NoticeLine notice={notice} />
    </form>
  );
}
