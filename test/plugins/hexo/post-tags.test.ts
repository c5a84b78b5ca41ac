// The Hexo internal tags-case relies on: Post documents' setTags. Fails naming
// the Hexo version when it changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Hexo from 'hexo';
import { replacePostTags } from '../../../plugins/hexo/post-tags';

test("Hexo's Post documents: a stored note's tags can be replaced", async () => {
  const hexo = new Hexo(__dirname, { silent: true });
  await hexo.init();
  const Post = hexo.model('Post');
  const post = (await Post.insert({ source: '_posts/a.md', slug: 'a', title: 'A' })) as unknown as { _id: string; setTags(t: string[]): Promise<unknown> };
  await post.setTags(['JAVA', 'x']);
  await replacePostTags(hexo, post._id, ['Java', 'x'], { tags_written: ['JAVA', 'x'] });
  const stored = Post.findById(post._id) as unknown as { tags: { map<T>(f: (t: { name: string }) => T): T[] }; tags_written: unknown };
  assert.deepEqual(stored.tags.map((t) => t.name).sort(), ['Java', 'x'], `Hexo ${hexo.version} changed setTags`);
  assert.deepEqual(stored.tags_written, ['JAVA', 'x']);
});
