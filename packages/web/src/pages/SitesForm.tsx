import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { useMessages } from '../i18n.js';
import { siteMessages } from '../i18n/sites.js';

export const REGIONS = ['bac', 'trung', 'nam'] as const;
export const MEDIA = ['disk', 'tape', 'optical', 'object'] as const;

/** Add an fs or S3 site; every problem comes back from the server in words. */
export function AddSiteForm() {
  const m = useMessages(siteMessages);
  const queryClient = useQueryClient();
  const [f, setF] = useState({ name: '', kind: 'fs', region: 'bac', medium: 'disk', path: '', endpoint: '', bucket: '', description: '' });
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/sites', {
          body: {
            name: f.name.trim(),
            kind: f.kind,
            region: f.region,
            medium: f.medium,
            description: f.description,
            ...(f.kind === 'fs' ? { path: f.path } : { endpoint: f.endpoint, bucket: f.bucket }),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sites'] });
      void queryClient.invalidateQueries({ queryKey: ['policy'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="account-form" onSubmit={submit} aria-labelledby="add-site-title">
      <h3 id="add-site-title">{m('add')}</h3>
      <label>
        {m('name')} <input required value={f.name} onChange={set('name')} placeholder="hue-tape" />
      </label>
      <label>
        {m('kind')}{' '}
        <select value={f.kind} onChange={set('kind')}>
          <option value="fs">fs</option>
          <option value="s3">S3</option>
        </select>
      </label>
      <label>
        {m('region')}{' '}
        <select value={f.region} onChange={set('region')}>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {m(`region.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m('medium')}{' '}
        <select value={f.medium} onChange={set('medium')}>
          {MEDIA.map((r) => (
            <option key={r} value={r}>
              {m(`medium.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {f.kind === 'fs' ? (
        <label>
          {m('path')} <input value={f.path} onChange={set('path')} placeholder="/mnt/bang-tu" />
        </label>
      ) : (
        <>
          <label>
            {m('endpoint')} <input value={f.endpoint} onChange={set('endpoint')} placeholder="https://s3.example.vn" />
          </label>
          <label>
            {m('bucket')} <input value={f.bucket} onChange={set('bucket')} />
          </label>
          <p className="hint">{m('keysHint')}</p>
        </>
      )}
      <label>
        {m('description')} <input value={f.description} onChange={set('description')} />
      </label>
      <button type="submit" className="primary" disabled={add.isPending}>
        {m('add')}
      </button>
      {add.error && (
        <p role="alert" className="notice notice-error">
          {add.error.message}
        </p>
      )}
      {add.data && <p role="status">{m('added', { name: add.data.name })}</p>}
    </form>
  );
}

/** Region, medium and description of one site, edited in its table row. */
export function EditSite({
  site,
  onDone,
}: {
  site: { name: string; region: string; medium: string; description: string };
  onDone: () => void;
}) {
  const m = useMessages(siteMessages);
  const queryClient = useQueryClient();
  const [region, setRegion] = useState(site.region);
  const [medium, setMedium] = useState(site.medium);
  const [description, setDescription] = useState(site.description);
  const save = useMutation({
    mutationFn: () => data(api.PUT('/api/sites/{name}', { params: { path: { name: site.name } }, body: { region, medium, description } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sites'] });
      void queryClient.invalidateQueries({ queryKey: ['policy'] });
      onDone();
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <select aria-label={m('region')} value={region} onChange={(e) => setRegion(e.target.value)}>
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {m(`region.${r}`)}
          </option>
        ))}
      </select>{' '}
      <select aria-label={m('medium')} value={medium} onChange={(e) => setMedium(e.target.value)}>
        {MEDIA.map((r) => (
          <option key={r} value={r}>
            {m(`medium.${r}`)}
          </option>
        ))}
      </select>{' '}
      <input aria-label={m('description')} value={description} onChange={(e) => setDescription(e.target.value)} />{' '}
      <button type="submit" className="primary" disabled={save.isPending}>
        {m('save')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {m('cancel')}
      </button>
      {save.error && (
        <span role="alert" className="danger">
          {' '}
          {save.error.message}
        </span>
      )}
    </form>
  );
}
