import { plural } from '#shared/format';
import { useState } from 'react';
import type { Template } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { MenuButton } from '#renderer/components/Menu';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { Ellipsis } from 'lucide-react';
import { TemplateForm } from './TemplateForm';

/** One template as it reads: its name and the agenda it adds. */
function TemplateCard({ template, onEdit }: { template: Template; onEdit: () => void }) {
  return (
    <li className="template-card">
      <div className="template-card__header">
        <div>
          <h2 className="template-card__name">{template.name}</h2>
          <p className="template-card__meta">
            {plural(template.items.length, 'item')}
            {template.builtIn ? ' · comes with Cairn' : ''}
          </p>
        </div>
        <MenuButton
          label={<Ellipsis className="icon" aria-hidden="true" />}
          ariaLabel={`Actions for ${template.name}`}
          className="button button--quiet button--icon"
          actions={[{ id: 'edit', label: 'Edit…', onAction: onEdit }]}
        />
      </div>
      <ol className="template-card__items">
        {template.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
    </li>
  );
}

/** The 1:1 templates, read first; New template and Edit open the form in a dialog. */
export function TemplatesScreen() {
  const templates = useRequest(() => call('oneOnOnes.templates', {}), 'templates');
  const notice = useToast();
  // A blank template to create, one to edit, or null when no dialog is open.
  const [editing, setEditing] = useState<{ template: Template; isNew: boolean } | null>(null);
  const startNew = () =>
    setEditing({ template: { id: crypto.randomUUID(), name: '', items: [], builtIn: false }, isNew: true });

  return (
    <>
      <PageHeader
        title="1:1 templates"
        subtitle="Applied to an agenda, a template adds its items and never removes what is there."
        primary={
          <button type="button" className="button button--primary" onClick={startNew}>
            New template…
          </button>
        }
      />
      {templates.error ? <ErrorMessage error={templates.error} /> : null}
      {templates.data?.length ? (
        <ul className="template-list" aria-label="Templates">
          {templates.data.map((t) => (
            <TemplateCard key={t.id} template={t} onEdit={() => setEditing({ template: t, isNew: false })} />
          ))}
        </ul>
      ) : null}
      <Modal
        title={editing?.isNew ? 'New template' : `Edit ${editing?.template.name ?? 'template'}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <TemplateForm
            key={editing.template.id}
            template={editing.template}
            submitLabel={editing.isNew ? 'Add template' : 'Save template'}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              notice(`Template “${saved.name}” saved.`);
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
