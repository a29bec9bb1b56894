import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  /** Why the value cannot be sent, shown under the field; null when there is nothing to fix. */
  problem: string | null;
  /** The control (input, select, textarea). */
  children: ComponentChildren;
  name: string;
}

export const problemId = (name: string) => `${name}-problem`;

/** A labelled form control with its problem beneath. The problem sits outside the label, so the
 * control's accessible name stays the label alone. */
export function FormField({ label, problem, children, name }: Props) {
  return (
    <div class="edit-field">
      <label>
        <span>{label}</span>
        {children}
      </label>
      {problem ? (
        <span class="error" role="alert" id={problemId(name)}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  problem: string | null;
  /** A number: phones and tablets offer their number keys. */
  numeric?: boolean;
  onInput: (event: Event) => void;
}

/** A one-line text field, marked invalid and described by its problem when it has one. */
export function TextField({ name, label, value, problem, numeric, onInput }: TextFieldProps) {
  return (
    <FormField name={name} label={label} problem={problem}>
      <input
        name={name}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId(name)}
        onInput={onInput}
      />
    </FormField>
  );
}
