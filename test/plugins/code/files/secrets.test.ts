import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeSecret } from '../../../../plugins/code/files/secrets';

test('real-looking credentials are flagged', () => {
  const secrets: Array<[string, string]> = [
    ['OPENAI_API_KEY', 'sk-proj-4fT9qLx2VbN8wZ3mK7pR1sD6hJ0yUeCa'],
    ['KEY', 'sk-ant-api03-Zq8Lr2Xv9Nw3Ty6Pb1Mc4Kd7Hf0Jg5Sa'],
    ['GH', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'],
    ['HF_TOKEN', 'hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890'],
    ['TLS_KEY', '-----BEGIN RSA PRIVATE KEY-----\nMIIEow...'],
    ['DB_PASSWORD', 'k8Jd2LmQ9xZr4Tv7'],
    ['SESSION', 'Zx81Kq0vLm3Nw7Rt5Yb2Hc9Dg4Fs6Ja1Pe0Ui8Oo3'],
  ];
  for (const [key, value] of secrets) assert.ok(looksLikeSecret(key, value), `${key}=${value}`);
});

test('placeholders, references and ordinary values are not', () => {
  const fine: Array<[string, string]> = [
    ['DB_PASSWORD', 'your-password'],
    ['ELASTIC_PASSWORD', '<ELASTIC_PASSWORD>'],
    ['REDIS_PASSWORD', '${REDIS_PASSWORD:-Password123@redis}'],
    ['PIHOLE_PW', 'changeit'],
    ['POSTGRES_PW', 'changeme'],
    ['OPENAI_API_KEY', 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['OPENAI_API_KEY', 'sk-your-key-here-your-key-here'],
    ['OPENAI_API_KEY', ''],
    ['API_KEY', '...'],
    ['SANDBOX_RUNTIME_CONTAINER_IMAGE', 'ghcr.io/all-hands-ai/runtime:0.11-nikolaik'],
    ['MODEL_PATH', '/opt/maxkb-app/model/embedding/shibing624_text2vec-base-chinese'],
    ['IMAGE', 'nginx@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'],
    ['URL', 'https://example.com/a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6'],
    ['TOKEN_TTL', '3600'],
    ['LOG_LEVEL', 'INFO'],
  ];
  for (const [key, value] of fine) assert.ok(!looksLikeSecret(key, value), `${key}=${value}`);
});
