/** Names of the files the user attaches, shared by the downloads and the Appendix summary. */
export const CSV_FILE_NAME = "affected-certificates.csv";
/** The same CSV with formula-leading cells prefixed by `'`, for opening in a spreadsheet. */
export const SPREADSHEET_SAFE_CSV_FILE_NAME = "affected-certificates-spreadsheet-safe.csv";
export const CRTSH_FILE_NAME = "affected-certificates-crtsh.txt";
