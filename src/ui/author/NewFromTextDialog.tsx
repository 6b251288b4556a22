/**
 * New from text: an article pasted, opened from a .txt, .md or .html file, or fetched by its
 * address, with the source's title, publisher, date and address filled in where the page
 * states them and editable. "Suggest a graph" hands the checked text on to be coded; a problem
 * is said beside where it arose, and the text in the box is never lost to one.
 */
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';

import { checkPastedText } from '../../io/text/intake';
import { MAX_PAGE_BYTES, TEXT_LIMIT_WORDS } from '../../io/text/limits';
import { Modal } from '../open/Modal';
import './intake.css';
import { type DraftEntry, IntakeDrafts } from './intakeDrafts';
import { type FetchPage, browserFetch } from './intakeFetch';
import { type SourceFields, type TextSource, sourceOf } from './intakeFields';
import { type ProblemPlace, useTextIntake } from './intakeState';

export type { DraftEntry };

export interface NewFromTextInput {
  text: string;
  source: TextSource;
  /** What reading and checking the text found: parts of a page left out, another script. */
  notes: string[];
}

export interface NewFromTextDialogProps {
  /** Drafts kept in this browser, most recent first; null while they load. */
  drafts: DraftEntry[] | null;
  onReopen(id: string): void;
  onForgetDraft(id: string): void;
  onStart(input: NewFromTextInput): void;
  onClose(): void;
  /** How a web address is fetched; the browser's fetch unless a test passes another. */
  fetchPage?: FetchPage;
  /** Why the last "Suggest a graph" did not go through (the draft could not be kept). */
  failure?: string | null;
}

/** The picker suggests these; any file may still be chosen and is sniffed by its bytes. */
const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

const FIELDS: readonly { name: keyof SourceFields; label: string; hint?: string }[] = [
  { name: 'title', label: 'Title' },
  { name: 'publisher', label: 'Publisher' },
  { name: 'published', label: 'Date', hint: 'As the source writes it.' },
  { name: 'url', label: 'Address', hint: 'The web address of the article, if it has one.' },
];

function ProblemText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}

