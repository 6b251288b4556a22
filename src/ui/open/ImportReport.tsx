/**
 * The import report: every problem found in an opened file, grouped by what was done (not
 * opened, skipped, merged, repaired, kept), each with where it is; copied or downloaded whole.
 */
import { useState } from 'react';

import { download, stemOf } from '../common/download';
import { ACTION_HEADINGS, type OpenReport, groupProblems, whereText } from '../data/report';
import type { OpenService } from '../data/serviceTypes';
import { Modal } from './Modal';

export interface ImportReportProps {
  report: OpenReport;
  /** Writes the report as text or CSV (problemsAsText, problemsAsCsv). */
  writer: Pick<OpenService, 'problemsAsText' | 'problemsAsCsv'>;
  onClose: () => void;
}

export function ImportReport({ report, writer, onClose }: ImportReportProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const groups = groupProblems(report.problems);
  const asText = () => `${report.summary}\n\n${writer.problemsAsText(report.problems)}\n`;

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(asText());
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Modal
      title="Import report"
      className="import-report"
      onClose={onClose}
      description={report.summary}
    >
      {groups.length === 0 ? (
        <p>No problems were found.</p>
      ) : (
        <div className="report-groups" tabIndex={0} aria-label="Problems found in the file">
          {groups.map((group) => (
            <section key={group.action} className={`report-group is-${group.action}`}>
              <h3>
                {ACTION_HEADINGS[group.action]} ({group.problems.length})
              </h3>
              <ul>
                {group.problems.map((problem, index) => (
                  <li key={index}>
                    <span className="report-where">{whereText(problem.where)}</span>{' '}
                    {problem.message}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <div className="button-row modal-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy report
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(asText(), `${stemOf(report.fileName)}-import-report.txt`, 'text/plain')
          }
        >
          Download report
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(
              writer.problemsAsCsv(report.problems),
              `${stemOf(report.fileName)}-import-report.csv`,
              'text/csv',
            )
          }
        >
          Download as CSV
        </button>
        <span className="report-copy-status" role="status">
          {copyState === 'copied'
            ? 'Report copied'
            : copyState === 'failed'
              ? 'The browser refused to copy; download the report instead'
              : ''}
        </span>
      </div>
    </Modal>
  );
}
