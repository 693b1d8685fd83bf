// Passed on by each date and time field to the typed field under it (EntryInput).
/** What every date and time field takes from its form (DateField, TimeField, DateTimeField). */
export interface FieldProps {
  id: string;
  label: string;
  labelHidden?: boolean;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
  /** The person typed in the field. */
  oninput?: () => void;
  /** The value changed (typed, stepped or picked). */
  onchange?: (value: string) => void;
}
