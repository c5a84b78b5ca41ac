// The 50 fixed search queries timed in Chromium: Chinese and English terms that
// occur in the shared corpus (single characters, words, phrases, Latin prefixes,
// full-width Latin, and several-term AND queries). Fixed so runs compare.
export const QUERIES: readonly string[] = [
  // Chinese words and phrases
  '微调', '大模型', '语言模型', '注意力', '训练', '数据集', '参数', '推理', '检索', '向量',
  '部署', '预训练', '分词', '困惑度', '损失函数', '梯度', '自监督', '神经网络', '概率', '提示',
  '对齐', '偏见', '有害性', '隐私', '版权', '碳排放', '并行', '混合专家', '嵌入', '上下文',
  // single characters
  '模', '的',
  // English words and prefixes, any case
  'Transformer', 'RAG', 'LLM', 'gpt', 'BERT', 'token', 'embedding', 'attention',
  'prompt', 'docker', 'nginx', 'postgres', 'trans', 'softmax',
  // full-width Latin, and several terms (all must appear)
  'ＬＬＭ', '大模型 微调', 'GPT 参数', 'docker nginx',
];
