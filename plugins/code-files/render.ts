// The markup of a file block: header (file name, kind, download, copy), the
// highlighted code, and for compose and env files a summary. Everything that
// comes from the note is escaped here.
import { highlightCode, normaliseLang } from '../code-blocks/render';
import { escapeHtml } from '../shared/html';
import type { ComposeSummary, PortMapping, VolumeMount } from './compose';
import type { EnvEntry } from './env';
import type { FileKind } from './recognise';

export type Translate = (key: string, ...args: string[]) => string;

/** A compose block (or env entry) that uses a variable, for links between blocks. */
export interface BlockRef {
  id: string;
  name: string;
  services: string[];
}

export interface VariableStatus {
  /** The env block defining it, or null. */
  definedIn: BlockRef | null;
}

export interface FileBlockView {
  id: string;
  kind: FileKind;
  name: string;
  /** The `download` attribute: the name the reader's file gets. */
  downloadName: string;
  href: string;
  lang: string;
  text: string;
  compose?: { summary: ComposeSummary; up: string; status: ((name: string) => VariableStatus) | null };
  env?: Array<EnvEntry & { usedBy: BlockRef[] }>;
}

const e = escapeHtml;

function refLink(ref: BlockRef): string {
  const services = ref.services.filter(Boolean);
  const label = services.length > 0 ? `${ref.name} · ${services.join(', ')}` : ref.name;
  return `<a href="#${e(ref.id)}">${e(label)}</a>`;
}

function portText(port: PortMapping, t: Translate): string {
  const host = port.host === null ? `<span class="compose-port-any">${e(t('code_file_any_port'))}</span>` : e(port.host);
  const ip = port.hostIp ? `${e(port.hostIp)}:` : '';
  const proto = port.protocol ? `<span class="compose-port-proto">/${e(port.protocol)}</span>` : '';
  const mapping = `${ip}${host} → ${e(port.container)}${proto}`;
  return port.url ? `<a href="${e(port.url)}" rel="nofollow">${mapping}</a>` : mapping;
}

function volumeText(volume: VolumeMount, t: Translate): string {
  const ro = volume.readOnly ? ` <span class="compose-ro">${e(t('code_file_read_only'))}</span>` : '';
  const source = volume.source === null ? '' : `<code>${e(volume.source)}</code> → `;
  return `${source}<code>${e(volume.target)}</code>${ro}`;
}

function items(values: string[]): string {
  return values.length === 0 ? '' : `<ul>${values.map((v) => `<li>${v}</li>`).join('')}</ul>`;
}

