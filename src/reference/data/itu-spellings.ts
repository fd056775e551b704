// How ITU writes some names where they differ from UN M49 (compared case and punctuation aside), so that an
// export of ITU's WSIS Stocktaking database can be imported as ITU wrote it.
//
// Countries: the forms of ITU's country list (Member States list, ICT statistics) for the countries ITU writes
// differently from M49 — "Korea (Rep. of)", "Lao P.D.R.", "Tanzania" … Names ITU writes as M49 does
// ("Iran (Islamic Republic of)", "Viet Nam", "Bolivia (Plurinational State of)", "United States of America") need
// no entry. itu.int cannot be reached from the machine this was written on, so the list was written from ITU's
// published spellings as they appear in its lists and exports (and the examples), not downloaded: a
// spelling missing here is reported by the import with what it would accept, and belongs in this table. ITU's
// formal designations ("Albania (Republic of)", "Bahrain (Kingdom of)") need no entry either: the import tries a
// name without such a last bracket — never one that says Democratic, People's or Islamic, which tell countries apart.
//
// Action Lines: the titles of C1 and C5 as the WSIS Stocktaking and WSIS Prizes categories word them, where they
// differ from the Geneva Plan of Action's wording in action-lines.ts. The other lines ITU writes with the same
// words ("C7. ICT APPLICATIONS: E-GOVERNMENT", "C4. CAPACITY BUILDING"), matched from action-lines.ts.

/** ITU's spelling → ISO 3166-1 alpha-2. */
export const ITU_COUNTRY_SPELLINGS: Readonly<Record<string, string>> = {
  "Korea (Rep. of)": "KR",
  "Korea (Republic of)": "KR",
  "Dem. People's Rep. of Korea": "KP",
  "Korea (Dem. People's Rep. of)": "KP",
  "Iran (Islamic Rep. of)": "IR",
  Tanzania: "TZ",
  "Congo (Dem. Rep. of the)": "CD",
  "Dem. Rep. of the Congo": "CD",
  "Congo (Democratic Republic of the)": "CD",
  "Congo (Rep. of the)": "CG",
  "Lao P.D.R.": "LA",
  Moldova: "MD",
  Micronesia: "FM",
  Venezuela: "VE",
  "Central African Rep.": "CF",
  "Dominican Rep.": "DO",
  "Czech Republic": "CZ",
  "United Kingdom": "GB",
  "United States": "US",
  Vatican: "VA",
  "Nepal (Republic of)": "NP",
  "Hong Kong, China": "HK",
  "Macao, China": "MO",
  Palestine: "PS",
  Netherlands: "NL",
  Turkey: "TR",
  "Cape Verde": "CV",
  Swaziland: "SZ",
  "The Former Yugoslav Republic of Macedonia": "MK",
};

/** ITU's wording of an Action Line → its code. */
export const ITU_ACTION_LINE_SPELLINGS: Readonly<Record<string, string>> = {
  "C1. The role of public governance authorities and all stakeholders in the promotion of ICTs for development": "C1",
  "The role of public governance authorities and all stakeholders in the promotion of ICTs for development": "C1",
  "C5. Building confidence and security in use of ICTs": "C5",
  "Building confidence and security in use of ICTs": "C5",
};
