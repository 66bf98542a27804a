/**
 * Display names of the catalog's products and service plans, keyed by id: the part of sku-catalog.ts that the
 * product needs at run time (Graph has no display names). Kept separate so the widget does not carry the whole
 * catalog; test/core/display-names.test.ts checks it matches sku-catalog.ts.
 *
 * Each table is one line per entry, "<id as 32 hex digits, without its hyphens> <display name>": this is the
 * largest piece of data in the widget, and as text it gzips to about a tenth less than an array of pairs
 * (the ids themselves are random and do not compress). The maps below are built from it once, on load.
 */

export const PRODUCT_DISPLAY_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ namesById(`
078d2b04f1bd4111bbd4b4b1b354cef4 Microsoft Entra ID P1
84a661c4e9494bd2a560ed7766fcaf2b Microsoft Entra ID P2
efccb6f756414e0ebd10b4976e1bf68e Enterprise Mobility + Security E3
4b9405b077884568add199614e613b69 Exchange Online (Plan 1)
19ec0d2383354cbd94ac6050e30712fa Exchange Online (Plan 2)
80b2d799d2ba4d2a8842fb0d0f3a4b82 Exchange Online Kiosk
061f9ace7d42413688ac31dc755f143f Intune
3dd6cf57d6884eedba529e40b5468c3e Microsoft Defender for Office 365 (Plan 2)
3b555118da6a4418894f7df1e2096870 Microsoft 365 Business Basic
f245ecc875af4f8eb61f27d8114de5f3 Microsoft 365 Business Standard
cbdc14abd96c4c30b9f46ada7cdc1d46 Microsoft 365 Business Premium
05e9a61702614ceebb44138d3ef5d965 Microsoft 365 E3
06ebc4ee1bb547dd812011324bc54e06 Microsoft 365 E5
639dec6bbb19468b871cc5c441c4b0cb Microsoft Copilot for Microsoft 365
fde4287330b6436bb36121af5a6b84ae Microsoft Teams Essentials
710779e83d4a4c88adb9386c958d1fdf Microsoft Teams Exploratory
4ef96642f09640dea3e9d83fb2f90211 Microsoft Defender for Office 365 (Plan 1)
18181a460d4e45cd891e60aabd171b4e Office 365 E1
6fd2c87fb29642f0b1971e91e994b900 Office 365 E3
c7df27602c814ef7b5785b5392b571df Office 365 E5
f8a1db68be1640ed86d5cb42ce701560 Power BI Pro
53818b1b4a27454b88960dba576410e6 Planner and Project Plan 3
c5928f4912ba48f7ada30d743a3601d5 Visio Plan 2
`);

