/**
 * Holds every zh-CN locale file to the glossary (docs/zh-CN-glossary.md): one word per concept, and no
 * Cinder status code left in English inside a Chinese sentence (codes come in through {{placeholders}}).
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupStatuses } from '../domain/backups';
import { snapshotStatuses } from '../domain/snapshots';
import { RESET_MIGRATION_STATUSES, VOLUME_STATUS_ENUM, volumeStatuses } from '../domain/volumes';
import { localeEntries, sourceFiles, srcDir } from './locale-files';

/** Every zh-CN string as `file#key` → text. */
const strings: [string, string][] = sourceFiles()
  .filter((path) => /[/\\]locales[/\\]zh-CN\.json$/.test(path))
  .flatMap((path) => localeEntries(path).map(([key, text]) => [`${relative(srcDir, path)}#${key}`, text] as [string, string]));

/** The variants the glossary rejects, with the one term to use instead (docs/zh-CN-glossary.md). */
const forbidden: { variant: RegExp; use: string }[] = [
  { variant: /可用域/, use: '可用区' },
  { variant: /消费方|消费端|消费者/, use: '生效对象' },
  { variant: /QoS\s+规则|QoS规格|QoS策略|服务质量/, use: 'QoS规则' },
  { variant: /QoS键值/, use: '配置参数（QoS规则的键值对）' },
  { variant: /云硬盘容量|快照容量|备份的容量/, use: '大小（一个资源的大小；容量只用于配额和存储池）' },
  { variant: /完整副本/, use: '时间点副本（快照不是完整副本）' },
  { variant: /随机调度/, use: '可调度到任一后端存储' },
];

/** Cinder's status codes (volumes, snapshots, backups, migration, replication), from the status tables. */
const statusCodes = new Set<string>([
  ...VOLUME_STATUS_ENUM,
  ...Object.keys(volumeStatuses),
  ...Object.keys(snapshotStatuses),
  ...Object.keys(backupStatuses),
  ...RESET_MIGRATION_STATUSES,
  'enabled',
  'disabled',
]);
const escape = (code: string) => code.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
// A code standing alone (not part of a longer identifier such as restore_backup_ or volume_backend_name).
const codePattern = new RegExp(`(?<![\\w-])(${[...statusCodes].map(escape).join('|')})(?![\\w-])`);
const hasChinese = /[\u4e00-\u9fff]/;

/** The console's own words: without {{placeholders}}, <tags> and "quoted" Cinder messages. */
const prose = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<[^>]*>/g, ' ').replace(/"[^"]*"/g, ' ');

describe('zh-CN glossary', () => {
  it('reads every zh-CN locale file', () => {
    expect(strings.length).toBeGreaterThan(500);
  });

  it.each(forbidden.map((rule) => [rule.variant.source, rule] as const))('no string uses %s', (_, rule) => {
    expect(strings.filter(([, text]) => rule.variant.test(text)).map(([where, text]) => `${where}: ${text} → ${rule.use}`)).toEqual([]);
  });

  it('a size field says 大小, never 容量 (容量 is a quota or a pool)', () => {
    expect(strings.filter(([where, text]) => /size[^.#]*$/i.test(where) && text.includes('容量')).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('no Cinder status code is left in English inside a Chinese sentence', () => {
    const found = strings
      .filter(([, text]) => hasChinese.test(text))
      .flatMap(([where, text]) => {
        const code = codePattern.exec(prose(text))?.[1];
        return code ? [`${where}: "${code}" in ${text}`] : [];
      });
    expect(found).toEqual([]);
  });

  it('no space between two Chinese words (around a placeholder that holds Chinese)', () => {
    // A stray space shows as "创建 云硬盘类型": the space belongs only next to Latin text or numbers.
    expect(strings.filter(([, text]) => /[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });
});
