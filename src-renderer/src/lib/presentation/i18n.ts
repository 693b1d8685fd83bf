// The app's messages (compiled by paraglide from src-renderer/i18n/messages/*.json).
export { m } from '$i18n/messages.js';
