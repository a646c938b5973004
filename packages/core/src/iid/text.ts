/**
 * The IID's text helper: a text in both languages. Engine code and edition data both use it; it
 * lives here so the engine does not import an edition to write a message.
 *
 * @module
 */
import type { LocalizedText } from '../shared/i18n.js';

/** A text in Bahasa Indonesia and English. */
export const t = (id: string, en: string): LocalizedText => ({ id, en });