export function NewFromTextDialog({
  drafts,
  onReopen,
  onForgetDraft,
  onStart,
  onClose,
  fetchPage = browserFetch,
  failure = null,
}: NewFromTextDialogProps) {
  const intake = useTextIntake(fetchPage);
  const { text, fields, loaded, problem, busy } = intake;
  const [address, setAddress] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const base = useId();
  const idOf = (part: string) => `${base}-${part}`;
  const problemAt = (where: ProblemPlace) =>
    problem?.where === where ? problem.message : undefined;
  const problemId = (where: ProblemPlace) =>
    problemAt(where) ? idOf(`${where}-problem`) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkPastedText(text);
    if (!checked.ok) {
      intake.setProblem({ where: 'text', message: checked.message });
      textArea.current?.focus();
      return;
    }
    const source = sourceOf(fields);
    if (!source.ok) {
      intake.setProblem({ where: 'url', message: source.message });
      return;
    }
    const notes = [...new Set([...(loaded?.notes ?? []), ...checked.notes])];
    onStart({ text: checked.text, source: source.source, notes });
  };

  const onAddressKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter fetches the address; it must not submit the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void intake.fetchAddress(address);
  };

  return (
    <Modal
      title="New from text"
      className="open-dialog intake-dialog"
      onClose={onClose}
      description="Nothing is uploaded: the text is read and coded in this browser. The graph it suggests is yours to check, one suggestion at a time."
    >
      <form className="intake-form" onSubmit={submit} noValidate>
        <section className="open-section">
          <label htmlFor={idOf('text')} className="intake-label">
            Paste an article
          </label>
          <textarea
            ref={textArea}
            id={idOf('text')}
            className="text-input intake-text"
            rows={10}
            value={text}
            spellCheck={false}
            aria-invalid={problemAt('text') !== undefined}
            aria-describedby={problemId('text')}
            onChange={(event) => intake.editText(event.target.value)}
          />
          <p className="open-hint">In English; up to {TEXT_LIMIT_WORDS}.</p>
          <ProblemText id={idOf('text-problem')} message={problemAt('text')} />
        </section>

        <section className="open-section" aria-labelledby={idOf('file')}>
          <h3 id={idOf('file')}>or open a file</h3>
          <p className="open-hint">
            A .txt, .md or .html file. A saved web page (up to {MAX_PAGE_BYTES / 2 ** 20} MB) is
            reduced to its article: headline, byline, date and text, without scripts, menus or ads.
          </p>
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept={ACCEPT}
            tabIndex={-1}
            aria-hidden="true"
            data-testid="text-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void intake.openFile(file);
            }}
          />
          <button
            type="button"
            className="button intake-start"
            disabled={busy !== null}
            onClick={() => fileInput.current?.click()}
          >
            Choose a file…
          </button>
          <ProblemText id={idOf('file-problem')} message={problemAt('file')} />
        </section>

        <section className="open-section" aria-labelledby={idOf('web')}>
          <h3 id={idOf('web')}>or a web address</h3>
          <div className="open-url">
            <label htmlFor={idOf('address')}>Address of the article</label>
            <input
              id={idOf('address')}
              className="text-input"
              type="url"
              inputMode="url"
              autoComplete="url"
              value={address}
              aria-invalid={problemAt('address') !== undefined}
              aria-describedby={problemId('address')}
              onChange={(event) => {
                setAddress(event.target.value);
                if (problem?.where === 'address') intake.setProblem(null);
              }}
              onKeyDown={onAddressKey}
            />
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void intake.fetchAddress(address)}
            >
              Fetch
            </button>
            <ProblemText id={idOf('address-problem')} message={problemAt('address')} />
          </div>
          <p className="open-hint">
            Fetched by this browser where the site allows it; many news sites do not. Then open the
            page, copy its text and paste it above.
          </p>
        </section>

        <div id={idOf('status')} role="status" className="intake-status">
          {busy ? (
            <p>
              {busy}{' '}
              <button type="button" className="button small" onClick={intake.cancel}>
                Cancel
              </button>
            </p>
          ) : loaded ? (
            <>
              <p>Read from {loaded.from}.</p>
              {loaded.notes.length > 0 && (
                <ul className="intake-notes">
                  {loaded.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </div>

        <fieldset className="open-section intake-source">
          <legend>About the source</legend>
          <p className="open-hint">
            Filled in where the page states it. Correct or add what you know; what is left empty is
            not recorded.
          </p>
          <div className="intake-fields">
            {FIELDS.map(({ name, label, hint }) => {
              const id = idOf(`field-${name}`);
              const hintId = `${id}-hint`;
              const describedBy = [
                hint ? hintId : '',
                name === 'url' ? (problemId('url') ?? '') : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <div key={name} className="intake-field">
                  <label htmlFor={id}>{label}</label>
                  <input
                    id={id}
                    className="text-input"
                    type={name === 'url' ? 'url' : 'text'}
                    value={fields[name]}
                    aria-invalid={name === 'url' && problemAt('url') !== undefined}
                    aria-describedby={describedBy || undefined}
                    onChange={(event) => intake.editField(name, event.target.value)}
                  />
                  {hint && (
                    <p id={hintId} className="open-hint">
                      {hint}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
          <ProblemText id={idOf('url-problem')} message={problemAt('url')} />
        </fieldset>

        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="intake-actions">
          <button type="submit" className="button primary" disabled={busy !== null}>
            Suggest a graph
          </button>
        </div>
      </form>

      {drafts !== null && drafts.length > 0 && (
        <IntakeDrafts drafts={drafts} onReopen={onReopen} onForgetDraft={onForgetDraft} />
      )}
    </Modal>
  );
}
