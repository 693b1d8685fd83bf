// Appointment error codes (domain/seats.ts) as messages in the UI language.
import { m } from '$lib/presentation/i18n';

export function appointmentErrorText(code: string): string {
  switch (code) {
    case 'required':
      return m.error_required();
    case 'end-before-start':
      return m.people_appointment_error_end();
    case 'successor-too-early':
      return m.people_appointment_error_successor();
    case 'same-person':
      return m.people_appointment_error_same();
    default:
      return m.people_appointment_error_date();
  }
}
