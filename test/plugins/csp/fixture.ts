// One small site with every kind of page the theme writes, for the policy tests.
import { note } from '../../helpers/site';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const REMOTE_IMAGE = 'https://images.example.invalid/photo.png';

export const files: Record<string, string | Buffer> = {
  'images/local.png': PNG,
  '_posts/code.md': note({ title: '代码', id: 'code', tags: ['工具'] }, '说明：\n\n```python\nprint("微调")\n```\n'),
  '_posts/math.md': note({ title: '公式', id: 'math', tags: ['数学'] }, '行内 $x_{1}^2$ 与显示：\n\n$$\n\\sum_i x_i\n$$\n'),
  '_posts/diagram.md': note({ title: '图表', id: 'diagram', tags: ['图'] }, '```mermaid\ngraph TD\n  A[开始] --> B[结束]\n```\n'),
  '_posts/cards.md': note({ title: '卡片', id: 'cards', tags: ['工具'] }, '项目地址：[LangChain](https://github.com/langchain-ai/langchain)\n\nhttps://example.com/a/bare/url\n'),
  '_posts/compose.md': note(
    { title: '部署', id: 'compose', tags: ['工具'] },
    [
      '可以使用如下 `docker-compose.yaml` 文件运行：',
      '',
      '```yaml',
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    ports:',
      '      - "8080:80"',
      '```',
      '',
      '![本地图](/images/local.png)',
      '',
      `![远程图](${REMOTE_IMAGE})`,
    ].join('\n'),
  ),
};

/** Every page kind, as the reader opens it. */
export const PAGES = ['/', '/code/', '/math/', '/diagram/', '/cards/', '/compose/', '/tags/', '/tags/工具/', '/archives/', '/search/?q=微调', '/404.html'];
