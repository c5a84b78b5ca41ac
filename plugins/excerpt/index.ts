import type { Hexo } from '../hexo';
import { firstLine } from './excerpt';

export default function register(hexo: Hexo): void {
  hexo.extend.helper.register('note_excerpt', (post: { content?: string }) => firstLine(post.content ?? '', 120));
}
