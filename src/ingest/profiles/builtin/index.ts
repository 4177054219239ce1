/** Every built-in profile, listed once (care profiles and detection read this list). */
import type { ExportProfile } from '../types.js';
import { ACCOUNTING_PROFILES } from './accounting.js';
import { CRM_PROFILES } from './crm.js';
import { HELPDESK_PROFILES } from './helpdesk.js';
import { MARKETPLACE_PROFILES } from './marketplaces.js';
import { PAYMENT_PROFILES } from './payments.js';
import { REGULATOR_PROFILES } from './regulators.js';
import { SHOP_PROFILES } from './shops.js';
import { SURVEY_PROFILES } from './surveys.js';

export const BUILTIN_PROFILES: readonly ExportProfile[] = [
  ...SHOP_PROFILES,
  ...PAYMENT_PROFILES,
  ...MARKETPLACE_PROFILES,
  ...CRM_PROFILES,
  ...ACCOUNTING_PROFILES,
  ...HELPDESK_PROFILES,
  ...REGULATOR_PROFILES,
  ...SURVEY_PROFILES,
];
