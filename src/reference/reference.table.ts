export interface AgencyTable {
  code: string;
  kind: string;
  website: string;
}
export interface AgencyTextTable {
  agencyCode: string;
  locale: string;
  acronym: string;
  name: string;
}
export interface ActionLineTable {
  code: string;
  /** "line" for the 18 lines (C7's sub-lines included), "group" for C7, the heading over its sub-lines. */
  kind: "line" | "group";
  parentCode: string | null;
  position: number;
}
export interface ActionLineTextTable {
  actionLineCode: string;
  locale: string;
  title: string;
  summary: string;
}
export interface ActionLineFacilitatorTable {
  actionLineCode: string;
  agencyCode: string;
  role: "lead" | "co";
  position: number;
}
export interface SdgTable {
  number: number;
  colour: string;
}
export interface SdgTextTable {
  sdgNumber: number;
  locale: string;
  shortTitle: string;
  title: string;
}
export interface SdgTargetTable {
  code: string;
  sdgNumber: number;
  position: number;
}
export interface ActionLineSdgTable {
  actionLineCode: string;
  sdgNumber: number;
}
export interface ActionLineTargetTable {
  actionLineCode: string;
  targetCode: string;
}
export interface StakeholderTypeTable {
  code: string;
  position: number;
}
export interface StakeholderTypeTextTable {
  stakeholderTypeCode: string;
  locale: string;
  name: string;
  description: string;
}
export interface CountryTable {
  alpha2: string;
  alpha3: string;
  numeric: string;
  name: string;
  m49Region: string | null;
  m49SubRegion: string | null;
  ituRegion: string | null;
}

export interface ReferenceTables {
  agency: AgencyTable;
  agencyText: AgencyTextTable;
  actionLine: ActionLineTable;
  actionLineText: ActionLineTextTable;
  actionLineFacilitator: ActionLineFacilitatorTable;
  sdg: SdgTable;
  sdgText: SdgTextTable;
  sdgTarget: SdgTargetTable;
  actionLineSdg: ActionLineSdgTable;
  actionLineTarget: ActionLineTargetTable;
  stakeholderType: StakeholderTypeTable;
  stakeholderTypeText: StakeholderTypeTextTable;
  country: CountryTable;
}
