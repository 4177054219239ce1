/** The other commands' table texts in Russian (keys: care-en.ts). */
import type { Message } from '../../types.js';
import type { careTablesEn } from './care-en.js';

export const careTablesRu: { readonly [K in keyof typeof careTablesEn]: Message } = {
  'table.classify.title': 'Типы жалобщиков',
};
