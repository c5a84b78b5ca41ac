import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isForeignRoot, isMarkupName } from '../../../plugins/llm-tokens/elements';

describe('which tag names are markup in prose', () => {
  test('HTML elements, obsolete ones included, in any case', () => {
    for (const name of ['b', 'kbd', 'sub', 'br', 'details', 'summary', 's', 'center', 'font', 'DIV', 'Kbd']) assert.ok(isMarkupName(name), name);
  });

  test('what safe-html removes stays markup, so it is still removed with a warning', () => {
    for (const name of ['script', 'iframe', 'object', 'embed', 'applet', 'frame', 'portal', 'meta', 'link', 'base']) assert.ok(isMarkupName(name), name);
  });

  test('custom elements (a hyphen in the name) are markup', () => {
    assert.ok(isMarkupName('my-widget'));
  });

  test('model tokens are not, nor is <image> (the parser renames it img), nor SVG and MathML names outside <svg>/<math>', () => {
    for (const name of ['think', 'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'begin', 'end', 'tool_call', 'image', 'Image', 'mask', 'mi']) {
      assert.equal(isMarkupName(name), false, name);
    }
  });

  test('svg and math open foreign content', () => {
    assert.ok(isForeignRoot('svg') && isForeignRoot('MATH'));
    assert.equal(isForeignRoot('div'), false);
  });
});
