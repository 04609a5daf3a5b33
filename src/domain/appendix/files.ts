/** Names of the files the user attaches, shared by the downloads and the Appendix summary. */
export const CSV_FILE_NAME = "affected-certificates.csv";
export const CRTSH_FILE_NAME = "affected-certificates-crtsh.txt";
