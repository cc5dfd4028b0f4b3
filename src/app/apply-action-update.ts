/**
 * Writes what an action changed in the add-in's own places: the status cells whose value changed
 * (a few cells, not the columns), and the Issues and Conflicts sheets when their lists changed
 * (rewritten whole: the port writes a report sheet in chunks, so its cost follows the number of
 * issues or groups; nothing is read back).
 */
import type { Lang } from '../domain/schema';
import type { WorkbookPort } from '../workbook/port';
import { writeConflictsSheet, writeIssuesSheet } from './apply-check-result';
import type { ActionUpdate } from './update-after-action';
import { reportPeople } from './report-people';

export async function applyActionUpdate(port: WorkbookPort, update: ActionUpdate, lang: Lang): Promise<void> {
  if (update.statusEdits.length) await port.writeStatusCells(update.statusEdits, lang);
  const people = update.issuesChanged || update.clustersChanged ? reportPeople(update.data) : undefined;
  if (update.issuesChanged) await writeIssuesSheet(port, { ...update.result, people }, lang);
  if (update.clustersChanged) await writeConflictsSheet(port, { ...update.result, people }, lang);
}
