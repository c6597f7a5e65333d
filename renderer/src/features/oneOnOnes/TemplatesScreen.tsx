import { useState } from 'react';
import type { Template } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';

function TemplateEditor({ template, onSaved }: { template: Template; onSaved?: () => void }) {
  const [name, setName] = useState(template.name);
  const [items, setItems] = useState(template.items.join('\n'));
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const notice = useToast();
  const base = `tpl-${template.id}`;
  const save = async () => {
    try {
      await call('oneOnOnes.saveTemplate', {
        id: template.id,
        name,
        items: items
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      });
      setError(null);
      notice(`Template “${name}” saved.`);
      onSaved?.();
    } catch (e) {
      const x = e as Error & { field?: string };
      setError({ field: x.field, message: x.message });
    }
  };
  return (
    <form
      className="panel"
      aria-label={`Template ${template.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${base}-name`}>Name</label>
        <input
          id={`${base}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error?.field === 'name' ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-items`}>Agenda items, one per line</label>
        <textarea
          id={`${base}-items`}
          rows={Math.max(4, template.items.length + 1)}
          value={items}
          onChange={(e) => setItems(e.target.value)}
          aria-invalid={error && error.field !== 'name' ? true : undefined}
        />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save template
        </button>
        {template.builtIn ? <span className="muted">Comes with Cairn; your edits are kept.</span> : null}
      </div>
    </form>
  );
}

export function TemplatesScreen() {
  const templates = useRequest(() => call('oneOnOnes.templates', {}), 'templates');
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="1:1 templates"
        subtitle="Applied to an agenda, a template adds its items and never removes what is there."
        actions={
          <button type="button" className="button" onClick={() => setAdding(crypto.randomUUID())}>
            New template
          </button>
        }
      />
      {adding ? (
        <TemplateEditor
          key={adding}
          template={{ id: adding, name: '', items: [], builtIn: false }}
          onSaved={() => setAdding(null)}
        />
      ) : null}
      {templates.data?.map((t) => (
        <TemplateEditor key={t.id} template={t} />
      ))}
    </>
  );
}
