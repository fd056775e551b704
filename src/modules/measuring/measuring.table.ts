/** The ten WSIS targets of the Geneva Plan of Action (paragraph 6). */
export interface MeasuringWsisTargetTable {
  number: number;
}

export interface MeasuringWsisTargetTextTable {
  targetNumber: number;
  locale: string;
  title: string;
  text: string;
}

export interface MeasuringIndicatorTable {
  code: string;
  position: number;
  unit: string;
  /** JSON list of breakdown dimensions. */
  breakdowns: string;
  /** JSON list of SDMX series codes. */
  sdmxSeries: string;
}

export interface MeasuringIndicatorTextTable {
  indicatorCode: string;
  locale: string;
  name: string;
  definition: string;
}

export interface MeasuringIndicatorLinkTable {
  indicatorCode: string;
  kind: string;
  ref: string;
}

export interface MeasuringObservationTable {
  indicatorCode: string;
  geography: string;
  year: number;
  breakdown: string;
  value: string;
  qualifier: string | null;
  sourcePublisher: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceAccessed: string;
  licence: string | null;
  note: string | null;
  updatedAt: string;
}

export interface MeasuringTables {
  measuringWsisTarget: MeasuringWsisTargetTable;
  measuringWsisTargetText: MeasuringWsisTargetTextTable;
  measuringIndicator: MeasuringIndicatorTable;
  measuringIndicatorText: MeasuringIndicatorTextTable;
  measuringIndicatorLink: MeasuringIndicatorLinkTable;
  measuringObservation: MeasuringObservationTable;
}
