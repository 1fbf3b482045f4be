/**
 * Abbreviated titles, always followed by the name they title ("the Rev. Peter Wherry", "Sen. Ana Ruiz"): the
 * segmenter never ends a sentence on one, and a source span takes one in front of its name.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Rev.', 'Msgr.', 'Fr.', 'Sr.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Sen.', 'Rep.', 'Gov.', 'Amb.', 'Atty.', 'Supt.', 'Insp.', 'Prof.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Hon.']);
