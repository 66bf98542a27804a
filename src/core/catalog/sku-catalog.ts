/**
 * Real product and service-plan identifiers, copied from Microsoft's public "Product names and service plan
 * identifiers for licensing" CSV (23 SKUs). Generated once from that file; factual public data.
 * `appliesTo` is not in the CSV: EXCHANGE_S_FOUNDATION is a tenant-wide plan (Partner Center examples), the rest are per user.
 */
import type { ServicePlan } from '../types.js';

export interface CatalogProduct {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly displayName: string;
  readonly servicePlans: readonly ServicePlan[];
}

export const SKU_CATALOG: readonly CatalogProduct[] = [
  {
    "skuId": "078d2b04-f1bd-4111-bbd4-b4b1b354cef4",
    "displayName": "Microsoft Entra ID P1",
    "skuPartNumber": "AAD_PREMIUM",
    "servicePlans": [
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "932ad362-64a8-4783-9106-97849a1a30b9",
        "name": "ADALLOM_S_DISCOVERY",
        "displayName": "CLOUD APP SECURITY DISCOVERY",
        "appliesTo": "User"
      },
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "EXCHANGE FOUNDATION",
        "appliesTo": "Tenant"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "MICROSOFT AZURE MULTI-FACTOR AUTHENTICATION",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "84a661c4-e949-4bd2-a560-ed7766fcaf2b",
    "displayName": "Microsoft Entra ID P2",
    "skuPartNumber": "AAD_PREMIUM_P2",
    "servicePlans": [
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "eec0eb4f-6444-4f95-aba0-50c24d67f998",
        "name": "AAD_PREMIUM_P2",
        "displayName": "Microsoft Entra ID P2",
        "appliesTo": "User"
      },
      {
        "id": "932ad362-64a8-4783-9106-97849a1a30b9",
        "name": "ADALLOM_S_DISCOVERY",
        "displayName": "CLOUD APP SECURITY DISCOVERY",
        "appliesTo": "User"
      },
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "EXCHANGE FOUNDATION",
        "appliesTo": "Tenant"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "MICROSOFT AZURE MULTI-FACTOR AUTHENTICATION",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "efccb6f7-5641-4e0e-bd10-b4976e1bf68e",
    "displayName": "Enterprise Mobility + Security E3",
    "skuPartNumber": "EMS",
    "servicePlans": [
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3",
        "name": "RMS_S_PREMIUM",
        "displayName": "AZURE INFORMATION PROTECTION PREMIUM P1",
        "appliesTo": "User"
      },
      {
        "id": "932ad362-64a8-4783-9106-97849a1a30b9",
        "name": "ADALLOM_S_DISCOVERY",
        "displayName": "CLOUD APP SECURITY DISCOVERY",
        "appliesTo": "User"
      },
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "EXCHANGE FOUNDATION",
        "appliesTo": "Tenant"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Microsoft Entra RIGHTS",
        "appliesTo": "User"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "MICROSOFT AZURE MULTI-FACTOR AUTHENTICATION",
        "appliesTo": "User"
      },
      {
        "id": "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
        "name": "INTUNE_A",
        "displayName": "MICROSOFT INTUNE",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "4b9405b0-7788-4568-add1-99614e613b69",
    "displayName": "Exchange Online (Plan 1)",
    "skuPartNumber": "EXCHANGESTANDARD",
    "servicePlans": [
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "Exchange Online (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "To-Do (Plan 1)",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "19ec0d23-8335-4cbd-94ac-6050e30712fa",
    "displayName": "Exchange Online (Plan 2)",
    "skuPartNumber": "EXCHANGEENTERPRISE",
    "servicePlans": [
      {
        "id": "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "name": "EXCHANGE_S_ENTERPRISE",
        "displayName": "EXCHANGE ONLINE (PLAN 2)",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "80b2d799-d2ba-4d2a-8842-fb0d0f3a4b82",
    "displayName": "Exchange Online Kiosk",
    "skuPartNumber": "EXCHANGEDESKLESS",
    "servicePlans": [
      {
        "id": "4a82b400-a79f-41a4-b4e2-e94f5787b113",
        "name": "EXCHANGE_S_DESKLESS",
        "displayName": "EXCHANGE ONLINE KIOSK",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "061f9ace-7d42-4136-88ac-31dc755f143f",
    "displayName": "Intune",
    "skuPartNumber": "INTUNE_A",
    "servicePlans": [
      {
        "id": "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
        "name": "INTUNE_A",
        "displayName": "MICROSOFT INTUNE",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "3dd6cf57-d688-4eed-ba52-9e40b5468c3e",
    "displayName": "Microsoft Defender for Office 365 (Plan 2)",
    "skuPartNumber": "THREAT_INTELLIGENCE",
    "servicePlans": [
      {
        "id": "bf28f719-7844-4079-9c78-c1307898e192",
        "name": "MTP",
        "displayName": "Microsoft 365 Defender",
        "appliesTo": "User"
      },
      {
        "id": "f20fedf3-f3c3-43c3-8267-2bfdd51c0939",
        "name": "ATP_ENTERPRISE",
        "displayName": "Microsoft Defender for Office 365 (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "8e0c0a52-6a6c-4d40-8370-dd62790dcd70",
        "name": "THREAT_INTELLIGENCE",
        "displayName": "Microsoft Defender for Office 365 (Plan 2)",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "3b555118-da6a-4418-894f-7df1e2096870",
    "displayName": "Microsoft 365 Business Basic",
    "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
    "servicePlans": [
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "To-Do (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "EXCHANGE ONLINE (PLAN 1)",
        "appliesTo": "User"
      },
      {
        "id": "0f9b09cb-62d1-4ff4-9129-43f4996f83f4",
        "name": "FLOW_O365_P1",
        "displayName": "FLOW FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "159f4cd6-e380-449f-a816-af1a9ef76344",
        "name": "FORMS_PLAN_E1",
        "displayName": "MICROSOFT FORMS (PLAN E1)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "SKYPE FOR BUSINESS ONLINE (PLAN 2)",
        "appliesTo": "User"
      },
      {
        "id": "c63d4d19-e8cb-460e-b37c-4d6c34603745",
        "name": "OFFICEMOBILE_SUBSCRIPTION",
        "displayName": "OFFICEMOBILE_SUBSCRIPTION",
        "appliesTo": "User"
      },
      {
        "id": "92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c",
        "name": "POWERAPPS_O365_P1",
        "displayName": "POWERAPPS FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "MICROSOFT PLANNE",
        "appliesTo": "User"
      },
      {
        "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
        "name": "SHAREPOINTSTANDARD",
        "displayName": "SHAREPOINTSTANDARD",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "OFFICE ONLINE",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "SWAY",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "TEAMS1",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "YAMMER_ENTERPRISE",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
    "displayName": "Microsoft 365 Business Standard",
    "skuPartNumber": "O365_BUSINESS_PREMIUM",
    "servicePlans": [
      {
        "id": "39b5c996-467e-4e60-bd62-46066f572726",
        "name": "DYN365BC_MS_INVOICING",
        "displayName": "Microsoft Invoicing",
        "appliesTo": "User"
      },
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "95b76021-6a53-4741-ab8b-1d1f3d66a95a",
        "name": "CDS_O365_P2",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "Exchange Online (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "094e7854-93fc-4d55-b2c0-3ab5369ebdc1",
        "name": "OFFICE_BUSINESS",
        "displayName": "Microsoft 365 Apps for business",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "a1ace008-72f3-4ea0-8dac-33b3a23a2472",
        "name": "CLIPCHAMP",
        "displayName": "Microsoft Clipchamp",
        "appliesTo": "User"
      },
      {
        "id": "159f4cd6-e380-449f-a816-af1a9ef76344",
        "name": "FORMS_PLAN_E1",
        "displayName": "Microsoft Forms (Plan E1)",
        "appliesTo": "User"
      },
      {
        "id": "54fc630f-5a40-48ee-8965-af0503c1386e",
        "name": "KAIZALA_O365_P2",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "c4b8c31a-fb44-4c65-9837-a21f55fcabda",
        "name": "MICROSOFT_LOOP",
        "displayName": "Microsoft Loop",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "31b4e2fc-4cd6-4e7d-9c1b-41407303bd66",
        "name": "PROJECT_O365_P2",
        "displayName": "Project for Office (Plan E3)",
        "appliesTo": "User"
      },
      {
        "id": "5bfe124c-bbdc-4494-8835-f1297d457d79",
        "name": "O365_SB_Relationship_Management",
        "displayName": "RETIRED - Outlook Customer Manager",
        "appliesTo": "User"
      },
      {
        "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
        "name": "SHAREPOINTSTANDARD",
        "displayName": "SharePoint (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "3c53ea51-d578-46fa-a4c0-fd0a92809a60",
        "name": "STREAM_O365_SMB",
        "displayName": "Stream for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "To-Do (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "b8afc642-032e-4de5-8c0a-507a7bba7e5d",
        "name": "WHITEBOARD_PLAN1",
        "displayName": "Whiteboard (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14",
        "name": "DYN365_CDS_O365_P2",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "31cf2cfc-6b0d-4adc-a336-88b724ed8122",
        "name": "RMS_S_BASIC",
        "displayName": "Microsoft Azure Rights Management Service",
        "appliesTo": "User"
      },
      {
        "id": "92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c",
        "name": "POWERAPPS_O365_P1",
        "displayName": "Power Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "0f9b09cb-62d1-4ff4-9129-43f4996f83f4",
        "name": "FLOW_O365_P1",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "041fe683-03e4-45b6-b1af-c0cdc516daee",
        "name": "POWER_VIRTUAL_AGENTS_O365_P2",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46",
    "displayName": "Microsoft 365 Business Premium",
    "skuPartNumber": "SPB",
    "servicePlans": [
      {
        "id": "39b5c996-467e-4e60-bd62-46066f572726",
        "name": "DYN365BC_MS_INVOICING",
        "displayName": "Microsoft Invoicing",
        "appliesTo": "User"
      },
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Azure Rights Management",
        "appliesTo": "User"
      },
      {
        "id": "afa73018-811e-46e9-988f-f75d2b1b8430",
        "name": "CDS_O365_P3",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "9bec7e34-c9fa-40b7-a9d1-bd6d1165c7ed",
        "name": "BPOS_S_DlpAddOn",
        "displayName": "Data Loss Prevention",
        "appliesTo": "User"
      },
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "Exchange Foundation",
        "appliesTo": "Tenant"
      },
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "Exchange Online (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "176a09a6-7ec5-4039-ac02-b2791c6ba793",
        "name": "EXCHANGE_S_ARCHIVE_ADDON",
        "displayName": "Exchange Online Archiving",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "094e7854-93fc-4d55-b2c0-3ab5369ebdc1",
        "name": "OFFICE_BUSINESS",
        "displayName": "Microsoft 365 Apps for business",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "d55411c9-cfff-40a9-87c7-240f14df7da5",
        "name": "M365_LIGHTHOUSE_PARTNER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "a1ace008-72f3-4ea0-8dac-33b3a23a2472",
        "name": "CLIPCHAMP",
        "displayName": "Microsoft Clipchamp",
        "appliesTo": "User"
      },
      {
        "id": "bfc1bbd9-981b-4f71-9b82-17c35fd0e2a4",
        "name": "MDE_SMB",
        "displayName": "Microsoft Defender for Business",
        "appliesTo": "User"
      },
      {
        "id": "f20fedf3-f3c3-43c3-8267-2bfdd51c0939",
        "name": "ATP_ENTERPRISE",
        "displayName": "Microsoft Defender for Office 365 (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "159f4cd6-e380-449f-a816-af1a9ef76344",
        "name": "FORMS_PLAN_E1",
        "displayName": "Microsoft Forms (Plan E1)",
        "appliesTo": "User"
      },
      {
        "id": "54fc630f-5a40-48ee-8965-af0503c1386e",
        "name": "KAIZALA_O365_P2",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "c4b8c31a-fb44-4c65-9837-a21f55fcabda",
        "name": "MICROSOFT_LOOP",
        "displayName": "Microsoft Loop",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "276d6e8a-f056-4f70-b7e8-4fc27f79f809",
        "name": "OFFICE_SHARED_COMPUTER_ACTIVATION",
        "displayName": "Office Shared Computer Activation",
        "appliesTo": "User"
      },
      {
        "id": "b21a6b06-1988-436e-a07b-51ec6d9f52ad",
        "name": "PROJECT_O365_P3",
        "displayName": "Project for Office (Plan E5)",
        "appliesTo": "User"
      },
      {
        "id": "c948ea65-2053-4a5a-8a62-9eaaaf11b522",
        "name": "PURVIEW_DISCOVERY",
        "displayName": "Purview Discovery",
        "appliesTo": "User"
      },
      {
        "id": "5bfe124c-bbdc-4494-8835-f1297d457d79",
        "name": "O365_SB_Relationship_Management",
        "displayName": "RETIRED - Outlook Customer Manager",
        "appliesTo": "User"
      },
      {
        "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
        "name": "SHAREPOINTSTANDARD",
        "displayName": "SharePoint (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "To-Do (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "b8afc642-032e-4de5-8c0a-507a7bba7e5d",
        "name": "WHITEBOARD_PLAN1",
        "displayName": "Whiteboard (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "795f6fe0-cc4d-4773-b050-5dde4dc704c9",
        "name": "UNIVERSAL_PRINT_01",
        "displayName": "Universal Print",
        "appliesTo": "User"
      },
      {
        "id": "8e229017-d77b-43d5-9305-903395523b99",
        "name": "WINBIZ",
        "displayName": "Windows 10/11 Business",
        "appliesTo": "User"
      },
      {
        "id": "7bf960f6-2cd9-443a-8046-5dbff9558365",
        "name": "WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE",
        "displayName": "Windows Update for Business Deployment Service",
        "appliesTo": "User"
      },
      {
        "id": "de377cbc-0019-4ec2-b77c-3f223947e102",
        "name": "AAD_SMB",
        "displayName": "Azure Active Directory",
        "appliesTo": "User"
      },
      {
        "id": "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3",
        "name": "RMS_S_PREMIUM",
        "displayName": "Azure Information Protection Premium P1",
        "appliesTo": "User"
      },
      {
        "id": "28b0fa46-c39a-4188-89e2-58e979a6b014",
        "name": "DYN365_CDS_O365_P3",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "Microsoft Azure Multi-Factor Authentication",
        "appliesTo": "User"
      },
      {
        "id": "932ad362-64a8-4783-9106-97849a1a30b9",
        "name": "ADALLOM_S_DISCOVERY",
        "displayName": "Microsoft Defender for Cloud Apps Discovery",
        "appliesTo": "User"
      },
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2",
        "name": "INTUNE_SMBIZ",
        "displayName": "Microsoft Intune",
        "appliesTo": "User"
      },
      {
        "id": "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
        "name": "INTUNE_A",
        "displayName": "Microsoft Intune Plan 1",
        "appliesTo": "User"
      },
      {
        "id": "743dd19e-1ce3-4c62-a3ad-49ba8f63a2f6",
        "name": "STREAM_O365_E1",
        "displayName": "Microsoft Stream for Office 365 E1",
        "appliesTo": "User"
      },
      {
        "id": "92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c",
        "name": "POWERAPPS_O365_P1",
        "displayName": "Power Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "0f9b09cb-62d1-4ff4-9129-43f4996f83f4",
        "name": "FLOW_O365_P1",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "ded3d325-1bdc-453e-8432-5bac26d7a014",
        "name": "POWER_VIRTUAL_AGENTS_O365_P3",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "05e9a617-0261-4cee-bb44-138d3ef5d965",
    "displayName": "Microsoft 365 E3",
    "skuPartNumber": "SPE_E3",
    "servicePlans": [
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Azure Rights Management",
        "appliesTo": "User"
      },
      {
        "id": "95b76021-6a53-4741-ab8b-1d1f3d66a95a",
        "name": "CDS_O365_P2",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "name": "EXCHANGE_S_ENTERPRISE",
        "displayName": "Exchange Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a6520331-d7d4-4276-95f5-15c0933bc757",
        "name": "GRAPH_CONNECTORS_SEARCH_INDEX",
        "displayName": "Graph Connectors Search with Index",
        "appliesTo": "User"
      },
      {
        "id": "f0ff6ac6-297d-49cd-be34-6dfef97f0c28",
        "name": "MESH_IMMERSIVE_FOR_TEAMS",
        "displayName": "Immersive spaces for Teams",
        "appliesTo": "User"
      },
      {
        "id": "2b815d45-56e4-4e3a-b65c-66cb9175b560",
        "name": "ContentExplorer_Standard",
        "displayName": "Information Protection and Governance Analytics – Standard",
        "appliesTo": "User"
      },
      {
        "id": "5136a095-5cf0-4aff-bec3-e84448b38ea5",
        "name": "MIP_S_CLP1",
        "displayName": "Information Protection for Office 365 - Standard",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "43de0ff5-c92c-492b-9116-175376d08c38",
        "name": "OFFICESUBSCRIPTION",
        "displayName": "Microsoft 365 Apps for enterprise",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "d55411c9-cfff-40a9-87c7-240f14df7da5",
        "name": "M365_LIGHTHOUSE_PARTNER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "a1ace008-72f3-4ea0-8dac-33b3a23a2472",
        "name": "CLIPCHAMP",
        "displayName": "Microsoft Clipchamp",
        "appliesTo": "User"
      },
      {
        "id": "292cc034-7b7c-4950-aaf5-943befd3f1d4",
        "name": "MDE_LITE",
        "displayName": "Microsoft Defender for Endpoint Plan 1",
        "appliesTo": "User"
      },
      {
        "id": "2789c901-c14e-48ab-a76a-be334d9d793a",
        "name": "FORMS_PLAN_E3",
        "displayName": "Microsoft Forms (Plan E3)",
        "appliesTo": "User"
      },
      {
        "id": "aebd3021-9f8f-4bf8-bbe3-0ed2f4f047a1",
        "name": "KAIZALA_O365_P3",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "c4b8c31a-fb44-4c65-9837-a21f55fcabda",
        "name": "MICROSOFT_LOOP",
        "displayName": "Microsoft Loop",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "9e700747-8b1d-45e5-ab8d-ef187ceec156",
        "name": "STREAM_O365_E3",
        "displayName": "Microsoft Stream for Office 365 E3",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "31b4e2fc-4cd6-4e7d-9c1b-41407303bd66",
        "name": "PROJECT_O365_P2",
        "displayName": "Project for Office (Plan E3)",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "RETIRED - Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "5dbe027f-2339-4123-9542-606e4d348a72",
        "name": "SHAREPOINTENTERPRISE",
        "displayName": "SharePoint (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "c87f142c-d1e9-4363-8630-aaea9c4d9ae5",
        "name": "BPOS_S_TODO_2",
        "displayName": "To-Do (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "94a54592-cd8b-425e-87c6-97868b000b91",
        "name": "WHITEBOARD_PLAN2",
        "displayName": "Whiteboard (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "795f6fe0-cc4d-4773-b050-5dde4dc704c9",
        "name": "UNIVERSAL_PRINT_01",
        "displayName": "Universal Print",
        "appliesTo": "User"
      },
      {
        "id": "21b439ba-a0ca-424f-a6cc-52f954a5b111",
        "name": "WIN10_PRO_ENT_SUB",
        "displayName": "Windows 10/11 Enterprise (Original)",
        "appliesTo": "User"
      },
      {
        "id": "9a6eeb79-0b4b-4bf0-9808-39d99a2cd5a3",
        "name": "Windows_Autopatch",
        "displayName": "Windows Autopatch",
        "appliesTo": "User"
      },
      {
        "id": "7bf960f6-2cd9-443a-8046-5dbff9558365",
        "name": "WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE",
        "displayName": "Windows Update for Business Deployment Service",
        "appliesTo": "User"
      },
      {
        "id": "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3",
        "name": "RMS_S_PREMIUM",
        "displayName": "Azure Information Protection Premium P1",
        "appliesTo": "User"
      },
      {
        "id": "4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14",
        "name": "DYN365_CDS_O365_P2",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "Microsoft Azure Multi-Factor Authentication",
        "appliesTo": "User"
      },
      {
        "id": "932ad362-64a8-4783-9106-97849a1a30b9",
        "name": "ADALLOM_S_DISCOVERY",
        "displayName": "Microsoft Defender for Cloud Apps Discovery",
        "appliesTo": "User"
      },
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
        "name": "INTUNE_A",
        "displayName": "Microsoft Intune Plan 1",
        "appliesTo": "User"
      },
      {
        "id": "c68f8d98-5534-41c8-bf36-22fa496fa792",
        "name": "POWERAPPS_O365_P2",
        "displayName": "Power Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "76846ad7-7776-4c40-a281-a386362dd1b9",
        "name": "FLOW_O365_P2",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "041fe683-03e4-45b6-b1af-c0cdc516daee",
        "name": "POWER_VIRTUAL_AGENTS_O365_P2",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "06ebc4ee-1bb5-47dd-8120-11324bc54e06",
    "displayName": "Microsoft 365 E5",
    "skuPartNumber": "SPE_E5",
    "servicePlans": [
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Azure Rights Management",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "afa73018-811e-46e9-988f-f75d2b1b8430",
        "name": "CDS_O365_P3",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "9f431833-0334-42de-a7dc-70aa40db46db",
        "name": "LOCKBOX_ENTERPRISE",
        "displayName": "Customer Lockbox",
        "appliesTo": "User"
      },
      {
        "id": "3ec18638-bd4c-4d3b-8905-479ed636b83e",
        "name": "CustomerLockboxA_Enterprise",
        "displayName": "Customer Lockbox (A)",
        "appliesTo": "User"
      },
      {
        "id": "cd31b152-6326-4d1b-ae1b-997b625182e6",
        "name": "MIP_S_Exchange",
        "displayName": "Data Classification in Microsoft 365",
        "appliesTo": "User"
      },
      {
        "id": "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "name": "EXCHANGE_S_ENTERPRISE",
        "displayName": "Exchange Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a6520331-d7d4-4276-95f5-15c0933bc757",
        "name": "GRAPH_CONNECTORS_SEARCH_INDEX",
        "displayName": "Graph Connectors Search with Index",
        "appliesTo": "User"
      },
      {
        "id": "f0ff6ac6-297d-49cd-be34-6dfef97f0c28",
        "name": "MESH_IMMERSIVE_FOR_TEAMS",
        "displayName": "Immersive spaces for Teams",
        "appliesTo": "User"
      },
      {
        "id": "c4801e8a-cb58-4c35-aca6-f2dcc106f287",
        "name": "INFORMATION_BARRIERS",
        "displayName": "Information Barriers",
        "appliesTo": "User"
      },
      {
        "id": "d9fa6af4-e046-4c89-9226-729a0786685d",
        "name": "Content_Explorer",
        "displayName": "Information Protection and Governance Analytics - Premium",
        "appliesTo": "User"
      },
      {
        "id": "2b815d45-56e4-4e3a-b65c-66cb9175b560",
        "name": "ContentExplorer_Standard",
        "displayName": "Information Protection and Governance Analytics – Standard",
        "appliesTo": "User"
      },
      {
        "id": "efb0351d-3b08-4503-993d-383af8de41e3",
        "name": "MIP_S_CLP2",
        "displayName": "Information Protection for Office 365 - Premium",
        "appliesTo": "User"
      },
      {
        "id": "5136a095-5cf0-4aff-bec3-e84448b38ea5",
        "name": "MIP_S_CLP1",
        "displayName": "Information Protection for Office 365 - Standard",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "2f442157-a11c-46b9-ae5b-6e39ff4e5849",
        "name": "M365_ADVANCED_AUDITING",
        "displayName": "Microsoft 365 Advanced Auditing",
        "appliesTo": "User"
      },
      {
        "id": "43de0ff5-c92c-492b-9116-175376d08c38",
        "name": "OFFICESUBSCRIPTION",
        "displayName": "Microsoft 365 Apps for enterprise",
        "appliesTo": "User"
      },
      {
        "id": "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40",
        "name": "MCOMEETADV",
        "displayName": "Microsoft 365 Audio Conferencing",
        "appliesTo": "User"
      },
      {
        "id": "f6de4823-28fa-440b-b886-4783fa86ddba",
        "name": "M365_AUDIT_PLATFORM",
        "displayName": "Microsoft 365 Audit Platform",
        "appliesTo": "User"
      },
      {
        "id": "a413a9ff-720c-4822-98ef-2f37c2a21f4c",
        "name": "MICROSOFT_COMMUNICATION_COMPLIANCE",
        "displayName": "Microsoft 365 Communication Compliance",
        "appliesTo": "User"
      },
      {
        "id": "bf28f719-7844-4079-9c78-c1307898e192",
        "name": "MTP",
        "displayName": "Microsoft 365 Defender",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "4828c8ec-dc2e-4779-b502-87ac9ce28ab7",
        "name": "MCOEV",
        "displayName": "Microsoft 365 Phone System",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "a1ace008-72f3-4ea0-8dac-33b3a23a2472",
        "name": "CLIPCHAMP",
        "displayName": "Microsoft Clipchamp",
        "appliesTo": "User"
      },
      {
        "id": "6dc145d6-95dd-4191-b9c3-185575ee6f6b",
        "name": "COMMUNICATIONS_DLP",
        "displayName": "Microsoft Communications DLP",
        "appliesTo": "User"
      },
      {
        "id": "6db1f1db-2b46-403f-be40-e39395f08dbb",
        "name": "CUSTOMER_KEY",
        "displayName": "Microsoft Customer Key",
        "appliesTo": "User"
      },
      {
        "id": "46129a58-a698-46f0-aa5b-17f6586297d9",
        "name": "DATA_INVESTIGATIONS",
        "displayName": "Microsoft Data Investigations",
        "appliesTo": "User"
      },
      {
        "id": "f20fedf3-f3c3-43c3-8267-2bfdd51c0939",
        "name": "ATP_ENTERPRISE",
        "displayName": "Microsoft Defender for Office 365 (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "8e0c0a52-6a6c-4d40-8370-dd62790dcd70",
        "name": "THREAT_INTELLIGENCE",
        "displayName": "Microsoft Defender for Office 365 (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "531ee2f8-b1cb-453b-9c21-d2180d014ca5",
        "name": "EXCEL_PREMIUM",
        "displayName": "Microsoft Excel Advanced Analytics",
        "appliesTo": "User"
      },
      {
        "id": "e212cbc7-0961-4c40-9825-01117710dcb1",
        "name": "FORMS_PLAN_E5",
        "displayName": "Microsoft Forms (Plan E5)",
        "appliesTo": "User"
      },
      {
        "id": "e26c2fcc-ab91-4a61-b35c-03cdc8dddf66",
        "name": "INFO_GOVERNANCE",
        "displayName": "Microsoft Information Governance",
        "appliesTo": "User"
      },
      {
        "id": "d587c7a3-bda9-4f99-8776-9bcf59c84f75",
        "name": "INSIDER_RISK",
        "displayName": "Microsoft Insider Risk Management",
        "appliesTo": "User"
      },
      {
        "id": "0898bdbb-73b0-471a-81e5-20f1fe4dd66e",
        "name": "KAIZALA_STANDALONE",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "c4b8c31a-fb44-4c65-9837-a21f55fcabda",
        "name": "MICROSOFT_LOOP",
        "displayName": "Microsoft Loop",
        "appliesTo": "User"
      },
      {
        "id": "d2d51368-76c9-4317-ada2-a12c004c432f",
        "name": "ML_CLASSIFICATION",
        "displayName": "Microsoft ML-Based Classification",
        "appliesTo": "User"
      },
      {
        "id": "34c0d7a0-a70f-4668-9238-47f9fc208882",
        "name": "EXCHANGE_ANALYTICS",
        "displayName": "Microsoft MyAnalytics (Full)",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "65cc641f-cccd-4643-97e0-a17e3045e541",
        "name": "RECORDS_MANAGEMENT",
        "displayName": "Microsoft Records Management",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "6c6042f5-6f01-4d67-b8c1-eb99d36eed3e",
        "name": "STREAM_O365_E5",
        "displayName": "Microsoft Stream for Office 365 E5",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "4de31727-a228-4ec3-a5bf-8e45b5ca48cc",
        "name": "EQUIVIO_ANALYTICS",
        "displayName": "Office 365 Advanced eDiscovery",
        "appliesTo": "User"
      },
      {
        "id": "8c098270-9dd4-4350-9b30-ba4703f3b36b",
        "name": "ADALLOM_S_O365",
        "displayName": "Office 365 Cloud App Security",
        "appliesTo": "User"
      },
      {
        "id": "b1188c4c-1b36-4018-b48b-ee07604f6feb",
        "name": "PAM_ENTERPRISE",
        "displayName": "Office 365 Privileged Access Management",
        "appliesTo": "User"
      },
      {
        "id": "bf6f5520-59e3-4f82-974b-7dbbc4fd27c7",
        "name": "SAFEDOCS",
        "displayName": "Office 365 SafeDocs",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "9c0dab89-a30c-4117-86e7-97bda240acd2",
        "name": "POWERAPPS_O365_P3",
        "displayName": "Power Apps for Office 365 (Plan 3)",
        "appliesTo": "User"
      },
      {
        "id": "70d33638-9c74-4d01-bfd3-562de28bd4ba",
        "name": "BI_AZURE_P2",
        "displayName": "Power BI Pro",
        "appliesTo": "User"
      },
      {
        "id": "617b097b-4b93-4ede-83de-5f075bb5fb2f",
        "name": "PREMIUM_ENCRYPTION",
        "displayName": "Premium Encryption in Office 365",
        "appliesTo": "User"
      },
      {
        "id": "b21a6b06-1988-436e-a07b-51ec6d9f52ad",
        "name": "PROJECT_O365_P3",
        "displayName": "Project for Office (Plan E5)",
        "appliesTo": "User"
      },
      {
        "id": "c948ea65-2053-4a5a-8a62-9eaaaf11b522",
        "name": "PURVIEW_DISCOVERY",
        "displayName": "Purview Discovery",
        "appliesTo": "User"
      },
      {
        "id": "41fcdd7d-4733-4863-9cf4-c65b83ce2df4",
        "name": "COMMUNICATIONS_COMPLIANCE",
        "displayName": "RETIRED - Microsoft Communications Compliance",
        "appliesTo": "User"
      },
      {
        "id": "9d0c4ee5-e4a1-4625-ab39-d82b619b1a34",
        "name": "INSIDER_RISK_MANAGEMENT",
        "displayName": "RETIRED - Microsoft Insider Risk Management",
        "appliesTo": "User"
      },
      {
        "id": "5dbe027f-2339-4123-9542-606e4d348a72",
        "name": "SHAREPOINTENTERPRISE",
        "displayName": "SharePoint (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "3fb82609-8c27-4f7b-bd51-30634711ee67",
        "name": "BPOS_S_TODO_3",
        "displayName": "To-Do (Plan 3)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "4a51bca5-1eff-43f5-878c-177680f191af",
        "name": "WHITEBOARD_PLAN3",
        "displayName": "Whiteboard (Plan 3)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "871d91ec-ec1a-452b-a83f-bd76c7d770ef",
        "name": "WINDEFATP",
        "displayName": "Microsoft Defender for Endpoint",
        "appliesTo": "User"
      },
      {
        "id": "64bfac92-2b17-4482-b5e5-a0304429de3e",
        "name": "MICROSOFTENDPOINTDLP",
        "displayName": "Microsoft Endpoint DLP",
        "appliesTo": "User"
      },
      {
        "id": "795f6fe0-cc4d-4773-b050-5dde4dc704c9",
        "name": "UNIVERSAL_PRINT_01",
        "displayName": "Universal Print",
        "appliesTo": "User"
      },
      {
        "id": "21b439ba-a0ca-424f-a6cc-52f954a5b111",
        "name": "WIN10_PRO_ENT_SUB",
        "displayName": "Windows 10/11 Enterprise (Original)",
        "appliesTo": "User"
      },
      {
        "id": "9a6eeb79-0b4b-4bf0-9808-39d99a2cd5a3",
        "name": "Windows_Autopatch",
        "displayName": "Windows Autopatch",
        "appliesTo": "User"
      },
      {
        "id": "7bf960f6-2cd9-443a-8046-5dbff9558365",
        "name": "WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE",
        "displayName": "Windows Update for Business Deployment Service",
        "appliesTo": "User"
      },
      {
        "id": "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3",
        "name": "RMS_S_PREMIUM",
        "displayName": "Azure Information Protection Premium P1",
        "appliesTo": "User"
      },
      {
        "id": "5689bec4-755d-4753-8b61-40975025187c",
        "name": "RMS_S_PREMIUM2",
        "displayName": "Azure Information Protection Premium P2",
        "appliesTo": "User"
      },
      {
        "id": "28b0fa46-c39a-4188-89e2-58e979a6b014",
        "name": "DYN365_CDS_O365_P3",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "99cd49a9-0e54-4e07-aea1-d8d9f5f704f5",
        "name": "Defender_for_Iot_Enterprise",
        "displayName": "Defender for IoT - Enterprise IoT Security",
        "appliesTo": "User"
      },
      {
        "id": "8a256a2b-b617-496d-b51b-e76466e88db0",
        "name": "MFA_PREMIUM",
        "displayName": "Microsoft Azure Multi-Factor Authentication",
        "appliesTo": "User"
      },
      {
        "id": "2e2ddb96-6af9-4b1d-a3f0-d6ecfd22edb2",
        "name": "ADALLOM_S_STANDALONE",
        "displayName": "Microsoft Defender for Cloud Apps",
        "appliesTo": "User"
      },
      {
        "id": "14ab5db5-e6c4-4b20-b4bc-13e36fd2227f",
        "name": "ATA",
        "displayName": "Microsoft Defender for Identity",
        "appliesTo": "User"
      },
      {
        "id": "41781fb2-bc02-4b7c-bd55-b576c07bb09d",
        "name": "AAD_PREMIUM",
        "displayName": "Microsoft Entra ID P1",
        "appliesTo": "User"
      },
      {
        "id": "eec0eb4f-6444-4f95-aba0-50c24d67f998",
        "name": "AAD_PREMIUM_P2",
        "displayName": "Microsoft Entra ID P2",
        "appliesTo": "User"
      },
      {
        "id": "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
        "name": "INTUNE_A",
        "displayName": "Microsoft Intune Plan 1",
        "appliesTo": "User"
      },
      {
        "id": "07699545-9485-468e-95b6-2fca3738be01",
        "name": "FLOW_O365_P3",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "ded3d325-1bdc-453e-8432-5bac26d7a014",
        "name": "POWER_VIRTUAL_AGENTS_O365_P3",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "639dec6b-bb19-468b-871c-c5c441c4b0cb",
    "displayName": "Microsoft Copilot for Microsoft 365",
    "skuPartNumber": "Microsoft_365_Copilot",
    "servicePlans": [
      {
        "id": "82d30987-df9b-4486-b146-198b21d164c7",
        "name": "GRAPH_CONNECTORS_COPILOT",
        "displayName": "Graph Connectors in Microsoft 365 Copilot",
        "appliesTo": "User"
      },
      {
        "id": "931e4a88-a67f-48b5-814f-16a5f1e6028d",
        "name": "M365_COPILOT_INTELLIGENT_SEARCH",
        "displayName": "Intelligent Search",
        "appliesTo": "User"
      },
      {
        "id": "3f30311c-6b1e-48a4-ab79-725b469da960",
        "name": "M365_COPILOT_BUSINESS_CHAT",
        "displayName": "Microsoft 365 Chat",
        "appliesTo": "User"
      },
      {
        "id": "b95945de-b3bd-46db-8437-f2beb6ea2347",
        "name": "M365_COPILOT_TEAMS",
        "displayName": "Microsoft 365 Copilot in Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "a62f8878-de10-42f3-b68f-6149a25ceb97",
        "name": "M365_COPILOT_APPS",
        "displayName": "Microsoft 365 Copilot in Productivity Apps",
        "appliesTo": "User"
      },
      {
        "id": "89f1c4c8-0878-40f7-804d-869c9128ab5d",
        "name": "M365_COPILOT_CONNECTORS",
        "displayName": "Power Platform Connectors in Microsoft 365 Copilot",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "fde42873-30b6-436b-b361-21af5a6b84ae",
    "displayName": "Microsoft Teams Essentials",
    "skuPartNumber": "Teams_Ess",
    "servicePlans": [
      {
        "id": "f4f2f6de-6830-442b-a433-e92249faebe2",
        "name": "TeamsEss",
        "displayName": "Microsoft Teams Essentials",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "710779e8-3d4a-4c88-adb9-386c958d1fdf",
    "displayName": "Microsoft Teams Exploratory",
    "skuPartNumber": "TEAMS_EXPLORATORY",
    "servicePlans": [
      {
        "id": "bed136c6-b799-4462-824d-fc045d3a9d25",
        "name": "CDS_O365_P1",
        "displayName": "COMMON DATA SERVICE FOR TEAMS_P1",
        "appliesTo": "User"
      },
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "EXCHANGE ONLINE (PLAN 1)",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "INSIGHTS BY MYANALYTICS",
        "appliesTo": "User"
      },
      {
        "id": "159f4cd6-e380-449f-a816-af1a9ef76344",
        "name": "FORMS_PLAN_E1",
        "displayName": "MICROSOFT FORMS (PLAN E1)",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "MICROSOFT PLANNER",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "MICROSOFT SEARCH",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "DESKLESS",
        "displayName": "MICROSOFT STAFFHUB",
        "appliesTo": "User"
      },
      {
        "id": "743dd19e-1ce3-4c62-a3ad-49ba8f63a2f6",
        "name": "STREAM_O365_E1",
        "displayName": "MICROSOFT STREAM FOR O365 E1 SKU",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "MICROSOFT TEAMS",
        "appliesTo": "User"
      },
      {
        "id": "42a3ec34-28ba-46b6-992f-db53a675ac5b",
        "name": "MCO_TEAMS_IW",
        "displayName": "MICROSOFT TEAMS",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "MOBILE DEVICE MANAGEMENT FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "OFFICE FOR THE WEB",
        "appliesTo": "User"
      },
      {
        "id": "c63d4d19-e8cb-460e-b37c-4d6c34603745",
        "name": "OFFICEMOBILE_SUBSCRIPTION",
        "displayName": "OFFICE MOBILE APPS FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c",
        "name": "POWERAPPS_O365_P1",
        "displayName": "POWER APPS FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "0f9b09cb-62d1-4ff4-9129-43f4996f83f4",
        "name": "FLOW_O365_P1",
        "displayName": "POWER AUTOMATE FOR OFFICE 365",
        "appliesTo": "User"
      },
      {
        "id": "0683001c-0492-4d59-9515-d9a6426b5813",
        "name": "POWER_VIRTUAL_AGENTS_O365_P1",
        "displayName": "POWER VIRTUAL AGENTS FOR OFFICE 365 P1",
        "appliesTo": "User"
      },
      {
        "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
        "name": "SHAREPOINTSTANDARD",
        "displayName": "SHAREPOINT STANDARD",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "SWAY",
        "appliesTo": "User"
      },
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "TO-DO (PLAN 1)",
        "appliesTo": "User"
      },
      {
        "id": "b8afc642-032e-4de5-8c0a-507a7bba7e5d",
        "name": "WHITEBOARD_PLAN1",
        "displayName": "WHITEBOARD (PLAN 1)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "YAMMER ENTERPRIS",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "4ef96642-f096-40de-a3e9-d83fb2f90211",
    "displayName": "Microsoft Defender for Office 365 (Plan 1)",
    "skuPartNumber": "ATP_ENTERPRISE",
    "servicePlans": [
      {
        "id": "f20fedf3-f3c3-43c3-8267-2bfdd51c0939",
        "name": "ATP_ENTERPRISE",
        "displayName": "Microsoft Defender for Office 365 (Plan 1)",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "18181a46-0d4e-45cd-891e-60aabd171b4e",
    "displayName": "Office 365 E1",
    "skuPartNumber": "STANDARDPACK",
    "servicePlans": [
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "bed136c6-b799-4462-824d-fc045d3a9d25",
        "name": "CDS_O365_P1",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        "name": "EXCHANGE_S_STANDARD",
        "displayName": "Exchange Online (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "f0ff6ac6-297d-49cd-be34-6dfef97f0c28",
        "name": "MESH_IMMERSIVE_FOR_TEAMS",
        "displayName": "Immersive spaces for Teams",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "159f4cd6-e380-449f-a816-af1a9ef76344",
        "name": "FORMS_PLAN_E1",
        "displayName": "Microsoft Forms (Plan E1)",
        "appliesTo": "User"
      },
      {
        "id": "54fc630f-5a40-48ee-8965-af0503c1386e",
        "name": "KAIZALA_O365_P2",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "c63d4d19-e8cb-460e-b37c-4d6c34603745",
        "name": "OFFICEMOBILE_SUBSCRIPTION",
        "displayName": "Office Mobile Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "a55dfd10-0864-46d9-a3cd-da5991a3e0e2",
        "name": "PROJECT_O365_P1",
        "displayName": "Project for Office (Plan E1)",
        "appliesTo": "User"
      },
      {
        "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
        "name": "SHAREPOINTSTANDARD",
        "displayName": "SharePoint (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "5e62787c-c316-451f-b873-1d05acd4d12c",
        "name": "BPOS_S_TODO_1",
        "displayName": "To-Do (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "b8afc642-032e-4de5-8c0a-507a7bba7e5d",
        "name": "WHITEBOARD_PLAN1",
        "displayName": "Whiteboard (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "40b010bb-0b69-4654-ac5e-ba161433f4b4",
        "name": "DYN365_CDS_O365_P1",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "31cf2cfc-6b0d-4adc-a336-88b724ed8122",
        "name": "RMS_S_BASIC",
        "displayName": "Microsoft Azure Rights Management Service",
        "appliesTo": "User"
      },
      {
        "id": "743dd19e-1ce3-4c62-a3ad-49ba8f63a2f6",
        "name": "STREAM_O365_E1",
        "displayName": "Microsoft Stream for Office 365 E1",
        "appliesTo": "User"
      },
      {
        "id": "92f7a6f3-b89b-4bbd-8c30-809e6da5ad1c",
        "name": "POWERAPPS_O365_P1",
        "displayName": "Power Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "0f9b09cb-62d1-4ff4-9129-43f4996f83f4",
        "name": "FLOW_O365_P1",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "0683001c-0492-4d59-9515-d9a6426b5813",
        "name": "POWER_VIRTUAL_AGENTS_O365_P1",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900",
    "displayName": "Office 365 E3",
    "skuPartNumber": "ENTERPRISEPACK",
    "servicePlans": [
      {
        "id": "dcf9d2f4-772e-4434-b757-77a453cfbc02",
        "name": "MESH_AVATARS_FOR_TEAMS",
        "displayName": "Avatars for Teams",
        "appliesTo": "User"
      },
      {
        "id": "3efbd4ed-8958-4824-8389-1321f8730af8",
        "name": "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
        "displayName": "Avatars for Teams (additional)",
        "appliesTo": "User"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Azure Rights Management",
        "appliesTo": "User"
      },
      {
        "id": "0d0c0d31-fae7-41f2-b909-eaf4d7f26dba",
        "name": "Bing_Chat_Enterprise",
        "displayName": "Commercial data protection for Microsoft Copilot",
        "appliesTo": "User"
      },
      {
        "id": "95b76021-6a53-4741-ab8b-1d1f3d66a95a",
        "name": "CDS_O365_P2",
        "displayName": "Common Data Service for Teams",
        "appliesTo": "User"
      },
      {
        "id": "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "name": "EXCHANGE_S_ENTERPRISE",
        "displayName": "Exchange Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "f0ff6ac6-297d-49cd-be34-6dfef97f0c28",
        "name": "MESH_IMMERSIVE_FOR_TEAMS",
        "displayName": "Immersive spaces for Teams",
        "appliesTo": "User"
      },
      {
        "id": "2b815d45-56e4-4e3a-b65c-66cb9175b560",
        "name": "ContentExplorer_Standard",
        "displayName": "Information Protection and Governance Analytics – Standard",
        "appliesTo": "User"
      },
      {
        "id": "5136a095-5cf0-4aff-bec3-e84448b38ea5",
        "name": "MIP_S_CLP1",
        "displayName": "Information Protection for Office 365 - Standard",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "43de0ff5-c92c-492b-9116-175376d08c38",
        "name": "OFFICESUBSCRIPTION",
        "displayName": "Microsoft 365 Apps for Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "6f23d6a9-adbf-481c-8538-b4c095654487",
        "name": "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
        "displayName": "Microsoft 365 Lighthouse (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "2789c901-c14e-48ab-a76a-be334d9d793a",
        "name": "FORMS_PLAN_E3",
        "displayName": "Microsoft Forms (Plan E3)",
        "appliesTo": "User"
      },
      {
        "id": "aebd3021-9f8f-4bf8-bbe3-0ed2f4f047a1",
        "name": "KAIZALA_O365_P3",
        "displayName": "Microsoft Kaizala Pro",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "9e700747-8b1d-45e5-ab8d-ef187ceec156",
        "name": "STREAM_O365_E3",
        "displayName": "Microsoft Stream for Office 365 E3",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "db4d623d-b514-490b-b7ef-8885eee514de",
        "name": "Nucleus",
        "displayName": "Nucleus",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the Web",
        "appliesTo": "User"
      },
      {
        "id": "31b4e2fc-4cd6-4e7d-9c1b-41407303bd66",
        "name": "PROJECT_O365_P2",
        "displayName": "Project for Office (Plan E3)",
        "appliesTo": "User"
      },
      {
        "id": "5dbe027f-2339-4123-9542-606e4d348a72",
        "name": "SHAREPOINTENTERPRISE",
        "displayName": "SharePoint (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "c87f142c-d1e9-4363-8630-aaea9c4d9ae5",
        "name": "BPOS_S_TODO_2",
        "displayName": "To-Do (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "94a54592-cd8b-425e-87c6-97868b000b91",
        "name": "WHITEBOARD_PLAN2",
        "displayName": "Whiteboard (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      },
      {
        "id": "4ff01e01-1ba7-4d71-8cf8-ce96c3bbcf14",
        "name": "DYN365_CDS_O365_P2",
        "displayName": "Common Data Service",
        "appliesTo": "User"
      },
      {
        "id": "c68f8d98-5534-41c8-bf36-22fa496fa792",
        "name": "POWERAPPS_O365_P2",
        "displayName": "Power Apps for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "76846ad7-7776-4c40-a281-a386362dd1b9",
        "name": "FLOW_O365_P2",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "041fe683-03e4-45b6-b1af-c0cdc516daee",
        "name": "POWER_VIRTUAL_AGENTS_O365_P2",
        "displayName": "Power Virtual Agents for Office 365",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "c7df2760-2c81-4ef7-b578-5b5392b571df",
    "displayName": "Office 365 E5",
    "skuPartNumber": "ENTERPRISEPREMIUM",
    "servicePlans": [
      {
        "id": "28b0fa46-c39a-4188-89e2-58e979a6b014",
        "name": "DYN365_CDS_O365_P3",
        "displayName": "Common Data Service - O365 P3",
        "appliesTo": "User"
      },
      {
        "id": "afa73018-811e-46e9-988f-f75d2b1b8430",
        "name": "CDS_O365_P3",
        "displayName": "Common Data Service for Teams_P3",
        "appliesTo": "User"
      },
      {
        "id": "9f431833-0334-42de-a7dc-70aa40db46db",
        "name": "LOCKBOX_ENTERPRISE",
        "displayName": "Customer Lockbox",
        "appliesTo": "User"
      },
      {
        "id": "cd31b152-6326-4d1b-ae1b-997b625182e6",
        "name": "MIP_S_Exchange",
        "displayName": "Data Classification in Microsoft 365",
        "appliesTo": "User"
      },
      {
        "id": "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "name": "EXCHANGE_S_ENTERPRISE",
        "displayName": "Exchange Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a6520331-d7d4-4276-95f5-15c0933bc757",
        "name": "GRAPH_CONNECTORS_SEARCH_INDEX",
        "displayName": "Graph Connectors Search with Index",
        "appliesTo": "User"
      },
      {
        "id": "c4801e8a-cb58-4c35-aca6-f2dcc106f287",
        "name": "INFORMATION_BARRIERS",
        "displayName": "Information Barriers",
        "appliesTo": "User"
      },
      {
        "id": "d9fa6af4-e046-4c89-9226-729a0786685d",
        "name": "Content_Explorer",
        "displayName": "Information Protection and Governance Analytics - Premium",
        "appliesTo": "User"
      },
      {
        "id": "2b815d45-56e4-4e3a-b65c-66cb9175b560",
        "name": "ContentExplorer_Standard",
        "displayName": "Information Protection and Governance Analytics - Standard",
        "appliesTo": "User"
      },
      {
        "id": "efb0351d-3b08-4503-993d-383af8de41e3",
        "name": "MIP_S_CLP2",
        "displayName": "Information Protection for Office 365 - Premium",
        "appliesTo": "User"
      },
      {
        "id": "5136a095-5cf0-4aff-bec3-e84448b38ea5",
        "name": "MIP_S_CLP1",
        "displayName": "Information Protection for Office 365 - Standard",
        "appliesTo": "User"
      },
      {
        "id": "33c4f319-9bdd-48d6-9c4d-410b750a4a5a",
        "name": "MYANALYTICS_P2",
        "displayName": "Insights by MyAnalytics",
        "appliesTo": "User"
      },
      {
        "id": "a413a9ff-720c-4822-98ef-2f37c2a21f4c",
        "name": "MICROSOFT_COMMUNICATION_COMPLIANCE",
        "displayName": "M365 Communication Compliance",
        "appliesTo": "User"
      },
      {
        "id": "2f442157-a11c-46b9-ae5b-6e39ff4e5849",
        "name": "M365_ADVANCED_AUDITING",
        "displayName": "Microsoft 365 Advanced Auditing",
        "appliesTo": "User"
      },
      {
        "id": "43de0ff5-c92c-492b-9116-175376d08c38",
        "name": "OFFICESUBSCRIPTION",
        "displayName": "Microsoft 365 Apps for enterprise",
        "appliesTo": "User"
      },
      {
        "id": "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40",
        "name": "MCOMEETADV",
        "displayName": "Microsoft 365 Audio Conferencing",
        "appliesTo": "User"
      },
      {
        "id": "bf28f719-7844-4079-9c78-c1307898e192",
        "name": "MTP",
        "displayName": "Microsoft 365 Defender",
        "appliesTo": "User"
      },
      {
        "id": "4828c8ec-dc2e-4779-b502-87ac9ce28ab7",
        "name": "MCOEV",
        "displayName": "Microsoft 365 Phone System",
        "appliesTo": "User"
      },
      {
        "id": "bea4c11e-220a-4e6d-8eb8-8ea15d019f90",
        "name": "RMS_S_ENTERPRISE",
        "displayName": "Microsoft Microsoft Entra Rights",
        "appliesTo": "User"
      },
      {
        "id": "199a5c09-e0ca-4e37-8f7c-b05d533e1ea2",
        "name": "MICROSOFTBOOKINGS",
        "displayName": "Microsoft Bookings",
        "appliesTo": "User"
      },
      {
        "id": "6dc145d6-95dd-4191-b9c3-185575ee6f6b",
        "name": "COMMUNICATIONS_DLP",
        "displayName": "Microsoft Communications DLP",
        "appliesTo": "User"
      },
      {
        "id": "6db1f1db-2b46-403f-be40-e39395f08dbb",
        "name": "CUSTOMER_KEY",
        "displayName": "Microsoft Customer Key",
        "appliesTo": "User"
      },
      {
        "id": "46129a58-a698-46f0-aa5b-17f6586297d9",
        "name": "DATA_INVESTIGATIONS",
        "displayName": "Microsoft Data Investigations",
        "appliesTo": "User"
      },
      {
        "id": "f20fedf3-f3c3-43c3-8267-2bfdd51c0939",
        "name": "ATP_ENTERPRISE",
        "displayName": "Microsoft Defender for Office 365 (Plan 1)",
        "appliesTo": "User"
      },
      {
        "id": "8e0c0a52-6a6c-4d40-8370-dd62790dcd70",
        "name": "THREAT_INTELLIGENCE",
        "displayName": "Microsoft Defender for Office 365 (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "531ee2f8-b1cb-453b-9c21-d2180d014ca5",
        "name": "EXCEL_PREMIUM",
        "displayName": "Microsoft Excel Advanced Analytics",
        "appliesTo": "User"
      },
      {
        "id": "e212cbc7-0961-4c40-9825-01117710dcb1",
        "name": "FORMS_PLAN_E5",
        "displayName": "Microsoft Forms (Plan E5)",
        "appliesTo": "User"
      },
      {
        "id": "e26c2fcc-ab91-4a61-b35c-03cdc8dddf66",
        "name": "INFO_GOVERNANCE",
        "displayName": "Microsoft Information Governance",
        "appliesTo": "User"
      },
      {
        "id": "0898bdbb-73b0-471a-81e5-20f1fe4dd66e",
        "name": "KAIZALA_STANDALONE",
        "displayName": "Microsoft Kaizala",
        "appliesTo": "User"
      },
      {
        "id": "34c0d7a0-a70f-4668-9238-47f9fc208882",
        "name": "EXCHANGE_ANALYTICS",
        "displayName": "Microsoft MyAnalytics (Full)",
        "appliesTo": "User"
      },
      {
        "id": "b737dad2-2f6c-4c65-90e3-ca563267e8b9",
        "name": "PROJECTWORKMANAGEMENT",
        "displayName": "Microsoft Planner",
        "appliesTo": "User"
      },
      {
        "id": "65cc641f-cccd-4643-97e0-a17e3045e541",
        "name": "RECORDS_MANAGEMENT",
        "displayName": "Microsoft Records Management",
        "appliesTo": "User"
      },
      {
        "id": "94065c59-bc8e-4e8b-89e5-5138d471eaff",
        "name": "MICROSOFT_SEARCH",
        "displayName": "Microsoft Search",
        "appliesTo": "User"
      },
      {
        "id": "8c7d2df8-86f0-4902-b2ed-a0458298f3b3",
        "name": "Deskless",
        "displayName": "Microsoft StaffHub",
        "appliesTo": "User"
      },
      {
        "id": "6c6042f5-6f01-4d67-b8c1-eb99d36eed3e",
        "name": "STREAM_O365_E5",
        "displayName": "Microsoft Stream for O365 E5 SKU",
        "appliesTo": "User"
      },
      {
        "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
        "name": "TEAMS1",
        "displayName": "Microsoft Teams",
        "appliesTo": "User"
      },
      {
        "id": "882e1d05-acd1-4ccb-8708-6ee03664b117",
        "name": "INTUNE_O365",
        "displayName": "Mobile Device Management for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "4de31727-a228-4ec3-a5bf-8e45b5ca48cc",
        "name": "EQUIVIO_ANALYTICS",
        "displayName": "Office 365 Advanced eDiscovery",
        "appliesTo": "User"
      },
      {
        "id": "8c098270-9dd4-4350-9b30-ba4703f3b36b",
        "name": "ADALLOM_S_O365",
        "displayName": "Office 365 Advanced Security Management",
        "appliesTo": "User"
      },
      {
        "id": "b1188c4c-1b36-4018-b48b-ee07604f6feb",
        "name": "PAM_ENTERPRISE",
        "displayName": "Office 365 Privileged Access Management",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the web",
        "appliesTo": "User"
      },
      {
        "id": "07699545-9485-468e-95b6-2fca3738be01",
        "name": "FLOW_O365_P3",
        "displayName": "Power Automate for Office 365",
        "appliesTo": "User"
      },
      {
        "id": "70d33638-9c74-4d01-bfd3-562de28bd4ba",
        "name": "BI_AZURE_P2",
        "displayName": "Power BI Pro",
        "appliesTo": "User"
      },
      {
        "id": "ded3d325-1bdc-453e-8432-5bac26d7a014",
        "name": "POWER_VIRTUAL_AGENTS_O365_P3",
        "displayName": "Power Virtual Agents for Office 365 P3",
        "appliesTo": "User"
      },
      {
        "id": "9c0dab89-a30c-4117-86e7-97bda240acd2",
        "name": "POWERAPPS_O365_P3",
        "displayName": "PowerApps for Office 365 Plan 3",
        "appliesTo": "User"
      },
      {
        "id": "617b097b-4b93-4ede-83de-5f075bb5fb2f",
        "name": "PREMIUM_ENCRYPTION",
        "displayName": "Premium Encryption in Office 365",
        "appliesTo": "User"
      },
      {
        "id": "b21a6b06-1988-436e-a07b-51ec6d9f52ad",
        "name": "PROJECT_O365_P3",
        "displayName": "Project for Office (Plan E5)",
        "appliesTo": "User"
      },
      {
        "id": "41fcdd7d-4733-4863-9cf4-c65b83ce2df4",
        "name": "COMMUNICATIONS_COMPLIANCE",
        "displayName": "Microsoft Communications Compliance",
        "appliesTo": "User"
      },
      {
        "id": "5dbe027f-2339-4123-9542-606e4d348a72",
        "name": "SHAREPOINTENTERPRISE",
        "displayName": "SharePoint (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
        "name": "MCOSTANDARD",
        "displayName": "Skype for Business Online (Plan 2)",
        "appliesTo": "User"
      },
      {
        "id": "a23b959c-7ce8-4e57-9140-b90eb88a9e97",
        "name": "SWAY",
        "displayName": "Sway",
        "appliesTo": "User"
      },
      {
        "id": "3fb82609-8c27-4f7b-bd51-30634711ee67",
        "name": "BPOS_S_TODO_3",
        "displayName": "To-Do (Plan 3)",
        "appliesTo": "User"
      },
      {
        "id": "a82fbf69-b4d7-49f4-83a6-915b2cf354f4",
        "name": "VIVAENGAGE_CORE",
        "displayName": "Viva Engage Core",
        "appliesTo": "User"
      },
      {
        "id": "b76fb638-6ba6-402a-b9f9-83d28acb3d86",
        "name": "VIVA_LEARNING_SEEDED",
        "displayName": "Viva Learning Seeded",
        "appliesTo": "User"
      },
      {
        "id": "4a51bca5-1eff-43f5-878c-177680f191af",
        "name": "WHITEBOARD_PLAN3",
        "displayName": "Whiteboard (Plan 3)",
        "appliesTo": "User"
      },
      {
        "id": "7547a3fe-08ee-4ccb-b430-5077c5041653",
        "name": "YAMMER_ENTERPRISE",
        "displayName": "Yammer Enterprise",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "f8a1db68-be16-40ed-86d5-cb42ce701560",
    "displayName": "Power BI Pro",
    "skuPartNumber": "POWER_BI_PRO",
    "servicePlans": [
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "Exchange Foundation",
        "appliesTo": "Tenant"
      },
      {
        "id": "70d33638-9c74-4d01-bfd3-562de28bd4ba",
        "name": "BI_AZURE_P2",
        "displayName": "Power BI Pro",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "53818b1b-4a27-454b-8896-0dba576410e6",
    "displayName": "Planner and Project Plan 3",
    "skuPartNumber": "PROJECTPROFESSIONAL",
    "servicePlans": [
      {
        "id": "50554c47-71d9-49fd-bc54-42a2765c555c",
        "name": "DYN365_CDS_PROJECT",
        "displayName": "Common Data Service for Project",
        "appliesTo": "User"
      },
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "Exchange Foundation",
        "appliesTo": "Tenant"
      },
      {
        "id": "fa200448-008c-4acb-abd4-ea106ed2199d",
        "name": "FLOW_FOR_PROJECT",
        "displayName": "Flow for Project",
        "appliesTo": "User"
      },
      {
        "id": "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        "name": "SHAREPOINTWAC",
        "displayName": "Office for the web",
        "appliesTo": "User"
      },
      {
        "id": "fafd7243-e5c1-4a3a-9e40-495efcb1d3c3",
        "name": "PROJECT_CLIENT_SUBSCRIPTION",
        "displayName": "Project Online Desktop Client",
        "appliesTo": "User"
      },
      {
        "id": "fe71d6c3-a2ea-4499-9778-da042bf08063",
        "name": "SHAREPOINT_PROJECT",
        "displayName": "Project Online Service",
        "appliesTo": "User"
      },
      {
        "id": "818523f5-016b-4355-9be8-ed6944946ea7",
        "name": "PROJECT_PROFESSIONAL",
        "displayName": "Project P3",
        "appliesTo": "User"
      },
      {
        "id": "5dbe027f-2339-4123-9542-606e4d348a72",
        "name": "SHAREPOINTENTERPRISE",
        "displayName": "SharePoint (Plan 2)",
        "appliesTo": "User"
      }
    ]
  },
  {
    "skuId": "c5928f49-12ba-48f7-ada3-0d743a3601d5",
    "displayName": "Visio Plan 2",
    "skuPartNumber": "VISIOCLIENT",
    "servicePlans": [
      {
        "id": "113feb6c-3fe4-4440-bddc-54d774bf0318",
        "name": "EXCHANGE_S_FOUNDATION",
        "displayName": "EXCHANGE FOUNDATION",
        "appliesTo": "Tenant"
      },
      {
        "id": "da792a53-cbc0-4184-a10d-e544dd34b3c1",
        "name": "ONEDRIVE_BASIC",
        "displayName": "ONEDRIVE FOR BUSINESS BASIC",
        "appliesTo": "User"
      },
      {
        "id": "663a804f-1c30-4ff0-9915-9db84f0d1cea",
        "name": "VISIO_CLIENT_SUBSCRIPTION",
        "displayName": "VISIO DESKTOP APP",
        "appliesTo": "User"
      },
      {
        "id": "2bdbaf8f-738f-4ac7-9234-3c3ee2ce7d0f",
        "name": "VISIOONLINE",
        "displayName": "VISIO WEB APP",
        "appliesTo": "User"
      }
    ]
  }
];
