/**
 * Display names of the catalog's products and service plans, keyed by their technical names (a product's
 * skuPartNumber, a plan's servicePlanName, upper-cased): the part of the catalog (server/catalog/sku-catalog.json)
 * that the product needs at run time, because Graph returns those names but no display names. Kept separate so the
 * widget does not carry the whole catalog; test/core/display-names.test.ts checks it matches that file.
 *
 * Keyed by name rather than by GUID because the names compress and GUIDs do not: this is the largest piece of
 * data in the widget, and keying by name makes it about half as large gzipped. Within the catalog each name
 * belongs to exactly one id (the test checks that too), so the lookup is as exact as one by id.
 * Where the catalog names a plan differently in different products, the table keeps the most readable variant:
 * mixed case over capitals, never a "RETIRED - " or technical-suffix form ("…Teams_P3") when a plain one exists.
 * Each table is one line per entry, "<technical name> <display name>"; the maps are built from it once, on load.
 */

export const PRODUCT_DISPLAY_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ namesByName(`
AAD_PREMIUM Microsoft Entra ID P1
AAD_PREMIUM_P2 Microsoft Entra ID P2
EMS Enterprise Mobility + Security E3
EXCHANGESTANDARD Exchange Online (Plan 1)
EXCHANGEENTERPRISE Exchange Online (Plan 2)
EXCHANGEDESKLESS Exchange Online Kiosk
INTUNE_A Intune
THREAT_INTELLIGENCE Microsoft Defender for Office 365 (Plan 2)
O365_BUSINESS_ESSENTIALS Microsoft 365 Business Basic
O365_BUSINESS_PREMIUM Microsoft 365 Business Standard
SPB Microsoft 365 Business Premium
SPE_E3 Microsoft 365 E3
SPE_E5 Microsoft 365 E5
MICROSOFT_365_COPILOT Microsoft Copilot for Microsoft 365
TEAMS_ESS Microsoft Teams Essentials
TEAMS_EXPLORATORY Microsoft Teams Exploratory
ATP_ENTERPRISE Microsoft Defender for Office 365 (Plan 1)
STANDARDPACK Office 365 E1
ENTERPRISEPACK Office 365 E3
ENTERPRISEPREMIUM Office 365 E5
POWER_BI_PRO Power BI Pro
PROJECTPROFESSIONAL Planner and Project Plan 3
VISIOCLIENT Visio Plan 2
`);

