import type { ApiFinding } from '../api/client.js';
import { FieldFindings } from '../components/Tt05Field.js';
import { useMessages } from '../i18n.js';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';

/** "Saved", with the warnings the server returned with the saved record (they did not refuse it). */
export function SavedNotice({ warnings }: { warnings: readonly ApiFinding[] }) {
  const m = useMessages(catalogueEditMessages);
  return (
    <div role="status" className="notice" data-saved="true">
      <p>{warnings.length > 0 ? m('edit.savedWarnings') : m('edit.saved')}</p>
      <FieldFindings id="saved-warnings" findings={warnings} />
    </div>
  );
}
