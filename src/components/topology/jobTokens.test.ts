import { describe, expect, it } from 'vitest';
import { placeTokens, returnedJob, type JobToken } from './jobTokens';

const grid = { perRow: 3, size: 10, gap: 2, waitingRows: 2 };
const origin = { x: 0, waitingY: 100, outY: 120 };
const job = (id: number, state: JobToken['state'], receiveCount: number): JobToken => ({ id, type: 'email', state, receiveCount });

describe('job tokens', () => {
  it('names the first waiting jobs by id and fills the rest of the line with count tokens, rows going up', () => {
    const placed = placeTokens(5, 0, [job(7, 'waiting', 0), job(9, 'waiting', 1)], grid, origin);
    expect(placed.map((p) => p.key)).toEqual(['job-7', 'job-9', 'w-2', 'w-3', 'w-4']);
    expect(placed.map((p) => [p.x, p.y])).toEqual([[0, 100], [12, 100], [24, 100], [0, 88], [12, 88]]);
  });

  it('stands jobs waiting out a retry delay in the line after the takeable ones (the books count them as waiting)', () => {
    const placed = placeTokens(3, 1, [job(5, 'delayed', 2), job(6, 'waiting', 0), job(8, 'in-flight', 1)], grid, origin);
    expect(placed.map((p) => `${p.key}:${p.row}`)).toEqual(['job-6:waiting', 'job-5:waiting', 'w-2:waiting', 'job-8:out']);
  });

  it('caps the line at the grid and the out row at one row', () => {
    const placed = placeTokens(50, 10, [], grid, origin);
    expect(placed.filter((p) => p.row === 'waiting')).toHaveLength(6);
    expect(placed.filter((p) => p.row === 'out')).toHaveLength(3);
  });

  it('a job keeps its key when it moves from the out row back into the line', () => {
    const out = placeTokens(0, 1, [job(4, 'in-flight', 1)], grid, origin);
    const back = placeTokens(1, 0, [job(4, 'waiting', 1)], grid, origin);
    expect(out[0]).toMatchObject({ key: 'job-4', row: 'out', y: 120 });
    expect(back[0]).toMatchObject({ key: 'job-4', row: 'waiting', y: 100 });
  });

  it('points at the job that came back most often, ignoring first deliveries and dead jobs', () => {
    expect(returnedJob([job(1, 'in-flight', 1), job(2, 'waiting', 0)])).toBeNull();
    expect(returnedJob([job(1, 'in-flight', 2), job(3, 'waiting', 2), job(5, 'dead', 3)])?.id).toBe(3);
  });
});
