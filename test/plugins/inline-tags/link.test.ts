import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkHtml } from '../../../plugins/inline-tags/link';

const args = (text: string): string[] => text.split(' ').filter(Boolean);

test('Hexo’s form: text, address, new window, title; no empty target, text escaped', () => {
  assert.equal(linkHtml(args('文字 https://hexo.io/ true 标题')), '<a href="https://hexo.io/" title="标题" target="_blank" rel="noopener">文字</a>');
  assert.equal(linkHtml(args('两个 词 https://hexo.io/ false')), '<a href="https://hexo.io/">两个 词</a>');
  assert.equal(linkHtml(args('<b> https://hexo.io/')), '<a href="https://hexo.io/">&lt;b&gt;</a>');
});

test('a path of this site is an address too; no address at all is text, not a link to nowhere', () => {
  assert.equal(linkHtml(args('站内 /ai/')), '<a href="/ai/">站内</a>');
  assert.equal(linkHtml(args('只有 文字')), '只有 文字');
});

test('Butterfly’s and Volantis’ `标题, 地址, 图标` is a card: one link in its paragraph, the icon not loaded', () => {
  assert.equal(
    linkHtml(args('糖果屋教程贴, https://akilar.top/posts/615e2dec/, https://cdn.example/favicon.ico')),
    '<p><a href="https://akilar.top/posts/615e2dec/">糖果屋教程贴</a></p>',
  );
  assert.equal(linkHtml(args('关于, /about/')), '<p><a href="/about/">关于</a></p>');
  // A comma in Hexo's text is not the themes' form when what follows is not an address alone.
  assert.equal(linkHtml(args('你好, 世界 https://x.example/')), '<a href="https://x.example/">你好, 世界</a>');
});

test('Stellar’s address first is a card titled by the rest, its options left out', () => {
  assert.equal(linkHtml(args('https://xaoxuu.com/wiki/stellar/ Stellar 文档 icon:https://x.example/i.png desc:true')), '<p><a href="https://xaoxuu.com/wiki/stellar/">Stellar 文档</a></p>');
  assert.equal(linkHtml(args('https://xaoxuu.com/')), '<p><a href="https://xaoxuu.com/">https://xaoxuu.com/</a></p>');
});
