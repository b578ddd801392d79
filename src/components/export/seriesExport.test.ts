import { describe, expect, it } from 'vitest';
import { csvCell, fileName, seriesToCsv, seriesToJson } from './seriesExport';

const data = {
  simMs: 3500,
  chart: { bucketMs: 1000, points: [
    { startMs: 1000, ok: 50, failed: 0, p99: 120.5 },
    { startMs: 2000, ok: 48, failed: 2, p99: 130 },
    { startMs: 3000, ok: 20, failed: 1, p99: Number.NaN },
  ] },
  series: { 'node:s1:arrivals': [10, 12, 5], 'queue:jobs,x:depth': [7, 8] },
};

describe('series export', () => {
  it('writes one CSV row per bucket, extra series by key, aligned to the newest bucket', () => {
    expect(seriesToCsv(data)).toBe([
      'start_ms,ok,failed,p99_ms,node:s1:arrivals,"queue:jobs,x:depth"',
      '1000,50,0,120.5,10,',
      '2000,48,2,130,12,7',
      '3000,20,1,,5,8',
      '',
    ].join('\r\n'));
  });

  it('quotes cells the RFC 4180 way', () => {
    expect([csvCell('a"b'), csvCell('line\nbreak'), csvCell(3), csvCell(undefined)]).toEqual(['"a""b"', '"line\nbreak"', '3', '']);
  });

  it('writes a header only when there is no data yet', () => {
    expect(seriesToCsv({ simMs: 0, chart: { bucketMs: 1000, points: [] }, series: {} })).toBe('start_ms,ok,failed,p99_ms\r\n');
  });

  it('writes JSON with the bucket size and every series', () => {
    expect(JSON.parse(seriesToJson(data, 'T'))).toMatchObject({ title: 'T', simMs: 3500, bucketMs: 1000, series: { 'node:s1:arrivals': [10, 12, 5] } });
  });

  it('names files after the scenario and the time', () => {
    expect(fileName('Three servers: s2 dies!', 42_900, 'csv')).toBe('three-servers-s2-dies-at-42s.csv');
    expect(fileName('', 0, 'png')).toBe('run-at-0s.png');
  });
});
