/** Help desks, read as complaint logs: Zendesk, Freshdesk, Help Scout, Jira Service Management, Okdesk, Usedesk. */
import type { ExportProfile } from '../types.js';

export const HELPDESK_PROFILES: ExportProfile[] = [
  {
    name: 'zendesk-tickets',
    title: 'Zendesk — tickets CSV export',
    kind: 'complaints',
    source: '[C] general knowledge of the Zendesk Support ticket CSV export (Admin → Account → Reports → Export); not yet seen as a verbatim public header: verify',
    fingerprint: { all: ['Requester', 'Requester email', 'Via', 'Ticket type'] },
    map: {
      id: 'ID', customer: 'Requester email', date: 'Created at', channel: 'Via', subject: 'Subject', status: 'Status',
      // care sla: the export has no first-reply timestamp, only Zendesk's own minutes; Solved at is the last solve.
      solved: 'Solved at', firstReplyMinutes: 'First reply time in minutes', resolutionMinutes: 'Full resolution time in minutes',
      agent: 'Assignee', priority: 'Priority', type: 'Ticket type', satisfaction: 'Satisfaction Score', reopens: 'Reopens',
      // Tags (space-separated: twitter, legal, refund…) are read by care classify as the channel is.
      tags: 'Tags',
    },
    dateFormat: 'YMD',
    notes: ['The CSV export has no ticket text; Subject is what classification reads.'],
    header: ['Summation column', 'ID', 'Requester', 'Requester id', 'Requester external id', 'Requester email', 'Requester domain', 'Submitter', 'Assignee', 'Group', 'Subject', 'Tags', 'Status', 'Priority', 'Via', 'Ticket type', 'Created at', 'Updated at', 'Assigned at', 'Organization', 'Due date', 'Initially assigned at', 'Solved at', 'Resolution time', 'Satisfaction Score', 'Group stations', 'Assignee stations', 'Reopens', 'Replies', 'First reply time in minutes', 'Full resolution time in minutes'],
  },
  {
    name: 'freshdesk-tickets',
    title: 'Freshdesk — tickets export',
    kind: 'complaints',
    source: '[C] general knowledge of the Freshdesk Tickets → Export (CSV) columns; fixture fixtures/exports/freshdesk-tickets.csv',
    fingerprint: { all: ['Ticket ID', 'Created time', 'Due by Time', 'Resolution status'] },
    map: {
      id: 'Ticket ID', customer: 'Email', date: 'Created time', channel: 'Source', subject: 'Subject', status: 'Status',
      // care sla: first response from Freshdesk's own duration (in hrs); what `Initial response time` holds is not verified, so it is not read.
      solved: 'Resolved time', firstReplyHours: 'First response time (in hrs)', resolutionHours: 'Resolution time (in hrs)',
      agent: 'Agent', priority: 'Priority', type: 'Type', satisfaction: 'Survey results', tags: 'Tags',
    },
    fallbacks: { solved: ['Closed time'] },
    dateFormat: 'YMD',
    notes: ['Survey results holds the CSAT answer (Extremely Happy … Extremely Unhappy).'],
    header: ['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Due by Time', 'Resolved time', 'Closed time', 'Last update time', 'Initial response time', 'Time tracked', 'First response time (in hrs)', 'Resolution time (in hrs)', 'Agent interactions', 'Customer interactions', 'Resolution status', 'First response status', 'Tags', 'Survey results', 'Product', 'Full name', 'Email', 'Contact ID'],
  },
  {
    name: 'helpscout-conversations',
    title: 'Help Scout — conversations export',
    kind: 'complaints',
    source: '[C] general knowledge of the Help Scout conversations CSV export; fixture fixtures/exports/helpscout-conversations.csv',
    fingerprint: { all: ['Conversation ID', 'Mailbox', 'Customer Email'] },
    map: {
      id: 'Conversation ID', customer: 'Customer Email', date: 'Created At', channel: 'Type', subject: 'Subject', status: 'Status',
      // care sla: no first-response column in this export.
      solved: 'Closed At', agent: 'Assigned To', satisfaction: 'Rating', tags: 'Tags',
    },
    dateFormat: 'YMD',
    header: ['Conversation #', 'Conversation ID', 'Status', 'Subject', 'Customer Name', 'Customer Email', 'Mailbox', 'Assigned To', 'Tags', 'Type', 'Created At', 'Closed At', 'Rating'],
  },
  {
    name: 'jira-service-management',
    title: 'Jira Service Management — issues CSV export',
    kind: 'complaints',
    source: '[A] Jira CSV export header order (Summary, Issue key, Issue id, Issue Type, Status, Project key, …) and repeated Labels columns seen verbatim in several public importers (code index ids 848302008, 57571276083, 59328726216, 70629997267); the Service Management custom fields from general knowledge; fixture fixtures/exports/jira-sm-issues.csv',
    fingerprint: { all: ['Issue key', 'Issue id', 'Issue Type', 'Project key'] },
    map: {
      id: 'Issue key', customer: 'Reporter', date: 'Created', channel: 'Custom field (Request Type)', subject: 'Summary', text: 'Description', status: 'Status',
      // care sla: no first-response column in the plain issue export (the SLA custom fields vary by site).
      solved: 'Resolved', agent: 'Assignee', priority: 'Priority', type: 'Issue Type', satisfaction: 'Custom field (Satisfaction rating)',
      // The first of the repeated Labels columns.
      tags: 'Labels',
    },
    dateFormat: 'DMY',
    notes: ['Dates are written like 09/Oct/25 1:42 PM (day, month name, two-digit year).'],
    header: ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Project key', 'Project name', 'Project type', 'Project lead', 'Priority', 'Resolution', 'Assignee', 'Reporter', 'Creator', 'Created', 'Updated', 'Last Viewed', 'Resolved', 'Due date', 'Labels', 'Description', 'Custom field (Request Type)', 'Custom field (Satisfaction rating)'],
  },
  {
    name: 'okdesk-issues',
    title: 'Okdesk — issues (заявки) export',
    kind: 'complaints',
    source: '[C] general knowledge of the Okdesk issues export (dates with Russian month names); fixture fixtures/exports/okdesk-issues.csv',
    fingerprint: { all: ['Контактное лицо', 'Email контакта', 'Плановая дата решения'] },
    map: {
      id: 'Номер', customer: 'Email контакта', date: 'Дата создания', subject: 'Тема', status: 'Статус',
      // care sla: no first-response column in this export.
      solved: 'Дата решения', agent: 'Ответственный', priority: 'Приоритет', type: 'Тип', satisfaction: 'Оценка',
    },
    dateFormat: 'DMY',
    delimiter: ';',
    notes: ['Dates are written with Russian month names in the genitive (5 марта 2024 09:14).'],
    header: ['Номер', 'Тема', 'Тип', 'Приоритет', 'Статус', 'Клиент', 'Контактное лицо', 'Email контакта', 'Ответственный', 'Дата создания', 'Плановая дата решения', 'Дата решения', 'Оценка'],
  },
  {
    name: 'usedesk-tickets',
    title: 'Usedesk — tickets export',
    kind: 'complaints',
    source: '[C] general knowledge of the Usedesk tickets export; not yet seen as a verbatim public header: verify',
    fingerprint: { all: ['ID', 'Канал', 'Email клиента', 'Дата создания'] },
    map: { id: 'ID', customer: 'Клиент', date: 'Дата создания', channel: 'Канал', subject: 'Тема', status: 'Статус', tags: 'Теги' },
    dateFormat: 'DMY',
    header: ['ID', 'Тема', 'Статус', 'Канал', 'Клиент', 'Email клиента', 'Дата создания', 'Дата изменения', 'Приоритет', 'Тип', 'Теги', 'Ответственный', 'Группа'],
  },
];
