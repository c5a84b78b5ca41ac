// The knowledge-base fixture: categories in every form, a three-part series
// dated in reverse order, dates, Java/JAVA tags, redirects. Shared by the build
// test and the browser test.
import { note } from '../helpers/site';

export const knowledgeFiles: Record<string, string> = {
  '_posts/cat-string.md': note({ title: 'Category as a string', id: 'cat-string', date: '2024-03-01 10:00:00', categories: 'Linux', tags: ['Java', 'shell'] }, '正文'),
  '_posts/cat-list.md': note({ title: 'Category as a list', id: 'cat-list', date: '2024-03-02 10:00:00', categories: ['大数据', 'Hadoop'], tags: ['Java'] }, '正文'),
  '_posts/cat-nested.md': note({ title: 'Two categories', id: 'cat-nested', date: '2024-03-03 10:00:00', categories: [['大数据', 'Spark'], ['Linux']], tags: ['JAVA'] }, '正文'),
  '_posts/cat-empty.md': `---\ntitle: Empty category\nid: cat-empty\ndate: 2024-03-04 10:00:00\ncategories:\ntags: [shell]\n---\n\n正文\n`,
  // The series, dated in reverse order of its parts.
  '_posts/s1.md': note({ title: '第一章 引言', id: 's1', date: '2024-02-03 10:00:00', series: 'so-large-lm', order: 1, tags: ['lecture'] }, '一'),
  '_posts/s2.md': note({ title: '第二章 能力', id: 's2', date: '2024-02-02 10:00:00', series: 'so-large-lm', order: 2, tags: ['lecture'] }, '二'),
  '_posts/s3.md': note({ title: '第三章 危害', id: 's3', date: '2024-02-01 10:00:00', series: 'so-large-lm', order: 3, tags: ['lecture'] }, '三'),
  '_posts/old.md': note({ title: 'Old note', id: 'old', date: '2020-01-01 10:00:00', updated: '2021-06-01 10:00:00', tags: ['Java'], redirect_from: ['/posts/old-note/', '/legacy.html'] }, '旧'),
  '_posts/old-off.md': note({ title: 'Old, notice off', id: 'old-off', date: '2020-01-02 10:00:00', outdated: false, tags: ['misc'] }, '旧'),
};
