/**
 * A step of the check (issue 19, tamper evidence): the Audit sheet's hash chain verified, and the
 * first row where it breaks (a logged row edited, deleted, cleared or inserted) reported as an
 * issue on the Issues sheet. An Audit sheet an older version started, without hashes, is no
 * alarm: the chain starts at its first hashed row.
 */
import { verifyChain } from '../domain/audit-chain';
import type { Issue } from '../domain/issues';
import { ADDIN_SHEETS, type Lang } from '../domain/schema';
import { t } from '../i18n';
import type { WorkbookPort } from '../workbook/port';
import { AUDIT_HASH_COLUMN } from './audit';

/** The rule id of a broken chain, for the Issues sheet and the JSON output. */
export const AUDIT_CHAIN_RULE = 'audit.chain';

/** The check's title of a broken chain, as the rules' titles are given (Issues sheet, pane). */
export const AUDIT_CHAIN_TITLE = { zh: t('zh', 'audit.chain.title'), en: t('en', 'audit.chain.title') };

/** The chain's first break as an issue (at most one), or none. */
export async function auditChainIssues(port: WorkbookPort, lang: Lang): Promise<Issue[]> {
  const broken = verifyChain(await port.readAddinRows('Audit'), AUDIT_HASH_COLUMN);
  if (!broken) return [];
  return [
    {
      sheet: 'Audit',
      row: broken.row,
      rule: AUDIT_CHAIN_RULE,
      severity: 'error',
      message: t(lang, `audit.chain.${broken.kind}`, { sheet: ADDIN_SHEETS.Audit[lang], row: broken.row }),
    },
  ];
}