function composeSummary(view: FileBlockView, t: Translate): string {
  const compose = view.compose;
  if (!compose) return '';
  const rows = compose.summary.services
    .map((s) => {
      const image = s.image !== null ? `<code>${e(s.image)}</code>` : s.build !== null ? `${e(t('code_file_build'))} <code>${e(s.build)}</code>` : '';
      const deps = s.dependsOn.map((d) => `<code>${e(d.name)}</code>${d.condition ? ` <span class="compose-condition">${e(d.condition)}</span>` : ''}`);
      return (
        `<tr data-service="${e(s.name)}"><th scope="row"><code>${e(s.name)}</code></th>` +
        `<td class="compose-image">${image}</td>` +
        `<td class="compose-ports">${items(s.ports.map((p) => portText(p, t)))}</td>` +
        `<td class="compose-volumes">${items(s.volumes.map((v) => volumeText(v, t)))}</td>` +
        `<td class="compose-depends">${items(deps)}</td></tr>`
      );
    })
    .join('');
  const services =
    `<div class="code-file-table"><table class="compose-services"><thead><tr>` +
    ['code_file_service', 'code_file_image', 'code_file_ports', 'code_file_volumes', 'code_file_depends_on'].map((k) => `<th scope="col">${e(t(k))}</th>`).join('') +
    `</tr></thead><tbody>${rows}</tbody></table></div>`;
  const status = compose.status;
  const variables = compose.summary.variables;
  const varRows = variables
    .map((v) => {
      const defaults = v.defaults.map((d) => (d === '' ? `<span class="compose-empty">${e(t('code_file_empty'))}</span>` : `<code>${e(d)}</code>`)).join(' / ');
      const required = v.required ? ` <span class="compose-required">${e(t('code_file_required'))}</span>` : '';
      let cell = '';
      if (status) {
        const s = status(v.name);
        cell = s.definedIn
          ? `<td class="compose-var-status" data-defined="true">${e(t('code_file_defined_in'))} ${refLink({ ...s.definedIn, services: [] })}</td>`
          : `<td class="compose-var-status" data-defined="false">${e(t(v.defaults.length > 0 ? 'code_file_default_used' : 'code_file_not_defined'))}</td>`;
      }
      const used = v.services.filter(Boolean).map((n) => `<code>${e(n)}</code>`).join(' ');
      return `<tr data-var="${e(v.name)}"><th scope="row"><code>${e(v.name)}</code>${required}</th><td class="compose-var-default">${defaults}</td><td class="compose-var-services">${used}</td>${cell}</tr>`;
    })
    .join('');
  const varTable =
    variables.length === 0
      ? ''
      : `<div class="code-file-table"><table class="compose-variables"><thead><tr>` +
        ['code_file_variable', 'code_file_default', 'code_file_used_by_services', ...(status ? ['code_file_env_status'] : [])].map((k) => `<th scope="col">${e(t(k))}</th>`).join('') +
        `</tr></thead><tbody>${varRows}</tbody></table></div>`;
  const upId = `${view.id}-up`;
  const up =
    `<div class="compose-run"><span class="compose-run-label">${e(t('code_file_run'))}</span>` +
    `<code id="${e(upId)}">${e(compose.up)}</code>` +
    `<button type="button" class="code-copy" data-copy data-copy-target="${e(upId)}">${e(t('copy'))}</button></div>`;
  return `<div class="code-file-summary">${services}${varTable}${up}</div>`;
}

function envSummary(view: FileBlockView, t: Translate): string {
  if (!view.env || view.env.length === 0) return '';
  const rows = view.env
    .map((entry) => {
      const value = entry.value === '' ? `<span class="compose-empty">${e(t('code_file_empty'))}</span>` : `<code>${e(entry.value)}</code>`;
      const comment = entry.comments.map((c) => e(c)).join('<br>');
      const used = entry.usedBy.length > 0 ? entry.usedBy.map(refLink).join(', ') : '';
      return (
        `<tr data-key="${e(entry.key)}" data-used="${entry.usedBy.length > 0}"><th scope="row"><code>${e(entry.key)}</code></th>` +
        `<td class="env-value">${value}</td><td class="env-comment">${comment}</td><td class="env-used">${used}</td></tr>`
      );
    })
    .join('');
  return (
    `<div class="code-file-summary"><div class="code-file-table"><table class="env-vars"><thead><tr>` +
    ['code_file_key', 'code_file_value', 'code_file_comment', 'code_file_used_by'].map((k) => `<th scope="col">${e(t(k))}</th>`).join('') +
    `</tr></thead><tbody>${rows}</tbody></table></div></div>`
  );
}

export function renderFileBlock(view: FileBlockView, t: Translate): string {
  const grammar = view.kind === 'env' ? 'env' : normaliseLang(view.lang).grammar;
  const lang = e(view.kind === 'env' ? 'env' : normaliseLang(view.lang).label);
  return (
    `<figure class="code-file" id="${e(view.id)}" data-kind="${view.kind}" data-filename="${e(view.name)}" data-lang="${lang}">` +
    `<figcaption class="code-head"><span class="code-filename">${e(view.name)}</span>` +
    `<span class="code-kind">${e(t(`code_file_kind_${view.kind}`))}</span>` +
    `<a class="code-download" href="${e(view.href)}" download="${e(view.downloadName)}">${e(t('code_file_download'))}</a>` +
    `<button type="button" class="code-copy" data-copy>${e(t('copy'))}</button></figcaption>` +
    `<pre tabindex="0"><code class="hljs language-${lang}">${highlightCode(view.text, grammar)}</code></pre>` +
    composeSummary(view, t) +
    envSummary(view, t) +
    `</figure>`
  );
}
