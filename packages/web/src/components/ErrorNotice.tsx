import { ApiError } from '../api/client.js';
import { useErrorText } from './Uploads.js';

/**
 * A failed request as the person should read it: the API's message and every finding it carried,
 * or an upload's failure (too large, network) in words — never nothing.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  const errorText = useErrorText();
  if (error === null || error === undefined) return null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{error instanceof ApiError ? error.message : errorText(error)}</p>
      {error instanceof ApiError && error.findings.length > 0 && (
        <ul>
          {error.findings.map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
