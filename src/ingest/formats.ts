/** How an export is written, as the user may state it (--encoding, --date-format) or a profile records it. */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'latin1';
export type DateOrder = 'DMY' | 'MDY' | 'YMD';
