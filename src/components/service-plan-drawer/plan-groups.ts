/**
 * Groups a product's service plans by the service they belong to, from the plan's technical name. The catalog has
 * no plan-to-plan dependency data, so grouping is how the drawer shows plans that belong together (e.g. all of
 * Exchange) instead of inventing "needed by" claims. Service names are product names and stay untranslated; the
 * two descriptive ones are functions, so their words are looked up in the UI language each time the drawer renders.
 */
import { msg } from '@lit/localize';
import type { ServicePlan } from '../../core/types.js';

/** First match wins; patterns test the technical name (e.g. "EXCHANGE_S_STANDARD"). */
const SERVICES: readonly (readonly [service: string | (() => string), pattern: RegExp])[] = [
  ['Microsoft 365 Copilot', /^(M365_COPILOT|GRAPH_CONNECTORS_COPILOT)/i],
  ['Exchange Online', /^(EXCHANGE|MIP_S_EXCHANGE)/i],
  [() => msg('Office apps'), /^(OFFICESUBSCRIPTION|OFFICE_|OFFICEMOBILE|SHAREPOINTWAC|EXCEL_PREMIUM|MICROSOFT_LOOP|SWAY|CLIPCHAMP)/i],
  [() => msg('SharePoint and OneDrive'), /^(SHAREPOINT|ONEDRIVE)/i],
  ['Microsoft Teams', /^(TEAMS|MCO|MESH_|TeamsEss)/i],
  ['Microsoft Entra ID', /^(AAD_|MFA_)/i],
  ['Microsoft Intune', /^INTUNE/i],
  ['Microsoft Defender', /^(ATP_|WINDEFATP|MDE_|ADALLOM|ATA$|THREAT_INTELLIGENCE|MTP$|SAFEDOCS|DEFENDER)/i],
  [
    'Microsoft Purview',
    /^(RMS_|MIP_|INFO_GOVERNANCE|RECORDS_MANAGEMENT|PURVIEW|COMMUNICATIONS?_|MICROSOFT_COMMUNICATION|INSIDER_RISK|ML_CLASSIFICATION|CONTENT_?EXPLORER|EQUIVIO|DATA_INVESTIGATIONS|M365_ADVANCED_AUDITING|M365_AUDIT|LOCKBOX|CUSTOMERLOCKBOX|CUSTOMER_KEY|PREMIUM_ENCRYPTION|MICROSOFTENDPOINTDLP|BPOS_S_DLP|INFORMATION_BARRIERS|PAM_)/i,
  ],
  ['Power Platform', /^(POWERAPPS|FLOW_|POWER_VIRTUAL_AGENTS|CDS_|DYN365_CDS|BI_AZURE)/i],
  ['Windows', /^(WIN|UNIVERSAL_PRINT|WINDOWS)/i],
];

export interface PlanGroup {
  /** The service's name, or null for plans that fit no known service ("Other services"). */
  readonly service: string | null;
  readonly plans: readonly ServicePlan[];
}

export function serviceOf(plan: ServicePlan): string | null {
  for (const [service, pattern] of SERVICES) if (pattern.test(plan.name)) return typeof service === 'string' ? service : service();
  return null;
}

/** Groups in the order their first plan appears; unknown plans last; a single group when all are alike. */
export function groupPlans(plans: readonly ServicePlan[]): PlanGroup[] {
  const groups = new Map<string | null, ServicePlan[]>();
  for (const plan of plans) {
    const service = serviceOf(plan);
    const list = groups.get(service);
    if (list) list.push(plan);
    else groups.set(service, [plan]);
  }
  const known = [...groups].filter(([service]) => service !== null).map(([service, list]) => ({ service, plans: list }));
  const other = groups.get(null);
  return other ? [...known, { service: null, plans: other }] : known;
}
