/** The other commands' table texts in Bulgarian (keys: care-en.ts). */
import type { Message } from '../../types.js';
import type { careTablesEn } from './care-en.js';

export const careTablesBg: { readonly [K in keyof typeof careTablesEn]: Message } = {
  'table.classify.title': 'Типове оплакващи се',
};