export const SERVICE_PLAN_DISPLAY_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ namesByName(`
AAD_PREMIUM Microsoft Entra ID P1
ADALLOM_S_DISCOVERY Microsoft Defender for Cloud Apps Discovery
EXCHANGE_S_FOUNDATION Exchange Foundation
MFA_PREMIUM Microsoft Azure Multi-Factor Authentication
AAD_PREMIUM_P2 Microsoft Entra ID P2
RMS_S_PREMIUM Azure Information Protection Premium P1
RMS_S_ENTERPRISE Azure Rights Management
INTUNE_A Microsoft Intune Plan 1
EXCHANGE_S_STANDARD Exchange Online (Plan 1)
INTUNE_O365 Mobile Device Management for Office 365
BPOS_S_TODO_1 To-Do (Plan 1)
EXCHANGE_S_ENTERPRISE Exchange Online (Plan 2)
EXCHANGE_S_DESKLESS EXCHANGE ONLINE KIOSK
MTP Microsoft 365 Defender
ATP_ENTERPRISE Microsoft Defender for Office 365 (Plan 1)
THREAT_INTELLIGENCE Microsoft Defender for Office 365 (Plan 2)
FLOW_O365_P1 Power Automate for Office 365
FORMS_PLAN_E1 Microsoft Forms (Plan E1)
MCOSTANDARD Skype for Business Online (Plan 2)
OFFICEMOBILE_SUBSCRIPTION Office Mobile Apps for Office 365
POWERAPPS_O365_P1 Power Apps for Office 365
PROJECTWORKMANAGEMENT Microsoft Planner
SHAREPOINTSTANDARD SharePoint (Plan 1)
SHAREPOINTWAC Office for the Web
SWAY Sway
TEAMS1 Microsoft Teams
YAMMER_ENTERPRISE Yammer Enterprise
DYN365BC_MS_INVOICING Microsoft Invoicing
MESH_AVATARS_FOR_TEAMS Avatars for Teams
MESH_AVATARS_ADDITIONAL_FOR_TEAMS Avatars for Teams (additional)
CDS_O365_P2 Common Data Service for Teams
BING_CHAT_ENTERPRISE Commercial data protection for Microsoft Copilot
MYANALYTICS_P2 Insights by MyAnalytics
OFFICE_BUSINESS Microsoft 365 Apps for business
M365_LIGHTHOUSE_CUSTOMER_PLAN1 Microsoft 365 Lighthouse (Plan 1)
MICROSOFTBOOKINGS Microsoft Bookings
CLIPCHAMP Microsoft Clipchamp
KAIZALA_O365_P2 Microsoft Kaizala Pro
MICROSOFT_LOOP Microsoft Loop
MICROSOFT_SEARCH Microsoft Search
DESKLESS Microsoft StaffHub
NUCLEUS Nucleus
PROJECT_O365_P2 Project for Office (Plan E3)
O365_SB_RELATIONSHIP_MANAGEMENT RETIRED - Outlook Customer Manager
STREAM_O365_SMB Stream for Office 365
VIVAENGAGE_CORE Viva Engage Core
VIVA_LEARNING_SEEDED Viva Learning Seeded
WHITEBOARD_PLAN1 Whiteboard (Plan 1)
DYN365_CDS_O365_P2 Common Data Service
RMS_S_BASIC Microsoft Azure Rights Management Service
POWER_VIRTUAL_AGENTS_O365_P2 Power Virtual Agents for Office 365
CDS_O365_P3 Common Data Service for Teams
BPOS_S_DLPADDON Data Loss Prevention
EXCHANGE_S_ARCHIVE_ADDON Exchange Online Archiving
M365_LIGHTHOUSE_PARTNER_PLAN1 Microsoft 365 Lighthouse (Plan 2)
MDE_SMB Microsoft Defender for Business
OFFICE_SHARED_COMPUTER_ACTIVATION Office Shared Computer Activation
PROJECT_O365_P3 Project for Office (Plan E5)
PURVIEW_DISCOVERY Purview Discovery
UNIVERSAL_PRINT_01 Universal Print
WINBIZ Windows 10/11 Business
WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE Windows Update for Business Deployment Service
AAD_SMB Azure Active Directory
DYN365_CDS_O365_P3 Common Data Service
INTUNE_SMBIZ Microsoft Intune
STREAM_O365_E1 Microsoft Stream for Office 365 E1
POWER_VIRTUAL_AGENTS_O365_P3 Power Virtual Agents for Office 365
GRAPH_CONNECTORS_SEARCH_INDEX Graph Connectors Search with Index
MESH_IMMERSIVE_FOR_TEAMS Immersive spaces for Teams
CONTENTEXPLORER_STANDARD Information Protection and Governance Analytics – Standard
MIP_S_CLP1 Information Protection for Office 365 - Standard
OFFICESUBSCRIPTION Microsoft 365 Apps for enterprise
MDE_LITE Microsoft Defender for Endpoint Plan 1
FORMS_PLAN_E3 Microsoft Forms (Plan E3)
KAIZALA_O365_P3 Microsoft Kaizala Pro
STREAM_O365_E3 Microsoft Stream for Office 365 E3
SHAREPOINTENTERPRISE SharePoint (Plan 2)
BPOS_S_TODO_2 To-Do (Plan 2)
WHITEBOARD_PLAN2 Whiteboard (Plan 2)
WIN10_PRO_ENT_SUB Windows 10/11 Enterprise (Original)
WINDOWS_AUTOPATCH Windows Autopatch
POWERAPPS_O365_P2 Power Apps for Office 365
FLOW_O365_P2 Power Automate for Office 365
LOCKBOX_ENTERPRISE Customer Lockbox
CUSTOMERLOCKBOXA_ENTERPRISE Customer Lockbox (A)
MIP_S_EXCHANGE Data Classification in Microsoft 365
INFORMATION_BARRIERS Information Barriers
CONTENT_EXPLORER Information Protection and Governance Analytics - Premium
MIP_S_CLP2 Information Protection for Office 365 - Premium
M365_ADVANCED_AUDITING Microsoft 365 Advanced Auditing
MCOMEETADV Microsoft 365 Audio Conferencing
M365_AUDIT_PLATFORM Microsoft 365 Audit Platform
MICROSOFT_COMMUNICATION_COMPLIANCE M365 Communication Compliance
MCOEV Microsoft 365 Phone System
COMMUNICATIONS_DLP Microsoft Communications DLP
CUSTOMER_KEY Microsoft Customer Key
DATA_INVESTIGATIONS Microsoft Data Investigations
EXCEL_PREMIUM Microsoft Excel Advanced Analytics
FORMS_PLAN_E5 Microsoft Forms (Plan E5)
INFO_GOVERNANCE Microsoft Information Governance
INSIDER_RISK Microsoft Insider Risk Management
KAIZALA_STANDALONE Microsoft Kaizala
ML_CLASSIFICATION Microsoft ML-Based Classification
EXCHANGE_ANALYTICS Microsoft MyAnalytics (Full)
RECORDS_MANAGEMENT Microsoft Records Management
STREAM_O365_E5 Microsoft Stream for O365 E5 SKU
EQUIVIO_ANALYTICS Office 365 Advanced eDiscovery
ADALLOM_S_O365 Office 365 Advanced Security Management
PAM_ENTERPRISE Office 365 Privileged Access Management
SAFEDOCS Office 365 SafeDocs
POWERAPPS_O365_P3 Power Apps for Office 365 (Plan 3)
BI_AZURE_P2 Power BI Pro
PREMIUM_ENCRYPTION Premium Encryption in Office 365
COMMUNICATIONS_COMPLIANCE Microsoft Communications Compliance
INSIDER_RISK_MANAGEMENT RETIRED - Microsoft Insider Risk Management
BPOS_S_TODO_3 To-Do (Plan 3)
WHITEBOARD_PLAN3 Whiteboard (Plan 3)
WINDEFATP Microsoft Defender for Endpoint
MICROSOFTENDPOINTDLP Microsoft Endpoint DLP
RMS_S_PREMIUM2 Azure Information Protection Premium P2
DEFENDER_FOR_IOT_ENTERPRISE Defender for IoT - Enterprise IoT Security
ADALLOM_S_STANDALONE Microsoft Defender for Cloud Apps
ATA Microsoft Defender for Identity
FLOW_O365_P3 Power Automate for Office 365
GRAPH_CONNECTORS_COPILOT Graph Connectors in Microsoft 365 Copilot
M365_COPILOT_INTELLIGENT_SEARCH Intelligent Search
M365_COPILOT_BUSINESS_CHAT Microsoft 365 Chat
M365_COPILOT_TEAMS Microsoft 365 Copilot in Microsoft Teams
M365_COPILOT_APPS Microsoft 365 Copilot in Productivity Apps
M365_COPILOT_CONNECTORS Power Platform Connectors in Microsoft 365 Copilot
TEAMSESS Microsoft Teams Essentials
CDS_O365_P1 Common Data Service for Teams
MCO_TEAMS_IW MICROSOFT TEAMS
POWER_VIRTUAL_AGENTS_O365_P1 Power Virtual Agents for Office 365
PROJECT_O365_P1 Project for Office (Plan E1)
DYN365_CDS_O365_P1 Common Data Service
DYN365_CDS_PROJECT Common Data Service for Project
FLOW_FOR_PROJECT Flow for Project
PROJECT_CLIENT_SUBSCRIPTION Project Online Desktop Client
SHAREPOINT_PROJECT Project Online Service
PROJECT_PROFESSIONAL Project P3
ONEDRIVE_BASIC ONEDRIVE FOR BUSINESS BASIC
VISIO_CLIENT_SUBSCRIPTION VISIO DESKTOP APP
VISIOONLINE VISIO WEB APP
`);

/** Lines of "<technical name> <display name>" as a map from the upper-case technical name to the display name. */
function namesByName(table: string): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const line of table.trim().split('\n')) {
    const space = line.indexOf(' ');
    names.set(line.slice(0, space), line.slice(space + 1));
  }
  return names;
}
