/**
 * Labelled tuning sets of fixtures/eval (README there): the blind sets complaints-blind.csv,
 * complaints-blind-2.csv, complaints-blind-3.csv, complaints-blind-4.csv, complaints-blind-5.csv, complaints-blind-6.csv, complaints-blind-7.csv,
 * complaints-blind-8.csv, complaints-blind-9.csv, complaints-blind-10.csv, complaints-blind-11.csv, complaints-blind-12.csv, complaints-blind-13.csv, complaints-blind-14.csv, complaints-blind-15.csv, complaints-blind-16.csv, complaints-blind-17.csv, complaints-blind-18.csv, complaints-blind-19.csv, complaints-blind-20.csv, complaints-blind-21.csv, complaints-blind-22.csv, complaints-blind-23.csv, complaints-blind-24.csv, complaints-blind-25.csv, complaints-blind-26.csv, complaints-blind-27.csv, complaints-blind-28.csv, complaints-blind-29.csv, complaints-blind-30.csv, complaints-blind-31.csv, complaints-blind-32.csv, complaints-blind-33.csv, complaints-blind-34.csv, complaints-blind-35.csv, complaints-blind-36.csv, complaints-blind-37.csv, complaints-blind-38.csv, complaints-blind-39.csv, complaints-blind-40.csv, complaints-blind-41.csv, complaints-blind-42.csv, complaints-blind-43.csv, complaints-blind-44.csv, complaints-blind-45.csv, complaints-blind-46.csv, complaints-blind-47.csv, complaints-blind-48.csv, complaints-blind-49.csv, complaints-blind-50.csv, complaints-blind-51.csv, complaints-blind-52.csv, complaints-blind-53.csv, complaints-blind-54.csv, complaints-blind-55.csv, complaints-blind-56.csv, complaints-blind-57.csv, complaints-blind-58.csv, complaints-blind-59.csv, complaints-blind-60.csv, complaints-blind-61.csv, complaints-blind-62.csv, complaints-blind-63.csv, complaints-blind-64.csv, complaints-blind-65.csv, complaints-blind-66.csv, complaints-blind-67.csv, complaints-blind-68.csv, complaints-blind-69.csv, complaints-blind-70.csv, complaints-blind-71.csv, complaints-blind-72.csv, complaints-blind-73.csv, complaints-blind-74.csv, complaints-blind-75.csv, complaints-blind-76.csv, complaints-blind-77.csv, complaints-blind-78.csv, complaints-blind-79.csv, complaints-blind-80.csv, complaints-blind-81.csv, complaints-blind-82.csv, complaints-blind-83.csv, complaints-blind-84.csv, complaints-blind-85.csv, complaints-blind-86.csv, complaints-blind-87.csv, complaints-blind-88.csv, complaints-blind-89.csv, complaints-blind-90.csv, complaints-blind-91.csv, complaints-blind-92.csv, complaints-blind-93.csv, complaints-blind-94.csv, complaints-blind-95.csv, complaints-blind-96.csv, complaints-blind-97.csv, complaints-blind-98.csv, complaints-blind-99.csv, complaints-blind-100.csv, complaints-blind-101.csv, complaints-blind-102.csv, complaints-blind-103.csv, complaints-blind-104.csv, complaints-blind-105.csv, complaints-blind-106.csv, complaints-blind-107.csv, complaints-blind-108.csv, complaints-blind-109.csv, complaints-blind-110.csv, complaints-blind-111.csv, complaints-blind-112.csv, complaints-blind-113.csv, complaints-blind-114.csv, complaints-blind-115.csv, complaints-blind-116.csv, complaints-blind-117.csv, complaints-blind-118.csv, complaints-blind-119.csv, complaints-blind-120.csv, complaints-blind-121.csv, complaints-blind-122.csv, complaints-blind-123.csv, complaints-blind-124.csv, complaints-blind-125.csv, complaints-blind-126.csv, complaints-blind-127.csv, complaints-blind-128.csv, complaints-blind-129.csv, complaints-blind-130.csv, complaints-blind-131.csv, complaints-blind-132.csv, complaints-blind-133.csv, complaints-blind-134.csv, complaints-blind-135.csv, complaints-blind-136.csv, complaints-blind-137.csv, complaints-blind-138.csv, complaints-blind-139.csv, complaints-blind-140.csv, complaints-blind-141.csv, complaints-blind-142.csv, complaints-blind-143.csv, complaints-blind-144.csv, complaints-blind-145.csv, complaints-blind-146.csv, complaints-blind-147.csv and complaints-blind-148.csv (each spent: measured once after a freeze, a tuning set since; set 3 since the tuning round for blind set
 * 4, set 4 since the round for blind set 5, set 5 since the round for blind set 6, set 6 since the
 * round for blind set 7, sets 7 to 148 since their blind runs), complaints-dev.csv and
 * complaints-dev2.csv (written from docs/definitions.md while tuning).
 * Each holds issue 14's floors: accuracy ≥ 0.90, activist recall ≥ 0.90, no type's recall below 0.80.
 * A new blind set is never read here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { isSkipped } from '../../../src/classify/index.js';
import { run } from './helpers.js';

const TYPES = ['silent', 'voicer', 'irate', 'activist'] as const;

function recall(rows: { label: string; predicted: string }[], type: string): number {
  const ofType = rows.filter((row) => row.label === type);
  return ofType.filter((row) => row.predicted === type).length / ofType.length;
}

/** Each set and its number of records (so a truncated file cannot pass). */
const SETS: [string, number][] = [
  ['complaints-dev.csv', 195],
  ['complaints-blind.csv', 240],
  ['complaints-dev2.csv', 217],
  ['complaints-blind-2.csv', 200],
  ['complaints-blind-3.csv', 160],
  // Spent since the tuning round for blind set 5; holds the floors since it (0.846 at its blind run).
  ['complaints-blind-4.csv', 240],
  // Spent since the tuning round for blind set 6; holds the floors since it (0.787 at its blind run, 0.908 after).
  ['complaints-blind-5.csv', 240],
  // Spent since the tuning round for blind set 7; holds the floors since it (0.856 at its blind run, 0.950 after).
  ['complaints-blind-6.csv', 180],
  // Spent since its blind run (0.900, the floors met with no margin); a tuning set from round 8.
  ['complaints-blind-7.csv', 180],
  // Spent since its blind run (0.861); holds the floors since the round for blind set 9 (0.950 after).
  ['complaints-blind-8.csv', 180],
  // Spent since its blind run (0.911, activist 0.889); holds the floors since the round for blind set 10 (0.989 after).
  ['complaints-blind-9.csv', 180],
  // Spent since its blind run (0.878); holds the floors since round 11 (0.944 after round 12).
  ['complaints-blind-10.csv', 180],
  // Spent since its blind run (0.833, silent 0.644); holds the floors since round 12 (0.983 after).
  ['complaints-blind-11.csv', 180],
  // Spent since its blind run (0.883, silent 0.756); holds the floors since round 13.
  ['complaints-blind-12.csv', 180],
  // Spent since its blind run (0.872); holds the floors since round 14.
  ['complaints-blind-13.csv', 180],
  // Spent since its blind run (0.917, the floors met on a first run); a tuning set from round 15.
  ['complaints-blind-14.csv', 180],
  // Spent since its blind run (0.861); holds the floors since round 16.
  ['complaints-blind-15.csv', 180],
  // Spent since its blind run (0.928, the floors met on a first run); a tuning set from round 17.
  ['complaints-blind-16.csv', 180],
  // Spent since its blind run (0.922, the floors met on a first run); a tuning set from round 18 (0.983 after:
  // three empty e-mail tickets stay voicers, docs/definitions.md).
  ['complaints-blind-17.csv', 180],
  // Spent since its blind run (0.894, the accuracy floor missed by one record); a tuning set from round 19.
  ['complaints-blind-18.csv', 180],
  // Spent since its blind run (0.928, the floors met on a first run); a tuning set from round 20.
  ['complaints-blind-19.csv', 180],
  // Spent since its blind run (0.889, silent 0.756); holds the floors since round 21 (0.989 after).
  ['complaints-blind-20.csv', 180],
  // Spent since its blind run (0.878, silent 0.778); holds the floors since round 22 (0.961 after).
  ['complaints-blind-21.csv', 180],
  // Spent since its blind run (0.906, the floors met on a first run); a tuning set from round 23 (0.983 after).
  ['complaints-blind-22.csv', 180],
  // Spent since its blind run (0.917, the floors met on a first run); a tuning set from round 24 (1.000 after).
  ['complaints-blind-23.csv', 180],
  // Spent since its blind run (0.900, the floors met with no margin); a tuning set from round 25 (0.961 after).
  ['complaints-blind-24.csv', 180],
  // Spent since its blind run (0.928, the floors met on a first run); a tuning set from round 26 (0.994 after).
  ['complaints-blind-25.csv', 180],
  // Spent since its blind run (0.861, silent 0.733); holds the floors since round 27 (0.994 after).
  ['complaints-blind-26.csv', 180],
  // Spent since its blind run (0.944, the floors met on a first run); a tuning set from round 28 (1.000 after).
  ['complaints-blind-27.csv', 180],
  // Spent since its blind run (0.906, the floors met with no margin on silent); a tuning set from round 29 (1.000 after).
  ['complaints-blind-28.csv', 180],
  // Spent since its blind run (0.961, the floors met on a first run); a tuning set from round 30 (1.000 after).
  ['complaints-blind-29.csv', 180],
  // Spent since its blind run (0.950, the floors met on a first run); a tuning set from round 31 (1.000 after).
  ['complaints-blind-30.csv', 180],
  // Spent since its blind run (0.933, the floors met on a first run); a tuning set from round 32 (0.989 after).
  ['complaints-blind-31.csv', 180],
  // Spent since its blind run (0.878, silent 0.778); holds the floors since round 33 (0.983 after).
  ['complaints-blind-32.csv', 180],
  // Spent since its blind run (0.933, the floors met on a first run); a tuning set from round 34 (0.983 after).
  ['complaints-blind-33.csv', 180],
  // Spent since its blind run (0.839, silent and voicer 0.800); holds the floors since round 35 (0.994 after).
  ['complaints-blind-34.csv', 180],
  // Spent since its blind run (0.883, activist 0.844); holds the floors since round 36 (0.994 after).
  ['complaints-blind-35.csv', 180],
  // Spent since its blind run (0.917, the floors met on a first run); a tuning set from round 37 (0.994 after).
  ['complaints-blind-36.csv', 180],
  // Spent since its blind run (0.911, the floors met on a first run); a tuning set from round 38 (1.000 after).
  ['complaints-blind-37.csv', 180],
  // Spent since its blind run (0.867, silent 0.778); holds the floors since round 39 (0.978 after).
  ['complaints-blind-38.csv', 180],
  // Spent since its blind run (0.906, the floors met on a first run); a tuning set from round 40 (0.983 after).
  ['complaints-blind-39.csv', 180],
  // Spent since its blind run (0.933, the floors met on a first run); a tuning set from round 41 (1.000 after).
  ['complaints-blind-40.csv', 180],
  // Spent since its blind run (0.956, the floors met on a first run); a tuning set from round 42 (0.994 after).
  ['complaints-blind-41.csv', 180],
  // Spent since its blind run (0.867, activist 0.844); holds the floors since round 43 (1.000 after).
  ['complaints-blind-42.csv', 180],
  // Spent since its blind run (0.922, the floors met on a first run); a tuning set from round 44 (1.000 after).
  ['complaints-blind-43.csv', 180],
  // Spent since its blind run (0.939, the floors met on a first run); a tuning set from round 45 (1.000 after).
  ['complaints-blind-44.csv', 180],
  // Spent since its blind run (0.950, the floors met on a first run); a tuning set from round 46 (0.994 after).
  ['complaints-blind-45.csv', 180],
  // Spent since its blind run (0.950, the floors met on a first run); a tuning set from round 47 (0.994 after).
  ['complaints-blind-46.csv', 180],
  // Spent since its blind run (0.939, the floors met on a first run); a tuning set from round 48 (1.000 after).
  ['complaints-blind-47.csv', 180],
  // Spent since its blind run (0.906, the floors met on a first run); a tuning set from round 49 (0.978 after).
  ['complaints-blind-48.csv', 180],
  // Spent since its blind run (0.950, the floors met on a first run); a tuning set from round 50 (1.000 after).
  ['complaints-blind-49.csv', 180],
  // Spent since its blind run (0.900, the floors met with no room); a tuning set from round 51 (1.000 after).
  ['complaints-blind-50.csv', 180],
  // Spent since its blind run (0.911, silent 0.756); holds the floors since round 52 (0.994 after).
  ['complaints-blind-51.csv', 180],
  // Spent since its blind run (0.939, the floors met on a first run); a tuning set from round 53 (1.000 after round 54,
  // which reads a theft by nobody named, reported to the police, as no step).
  ['complaints-blind-52.csv', 180],
  // Spent since its blind run (0.911, the floors met on a first run); a tuning set from round 54 (1.000 after).
  ['complaints-blind-53.csv', 180],
  // Spent since its blind run (0.922, the floors met on a first run); a tuning set from round 55 (0.994 after).
  ['complaints-blind-54.csv', 180],
  // Spent since its blind run (0.867, silent 0.667); holds the floors since round 56 (0.944 after, silent 0.844).
  ['complaints-blind-55.csv', 180],
  // Spent since its blind run (0.939, the floors met on a first run, silent exactly 0.800); a tuning set from round 57 (1.000 after).
  ['complaints-blind-56.csv', 180],
  // Spent since its blind run (0.900, the floors met with no room); a tuning set from round 58 (0.967 after).
  ['complaints-blind-57.csv', 180],
  // Spent since its blind run (0.906, silent 0.778); holds the floors since round 59 (0.967 after).
  ['complaints-blind-58.csv', 180],
  // Spent since its blind run (0.956, both floors met on a first run); a tuning set from round 60 (1.000 after).
  ['complaints-blind-59.csv', 180],
  // Spent since its blind run on the same freeze as 59 (0.911, activist 0.889); holds the floors since round 60 (0.972 after).
  ['complaints-blind-60.csv', 180],
  // Spent since its blind run on the same freeze as 59 (0.917, the floors met); a tuning set from round 60 (0.978 after).
  ['complaints-blind-61.csv', 180],
  // Spent since its blind run on round 60's freeze (0.922, activist 0.889); holds the floors since round 61 (0.989 after).
  ['complaints-blind-62.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 61 (0.978 after).
  ['complaints-blind-63.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 61 (0.961 after).
  ['complaints-blind-64.csv', 180],
  // Spent since its blind run on round 61's freeze (0.956, the floors met); a tuning set from round 62 (0.994 after).
  ['complaints-blind-65.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met, silent and voicer 0.844); from round 62 (0.972 after).
  ['complaints-blind-66.csv', 180],
  // Spent since its blind run on the same freeze (0.950, the floors met); a tuning set from round 62 (0.978 after).
  ['complaints-blind-67.csv', 180],
  // Spent since its blind run on round 62's freeze (0.922, the floors met, silent 0.822); from round 63 (0.989 after).
  ['complaints-blind-68.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 63 (0.978 after).
  ['complaints-blind-69.csv', 180],
  // Spent since its blind run on the same freeze (0.917, activist 0.889); holds the floors since round 63 (0.972 after).
  ['complaints-blind-70.csv', 180],
  // Spent since its blind run on round 63's freeze (0.917, silent 0.756); holds the floors since round 64 (0.950 after, silent 0.844).
  ['complaints-blind-71.csv', 180],
  // Spent since its blind run on the same freeze (0.922, both floors met); a tuning set from round 64 (0.983 after).
  ['complaints-blind-72.csv', 180],
  // Spent since its blind run on the same freeze (0.939, the floors met); a tuning set from round 64 (0.978 after).
  ['complaints-blind-73.csv', 180],
  // Spent since its blind run on round 64's freeze (0.900, silent 0.733); holds the floors since round 65 (0.933 after, silent exactly 0.800).
  ['complaints-blind-74.csv', 180],
  // Spent since its blind run on the same freeze (0.928, the floors met); a tuning set from round 65 (0.956 after).
  ['complaints-blind-75.csv', 180],
  // Spent since its blind run on the same freeze (0.933, silent exactly 0.800); a tuning set from round 65 (0.956 after).
  ['complaints-blind-76.csv', 180],
  // Spent since its blind run on round 65's freeze (0.906, the floors met); a tuning set from round 66 (0.944 after).
  ['complaints-blind-77.csv', 180],
  // Spent since its blind run on the same freeze (0.917, the floors met); a tuning set from round 66 (0.950 after).
  ['complaints-blind-78.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 66 (0.978 after).
  ['complaints-blind-79.csv', 180],
  // Spent since its blind run on round 66's freeze (0.944, the floors met); a tuning set from round 67 (0.967 after).
  ['complaints-blind-80.csv', 180],
  // Spent since its blind run on the same freeze (0.928, silent 0.778); holds the floors since round 67 (0.950 after, silent 0.822).
  ['complaints-blind-81.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 67 (0.944 after).
  ['complaints-blind-82.csv', 180],
  // Spent since its blind run on round 67's freeze (0.889, activist 0.889); holds the floors since round 68 (0.906 after).
  ['complaints-blind-83.csv', 180],
  // Spent since its blind run on the same freeze (0.911, the floors met); a tuning set from round 68 (0.939 after).
  ['complaints-blind-84.csv', 180],
  // Spent since its blind run on the same freeze (0.883); holds the floors since round 68 (0.917 after).
  ['complaints-blind-85.csv', 180],
  // Spent since its blind run on round 68's freeze (0.928, the floors met); a tuning set from round 69 (0.983 after).
  ['complaints-blind-86.csv', 180],
  // Spent since its blind run on the same freeze (0.950, the floors met); a tuning set from round 69 (0.989 after).
  ['complaints-blind-87.csv', 180],
  // Spent since its blind run on the same freeze (0.967, the floors met); a tuning set from round 69 (1.000 after).
  ['complaints-blind-88.csv', 180],
  // Spent since its blind run on round 69's freeze (0.839, silent 0.711, activist 0.867); holds the floors since round 70 (0.972 after).
  ['complaints-blind-89.csv', 180],
  // Spent since its blind run on the same freeze (0.878, silent 0.756); holds the floors since round 70 (0.933 after).
  ['complaints-blind-90.csv', 180],
  // Spent since its blind run on the same freeze (0.911, the floors met); a tuning set from round 70 (0.939 after).
  ['complaints-blind-91.csv', 180],
  // Spent since its blind run on round 70's freeze (0.894); holds the floors since round 71 (0.961 after).
  ['complaints-blind-92.csv', 180],
  // Spent since its blind run on the same freeze (0.839, silent 0.644, activist 0.889); holds the floors since round 71 with no
  // margin (0.900 after, silent 0.800: a newspaper as the company is read as the media, README "Round 71").
  ['complaints-blind-93.csv', 180],
  // Spent since its blind run on the same freeze (0.911, the floors met); a tuning set from round 71 (0.961 after).
  ['complaints-blind-94.csv', 180],
  // Spent since its blind run on round 71's freeze (0.833, silent 0.689, voicer 0.778); holds the floors since round 72 with
  // no margin on silent (0.922 after, silent 0.800).
  ['complaints-blind-95.csv', 180],
  // Spent since its blind run on the same freeze (0.911, the floors met); a tuning set from round 72 (0.956 after).
  ['complaints-blind-96.csv', 180],
  // Spent since its blind run on the same freeze (0.944, the floors met); a tuning set from round 72 (0.944 after).
  ['complaints-blind-97.csv', 180],
  // Spent since its blind run on round 72's freeze (0.917, the floors met); a tuning set from round 73 (0.956 after).
  ['complaints-blind-98.csv', 180],
  // Spent since its blind run on the same freeze (0.917, silent 0.778); holds the floors since round 73 (0.944 after).
  ['complaints-blind-99.csv', 180],
  // Spent since its blind run on the same freeze (0.939, the floors met); a tuning set from round 73 (0.978 after).
  ['complaints-blind-100.csv', 180],
  // Spent since its blind run on round 73's freeze (0.928, the floors met); a tuning set from round 74 (0.944 after).
  ['complaints-blind-101.csv', 180],
  // Spent since its blind run on the same freeze (0.928, the floors met); a tuning set from round 74 (0.944 after).
  ['complaints-blind-102.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 74 (0.961 after).
  ['complaints-blind-103.csv', 180],
  // Spent since its blind run on round 74's freeze (0.922, the floors met); a tuning set from round 75 (1.000 after).
  ['complaints-blind-104.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 75 (0.994 after).
  ['complaints-blind-105.csv', 180],
  // Spent since its blind run on the same freeze (0.956, the floors met); a tuning set from round 75 (1.000 after).
  ['complaints-blind-106.csv', 180],
  // Spent since its blind run on round 75's freeze (0.894, silent 0.778, activist 0.889); a tuning set from round 76 (0.989 after).
  ['complaints-blind-107.csv', 180],
  // Spent since its blind run on the same freeze (0.906, activist 0.889); a tuning set from round 76 (0.989 after).
  ['complaints-blind-108.csv', 180],
  // Spent since its blind run on the same freeze (0.917, silent 0.778); a tuning set from round 76 (0.983 after).
  ['complaints-blind-109.csv', 180],
  // Spent since its blind run on round 76's freeze (0.950, the floors met); a tuning set from round 77 (1.000 after).
  ['complaints-blind-110.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 77 (1.000 after).
  ['complaints-blind-111.csv', 180],
  // Spent since its blind run on the same freeze (0.939, the floors met); a tuning set from round 77 (1.000 after).
  ['complaints-blind-112.csv', 180],
  // Spent since its blind run on round 77's freeze (0.944, the floors met); a tuning set from round 78 (0.972 after).
  ['complaints-blind-113.csv', 180],
  // Spent since its blind run on the same freeze (0.900, silent 0.711); a tuning set from round 78 (0.989 after).
  ['complaints-blind-114.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 78 (0.994 after).
  ['complaints-blind-115.csv', 180],
  // Spent since its blind run on round 78's freeze (0.861, silent 0.711); a tuning set from round 79 (0.961 after).
  ['complaints-blind-116.csv', 180],
  // Spent since its blind run on the same freeze (0.939, the floors met); a tuning set from round 79 (0.967 after).
  ['complaints-blind-117.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 79 (0.956 after).
  ['complaints-blind-118.csv', 180],
  // Spent since its blind run on round 79's freeze (0.900, the floors met); a tuning set from round 80 (0.989 after).
  ['complaints-blind-119.csv', 180],
  // Spent since its blind run on the same freeze (0.911, silent 0.756); a tuning set from round 80 (0.967 after).
  ['complaints-blind-120.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 80 (0.972 after).
  ['complaints-blind-121.csv', 180],
  // Spent since its blind run on round 80's freeze (0.911, silent 0.756); a tuning set from round 81 (0.978 after).
  ['complaints-blind-122.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 81 (0.978 after).
  ['complaints-blind-123.csv', 180],
  // Spent since its blind run on the same freeze (0.878, silent 0.667); a tuning set from round 81 (0.944 after).
  ['complaints-blind-124.csv', 180],
  // Spent since its blind run on round 81's freeze (0.917, the floors met); a tuning set from round 82 (1.000 after).
  ['complaints-blind-125.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 82 (0.972 after).
  ['complaints-blind-126.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 82 (0.994 after).
  ['complaints-blind-127.csv', 180],
  // Spent since its blind run on round 82's freeze (0.928, the floors met); a tuning set from round 83 (0.994 after).
  ['complaints-blind-128.csv', 180],
  // Spent since its blind run on the same freeze (0.933, the floors met); a tuning set from round 83 (1.000 after).
  ['complaints-blind-129.csv', 180],
  // Spent since its blind run on the same freeze (0.872, silent 0.733, activist 0.867); a tuning set from round 83 (0.989 after).
  ['complaints-blind-130.csv', 180],
  // Spent since its blind run on round 83's freeze (0.911, the floors met); a tuning set from round 84 (0.994 after).
  ['complaints-blind-131.csv', 180],
  // Spent since its blind run on the same freeze (0.944, the floors met); a tuning set from round 84 (0.983 after).
  ['complaints-blind-132.csv', 180],
  // Spent since its blind run on the same freeze (0.939, the floors met); a tuning set from round 84 (0.983 after).
  ['complaints-blind-133.csv', 180],
  // Spent since its blind run on round 84's freeze (0.906, the floors met); a tuning set from round 85 (0.989 after).
  ['complaints-blind-134.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 85 (0.972 after).
  ['complaints-blind-135.csv', 180],
  // Spent since its blind run on the same freeze (0.944, the floors met); a tuning set from round 85 (0.994 after).
  ['complaints-blind-136.csv', 180],
  // Spent since its blind run on round 85's freeze (0.944, the floors met); a tuning set from round 86 (1.000 after).
  ['complaints-blind-137.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 86 (0.989 after).
  ['complaints-blind-138.csv', 180],
  // Spent since its blind run on the same freeze (0.950, the floors met); a tuning set from round 86 (1.000 after).
  ['complaints-blind-139.csv', 180],
  // Spent since its blind run on round 86's freeze (0.956, the floors met); a tuning set from round 87 (1.000 after).
  ['complaints-blind-140.csv', 180],
  // Spent since its blind run on the same freeze (0.989, the floors met); a tuning set from round 87 (1.000 after).
  ['complaints-blind-141.csv', 180],
  // Spent since its blind run on the same freeze (0.950, the floors met); a tuning set from round 87 (0.989 after).
  ['complaints-blind-142.csv', 180],
  // Spent since its blind run on round 87's freeze (0.922, the floors met); a tuning set from round 88 (0.967 after).
  ['complaints-blind-143.csv', 180],
  // Spent since its blind run on the same freeze (0.922, the floors met); a tuning set from round 88 (0.972 after).
  ['complaints-blind-144.csv', 180],
  // Spent since its blind run on the same freeze (0.917, silent 0.778 under the floor); a tuning set from round 88 (0.978 after).
  ['complaints-blind-145.csv', 180],
  // Spent since its blind run on round 88's freeze (0.911, the floors met); a tuning set from round 89 (0.950 after).
  ['complaints-blind-146.csv', 180],
  // Spent since its blind run on the same freeze (0.944, the floors met); a tuning set from round 89 (0.972 after).
  ['complaints-blind-147.csv', 180],
  // Spent since its blind run on the same freeze (0.911, silent 0.756 under the floor); a tuning set from round 89 (0.961 after).
  ['complaints-blind-148.csv', 180],
];

describe.each(SETS)('fixtures/eval/%s', (name, size) => {
  const rows = (parse(readFileSync(`fixtures/eval/${name}`, 'utf8'), { columns: true }) as Record<string, string>[]).map((row) => {
    const record: ComplaintRecord = {};
    for (const field of ['channel', 'subject', 'text', 'status'] as const) if ((row[field] ?? '') !== '') record[field] = row[field];
    const result = run(record);
    return { label: row['label'] as string, predicted: isSkipped(result) ? 'none' : result.type };
  });

  it('accuracy ≥ 0.90, activist recall ≥ 0.90, every type’s recall ≥ 0.80', () => {
    expect(rows.length).toBe(size);
    expect(rows.filter((row) => row.predicted === row.label).length / rows.length).toBeGreaterThanOrEqual(0.9);
    expect(recall(rows, 'activist')).toBeGreaterThanOrEqual(0.9);
    for (const type of TYPES) expect(recall(rows, type), type).toBeGreaterThanOrEqual(0.8);
  });
});
