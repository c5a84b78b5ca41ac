// Contact: Hexo's tag renderer, `extend.tag.render(str, options, callback)`, and
// its Nunjucks environment's hasExtension(), which Hexo's types leave out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { isHexoImageTag, isHexoLinkTag, isPostNotFound, isTagPlugin, tagFunction, wrapTagRender } from '../../../plugins/hexo/tag-render';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();
const linkSite = plainHexo();

interface Tag {
  render(str: string, options?: object, callback?: (error: Error | null, result?: string) => void): PromiseLike<string>;
  env?: { hasExtension?: unknown };
}
const tag = (): Tag => site.hexo.extend.tag;

test(`${hexoVersion}: extend.tag has render() and env.hasExtension()`, async () => {
  assert.equal(typeof tag().render, 'function', `${hexoVersion}: extend.tag.render is not a function`);
  assert.equal(typeof tag().env?.hasExtension, 'function', `${hexoVersion}: extend.tag.env has no hasExtension()`);
  site.hexo.extend.tag.register('shout', (args: string[]) => args.join(' ').toUpperCase());
  assert.equal(await tag().render('{% shout hi there %}', {}), 'HI THERE', `${hexoVersion}: extend.tag.render does not render tag plugins`);
});

test('every render goes through the wrapper, with Hexo\'s own and the tag names; callback calls do not', async () => {
  const seen: string[] = [];
  wrapTagRender(site.hexo, async (str, options, own) => {
    seen.push(`${str} shout:${own.isTag('shout')} nope:${own.isTag('nope')}`);
    return `[${await own.render(str, options)}]`;
  });
  assert.equal(await tag().render('{% shout a %}', {}), '[A]');
  assert.deepEqual(seen, ['{% shout a %} shout:true nope:false']);
  const viaCallback = await new Promise<string | undefined>((resolve, reject) => {
    void tag().render('{% shout b %}', {}, (error, result) => (error ? reject(error) : resolve(result)));
  });
  assert.equal(viaCallback, 'B');
  assert.equal(seen.length, 1);
});

test('a tag extend without render is an error naming the Hexo version', () => {
  const fake = { extend: { tag: {} } } as unknown as Hexo;
  assert.throws(() => wrapTagRender(fake, (str) => Promise.resolve(str)), new RegExp(`${literally(hexoVersion)}: extend\\.tag\\.render`));
});

test('isTagPlugin names Hexo\'s own tags and the ones registered later, not others', () => {
  assert.equal(isTagPlugin(site.hexo, 'asset_img'), true, `${hexoVersion}: asset_img is not a registered tag`);
  assert.equal(isTagPlugin(site.hexo, 'fold'), false);
  site.hexo.extend.tag.register('fold', (_args: string[], content: string) => content, { ends: true });
  assert.equal(isTagPlugin(site.hexo, 'fold'), true);
});

test(`${hexoVersion}: Hexo's own {% link %} is known by its function on the Nunjucks extension; another is not`, () => {
  const fresh = linkSite;
  for (const name of ['link', 'a', 'anchor']) assert.ok(isHexoLinkTag(fresh.hexo, name), `${hexoVersion}: {% ${name} %} is not hexo/dist/plugins/tag/link's function (env.getExtension(name).fn)`);
  fresh.hexo.extend.tag.register('link', () => 'theirs');
  assert.equal(isHexoLinkTag(fresh.hexo, 'link'), false);
  assert.equal(isHexoLinkTag(fresh.hexo, 'no-such-tag'), false);
});

test(`${hexoVersion}: Hexo's own {% image %} is known by the source of the img closure it registers; another is not`, () => {
  const fresh = plainHexo();
  assert.ok(isHexoImageTag(fresh.hexo), `${hexoVersion}: {% image %} is not what hexo/dist/plugins/tag/img(ctx) makes (env.getExtension('image').fn)`);
  fresh.hexo.extend.tag.register('image', () => 'theirs');
  assert.equal(isHexoImageTag(fresh.hexo), false);
});

test(`${hexoVersion}: a registered tag's function is found; post_link to no note throws "Post not found", post_path gives nothing`, () => {
  const postLink = tagFunction(linkSite.hexo, 'post_link');
  const postPath = tagFunction(linkSite.hexo, 'post_path');
  assert.equal(typeof postLink, 'function', `${hexoVersion}: no function for {% post_link %} on its Nunjucks extension`);
  assert.equal(tagFunction(linkSite.hexo, 'no-such-tag'), undefined);
  assert.throws(() => postLink?.call({}, ['no-such-note']), (error: unknown) => isPostNotFound(error), `${hexoVersion}: post_link to no note no longer throws "Post not found"`);
  assert.equal(postPath?.call({}, ['no-such-note']), undefined, `${hexoVersion}: post_path to no note no longer gives nothing`);
  assert.equal(isPostNotFound(new Error('something else')), false);
});
