/**
 * Public licensing facts (Entra "service plans that cannot be assigned at the same time" and the
 * Microsoft 365 Copilot add-on prerequisites). Used to derive rules for a tenant's products before saving;
 * the service's answer stays authoritative.
 */

/** Each group: service plans (by technical name) that cannot be on the same user together. */
export const EXCLUSIVE_SERVICE_PLAN_GROUPS: readonly (readonly string[])[] = [
  ['EXCHANGE_B_STANDARD', 'EXCHANGE_S_ARCHIVE', 'EXCHANGE_S_DESKLESS', 'EXCHANGE_S_ESSENTIALS', 'EXCHANGE_S_STANDARD', 'EXCHANGE_S_STANDARD_MIDMARKET'],
  ['INTUNE_A', 'INTUNE_A_VL', 'INTUNE_B'],
  ['RMS_S_ENTERPRISE', 'RMS_S_ENTERPRISE_GOV'],
  [
    'ONEDRIVEENTERPRISE', 'SHAREPOINT_S_DEVELOPER', 'SHAREPOINTDESKLESS', 'SHAREPOINTENTERPRISE', 'SHAREPOINTENTERPRISE_EDU',
    'SHAREPOINTENTERPRISE_MIDMARKET', 'SHAREPOINTLITE', 'SHAREPOINTSTANDARD', 'SHAREPOINTSTANDARD_EDU', 'SHAREPOINTSTANDARD_YAMMERSHADOW',
  ],
  ['MCOIMP', 'MCOSTANDARD_MIDMARKET', 'MCOSTANDARD', 'MCOLITE'],
  ['MCOPSTN1', 'MCOPSTN2', 'MCOPSTN5'],
  ['YAMMER_ENTERPRISE', 'YAMMER_EDU', 'YAMMER_MIDSIZE'],
];

/** Add-on products (by SKU part number) and the base products of which a user needs at least one. */
export const ADD_ON_PREREQUISITES: Readonly<Record<string, readonly string[]>> = {
  Microsoft_365_Copilot: [
    'SPE_E5', 'SPE_E3', 'O365_BUSINESS_ESSENTIALS', 'O365_BUSINESS_PREMIUM', 'SPB', 'ENTERPRISEPREMIUM', 'ENTERPRISEPACK',
    'STANDARDPACK', 'Teams_Ess', 'EXCHANGEDESKLESS', 'EXCHANGESTANDARD', 'EXCHANGEENTERPRISE', 'PROJECTPROFESSIONAL', 'VISIOCLIENT',
  ],
};