export const SERVICE_PLAN_DISPLAY_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ namesById(`
41781fb2bc024b7cbd55b576c07bb09d Microsoft Entra ID P1
932ad36264a84783910697849a1a30b9 Microsoft Defender for Cloud Apps Discovery
113feb6c3fe44440bddc54d774bf0318 EXCHANGE FOUNDATION
8a256a2bb617496db51be76466e88db0 Microsoft Azure Multi-Factor Authentication
eec0eb4f64444f95aba050c24d67f998 Microsoft Entra ID P2
6c57d4b63b2347a59bc969f17b4947b3 Azure Information Protection Premium P1
bea4c11e220a4e6d8eb88ea15d019f90 Microsoft Microsoft Entra Rights
c1ec4a951f0545b3a911aa3fa01094f5 Microsoft Intune Plan 1
9aaf7827d63c4b6189c3182f06f82e5c Exchange Online (Plan 1)
882e1d05acd14ccb87086ee03664b117 Mobile Device Management for Office 365
5e62787cc316451fb8731d05acd4d12c To-Do (Plan 1)
efb87545963c4e0d99df69c6916d9eb0 Exchange Online (Plan 2)
4a82b400a79f41a4b4e2e94f5787b113 EXCHANGE ONLINE KIOSK
bf28f719784440799c78c1307898e192 Microsoft 365 Defender
f20fedf3f3c343c382672bfdd51c0939 Microsoft Defender for Office 365 (Plan 1)
8e0c0a526a6c4d408370dd62790dcd70 Microsoft Defender for Office 365 (Plan 2)
0f9b09cb62d14ff4912943f4996f83f4 Power Automate for Office 365
159f4cd6e380449fa816af1a9ef76344 Microsoft Forms (Plan E1)
0feaeb32d00e4d66bd5a43b5b83db82c Skype for Business Online (Plan 2)
c63d4d19e8cb460eb37c4d6c34603745 Office Mobile Apps for Office 365
92f7a6f3b89b4bbd8c30809e6da5ad1c Power Apps for Office 365
b737dad22f6c4c6590e3ca563267e8b9 Microsoft Planner
c7699d2e19aa44de8edf1736da088ca1 SharePoint (Plan 1)
e95bec337c884a708e19b10bd9d0c014 Office for the web
a23b959c7ce84e579140b90eb88a9e97 Sway
57ff2da0773e42dfb2afffb7a2317929 Microsoft Teams
7547a3fe08ee4ccbb4305077c5041653 Yammer Enterprise
39b5c996467e4e60bd6246066f572726 Microsoft Invoicing
dcf9d2f4772e4434b75777a453cfbc02 Avatars for Teams
3efbd4ed8958482483891321f8730af8 Avatars for Teams (additional)
95b760216a534741ab8b1d1f3d66a95a Common Data Service for Teams
0d0c0d31fae741f2b909eaf4d7f26dba Commercial data protection for Microsoft Copilot
33c4f3199bdd48d69c4d410b750a4a5a Insights by MyAnalytics
094e785493fc4d55b2c03ab5369ebdc1 Microsoft 365 Apps for business
6f23d6a9adbf481c8538b4c095654487 Microsoft 365 Lighthouse (Plan 1)
199a5c09e0ca4e378f7cb05d533e1ea2 Microsoft Bookings
a1ace00872f34ea08dac33b3a23a2472 Microsoft Clipchamp
54fc630f5a4048ee8965af0503c1386e Microsoft Kaizala Pro
c4b8c31afb444c659837a21f55fcabda Microsoft Loop
94065c59bc8e4e8b89e55138d471eaff Microsoft Search
8c7d2df886f04902b2eda0458298f3b3 Microsoft StaffHub
db4d623db514490bb7ef8885eee514de Nucleus
31b4e2fc4cd64e7d9c1b41407303bd66 Project for Office (Plan E3)
5bfe124cbbdc44948835f1297d457d79 RETIRED - Outlook Customer Manager
3c53ea51d57846faa4c0fd0a92809a60 Stream for Office 365
a82fbf69b4d749f483a6915b2cf354f4 Viva Engage Core
b76fb6386ba6402ab9f983d28acb3d86 Viva Learning Seeded
b8afc642032e4de58c0a507a7bba7e5d Whiteboard (Plan 1)
4ff01e011ba74d718cf8ce96c3bbcf14 Common Data Service
31cf2cfc6b0d4adca33688b724ed8122 Microsoft Azure Rights Management Service
041fe68303e445b6b1afc0cdc516daee Power Virtual Agents for Office 365
afa73018811e46e9988ff75d2b1b8430 Common Data Service for Teams_P3
9bec7e34c9fa40b7a9d1bd6d1165c7ed Data Loss Prevention
176a09a67ec54039ac02b2791c6ba793 Exchange Online Archiving
d55411c9cfff40a987c7240f14df7da5 Microsoft 365 Lighthouse (Plan 2)
bfc1bbd9981b4f719b8217c35fd0e2a4 Microsoft Defender for Business
276d6e8af0564f70b7e84fc27f79f809 Office Shared Computer Activation
b21a6b061988436ea07b51ec6d9f52ad Project for Office (Plan E5)
c948ea6520534a5a8a629eaaaf11b522 Purview Discovery
795f6fe0cc4d4773b0505dde4dc704c9 Universal Print
8e229017d77b43d59305903395523b99 Windows 10/11 Business
7bf960f62cd9443a80465dbff9558365 Windows Update for Business Deployment Service
de377cbc00194ec2b77c3f223947e102 Azure Active Directory
28b0fa46c39a418889e258e979a6b014 Common Data Service - O365 P3
8e9ff0ffaa7a4b2083c12f636b600ac2 Microsoft Intune
743dd19e1ce34c62a3ad49ba8f63a2f6 Microsoft Stream for Office 365 E1
ded3d3251bdc453e84325bac26d7a014 Power Virtual Agents for Office 365 P3
a6520331d7d4427695f515c0933bc757 Graph Connectors Search with Index
f0ff6ac6297d49cdbe346dfef97f0c28 Immersive spaces for Teams
2b815d4556e44e3ab65c66cb9175b560 Information Protection and Governance Analytics - Standard
5136a0955cf04affbec3e84448b38ea5 Information Protection for Office 365 - Standard
43de0ff5c92c492b9116175376d08c38 Microsoft 365 Apps for enterprise
292cc0347b7c4950aaf5943befd3f1d4 Microsoft Defender for Endpoint Plan 1
2789c901c14e48aba76abe334d9d793a Microsoft Forms (Plan E3)
aebd30219f8f4bf8bbe30ed2f4f047a1 Microsoft Kaizala Pro
9e7007478b1d45e5ab8def187ceec156 Microsoft Stream for Office 365 E3
5dbe027f233941239542606e4d348a72 SharePoint (Plan 2)
c87f142cd1e943638630aaea9c4d9ae5 To-Do (Plan 2)
94a54592cd8b425e87c697868b000b91 Whiteboard (Plan 2)
21b439baa0ca424fa6cc52f954a5b111 Windows 10/11 Enterprise (Original)
9a6eeb790b4b4bf0980839d99a2cd5a3 Windows Autopatch
c68f8d98553441c8bf3622fa496fa792 Power Apps for Office 365
76846ad777764c40a281a386362dd1b9 Power Automate for Office 365
9f431833033442dea7dc70aa40db46db Customer Lockbox
3ec18638bd4c4d3b8905479ed636b83e Customer Lockbox (A)
cd31b15263264d1bae1b997b625182e6 Data Classification in Microsoft 365
c4801e8acb584c35aca6f2dcc106f287 Information Barriers
d9fa6af4e0464c899226729a0786685d Information Protection and Governance Analytics - Premium
efb0351d3b084503993d383af8de41e3 Information Protection for Office 365 - Premium
2f442157a11c46b9ae5b6e39ff4e5849 Microsoft 365 Advanced Auditing
3e26ee1f8a5f4d52aee2b81ce45c8f40 Microsoft 365 Audio Conferencing
f6de482328fa440bb8864783fa86ddba Microsoft 365 Audit Platform
a413a9ff720c482298ef2f37c2a21f4c M365 Communication Compliance
4828c8ecdc2e4779b50287ac9ce28ab7 Microsoft 365 Phone System
6dc145d695dd4191b9c3185575ee6f6b Microsoft Communications DLP
6db1f1db2b46403fbe40e39395f08dbb Microsoft Customer Key
46129a58a69846f0aa5b17f6586297d9 Microsoft Data Investigations
531ee2f8b1cb453b9c21d2180d014ca5 Microsoft Excel Advanced Analytics
e212cbc709614c40982501117710dcb1 Microsoft Forms (Plan E5)
e26c2fccab914a61b35c03cdc8dddf66 Microsoft Information Governance
d587c7a3bda94f9987769bcf59c84f75 Microsoft Insider Risk Management
0898bdbb73b0471a81e520f1fe4dd66e Microsoft Kaizala
d2d5136876c94317ada2a12c004c432f Microsoft ML-Based Classification
34c0d7a0a70f4668923847f9fc208882 Microsoft MyAnalytics (Full)
65cc641fcccd464397e0a17e3045e541 Microsoft Records Management
6c6042f56f014d67b8c1eb99d36eed3e Microsoft Stream for O365 E5 SKU
4de31727a2284ec3a5bf8e45b5ca48cc Office 365 Advanced eDiscovery
8c0982709dd443509b30ba4703f3b36b Office 365 Advanced Security Management
b1188c4c1b364018b48bee07604f6feb Office 365 Privileged Access Management
bf6f552059e34f82974b7dbbc4fd27c7 Office 365 SafeDocs
9c0dab89a30c411786e797bda240acd2 PowerApps for Office 365 Plan 3
70d336389c744d01bfd3562de28bd4ba Power BI Pro
617b097b4b934ede83de5f075bb5fb2f Premium Encryption in Office 365
41fcdd7d473348639cf4c65b83ce2df4 Microsoft Communications Compliance
9d0c4ee5e4a14625ab39d82b619b1a34 RETIRED - Microsoft Insider Risk Management
3fb826098c274f7bbd5130634711ee67 To-Do (Plan 3)
4a51bca51eff43f5878c177680f191af Whiteboard (Plan 3)
871d91ecec1a452ba83fbd76c7d770ef Microsoft Defender for Endpoint
64bfac922b174482b5e5a0304429de3e Microsoft Endpoint DLP
5689bec4755d47538b6140975025187c Azure Information Protection Premium P2
99cd49a90e544e07aea1d8d9f5f704f5 Defender for IoT - Enterprise IoT Security
2e2ddb966af94b1da3f0d6ecfd22edb2 Microsoft Defender for Cloud Apps
14ab5db5e6c44b20b4bc13e36fd2227f Microsoft Defender for Identity
076995459485468e95b62fca3738be01 Power Automate for Office 365
82d30987df9b4486b146198b21d164c7 Graph Connectors in Microsoft 365 Copilot
931e4a88a67f48b5814f16a5f1e6028d Intelligent Search
3f30311c6b1e48a4ab79725b469da960 Microsoft 365 Chat
b95945deb3bd46db8437f2beb6ea2347 Microsoft 365 Copilot in Microsoft Teams
a62f8878de1042f3b68f6149a25ceb97 Microsoft 365 Copilot in Productivity Apps
89f1c4c8087840f7804d869c9128ab5d Power Platform Connectors in Microsoft 365 Copilot
f4f2f6de6830442ba433e92249faebe2 Microsoft Teams Essentials
bed136c6b7994462824dfc045d3a9d25 Common Data Service for Teams
42a3ec3428ba46b6992fdb53a675ac5b MICROSOFT TEAMS
0683001c04924d599515d9a6426b5813 Power Virtual Agents for Office 365
a55dfd10086446d9a3cdda5991a3e0e2 Project for Office (Plan E1)
40b010bb0b694654ac5eba161433f4b4 Common Data Service
50554c4771d949fdbc5442a2765c555c Common Data Service for Project
fa200448008c4acbabd4ea106ed2199d Flow for Project
fafd7243e5c14a3a9e40495efcb1d3c3 Project Online Desktop Client
fe71d6c3a2ea44999778da042bf08063 Project Online Service
818523f5016b43559be8ed6944946ea7 Project P3
da792a53cbc04184a10de544dd34b3c1 ONEDRIVE FOR BUSINESS BASIC
663a804f1c304ff099159db84f0d1cea VISIO DESKTOP APP
2bdbaf8f738f4ac792343c3ee2ce7d0f VISIO WEB APP
`);

/** Lines of "<32 hex digits> <name>" as a map from the lower-case id with its hyphens to the name. */
function namesById(table: string): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const line of table.trim().split('\n')) {
    const hex = line.slice(0, 32);
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    names.set(id, line.slice(33));
  }
  return names;
}
