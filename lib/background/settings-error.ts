/** A setting the agent typed that cannot work (an address, a missing token): its message, already
 * in the interface language, is shown as is. */
export class SettingsError extends Error {}
