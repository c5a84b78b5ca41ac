// A note that names model tokens everywhere a note can: prose, a heading, a list,
// a table cell, a link, an HTML block, a line of its own; the same in code;
// `<s>` written as a token and as a strikethrough; HTML that must stay HTML.

/** Each token as written in the note. */
export const TOKENS = ['<think>', '</think>', '<eos>', '<bos>', '<pad>', '<unk>', '<mask>', '<sep>', '<cls>', '<image>', '<tool_call>', '<begin>', '<end>', '<think foo="x">'];

/** The element names the tokens would make if parsed as HTML (`<image>` makes `img`). */
export const TOKEN_NAMES = ['think', 'eos', 'bos', 'pad', 'unk', 'mask', 'sep', 'cls', 'image', 'img', 'tool_call', 'begin', 'end'];

export const PROSE = `模型的特殊记号：<think>推理</think>、<eos>、<bos>、<pad>、<unk>、<mask>、<sep>、<cls>、<image>、<tool_call>、<begin>、<end>、<think foo="x">。`;

/** Lines holding `<s>` written as a token: each warns, with its line. */
export const STRIKE_TOKENS = {
  spaced: '句子以 <s> 开始，以 </s> 结束。',
  quoted: "序列写作 '<s>' 和 '</s>'。",
  cell: '| <s> | 句子开始 |',
  unclosed: '只写了开头<s>没有结尾。',
};

export const TOKENS_NOTE = `${PROSE}

## 标题里的 <think> 和 <eos>

- 列表里的 <image> 和 <mask>
- <tool_call> 调用工具
- <think>
  单独一行开头的记号

| 记号 | 含义 |
| --- | --- |
| <pad> | 填充 |
| <cls> | 分类，<sep> 分隔 |

见 [链接里的 <begin> 和 <end>](https://example.com/) 一文。

<think>
模型的推理过程，**加粗**照常。
</think>

<details>
<summary>展开</summary>
HTML 块里的 <eos> 和 <image> 也显示。
</details>

代码不变：\`<think>\`、\`<eos>\`、\`<image>\`、\`<s>\`。

\`\`\`text
<think>围栏里的</think> <eos> <image> <s>
\`\`\`

HTML 照常：<b>粗</b>、<kbd>Ctrl</kbd>、H<sub>2</sub>O、换<br>行。

<s>删除线</s>是真的删除线。

${STRIKE_TOKENS.spaced}

${STRIKE_TOKENS.quoted}

| 记号 | 含义 |
| --- | --- |
${STRIKE_TOKENS.cell}

${STRIKE_TOKENS.unclosed}

<script>alert(1)</script>
`;
