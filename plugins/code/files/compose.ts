// What a compose file declares, for the summary under the code: each service's
// image, published ports, volumes and dependencies, and the variables the file
// interpolates. The YAML is parsed by `yaml` (anchors, merge keys); only Compose's
// own small syntaxes (port and volume strings, `${VAR:-default}`) are read here.
import type { Document } from 'yaml';

export interface VariableRef {
  name: string;
  /** Distinct defaults given with `:-` / `-`, in order of appearance. */
  defaults: string[];
  /** `:?` / `?`: Compose refuses to start without it. */
  required: boolean;
  /** Services whose definition uses it ('' for the file's top-level sections). */
  services: string[];
}

export interface PortMapping {
  /** As written: `${PORT:-3000}`, `8080`, `3000-3005`; null when Compose picks a free host port. */
  host: string | null;
  container: string;
  hostIp: string | null;
  protocol: string | null;
  /** `http://localhost:PORT` when the port looks like a web UI or API and resolves to one number. */
  url: string | null;
}

export interface VolumeMount {
  source: string | null;
  target: string;
  readOnly: boolean;
}

export interface Dependency {
  name: string;
  condition: string | null;
}

export interface ServiceSummary {
  name: string;
  image: string | null;
  /** Build context when the service is built from source. */
  build: string | null;
  ports: PortMapping[];
  volumes: VolumeMount[];
  dependsOn: Dependency[];
}

export interface ComposeSummary {
  services: ServiceSummary[];
  variables: VariableRef[];
}

/** Resolves a variable for port links: the note's env value, else null. */
export type Lookup = (name: string) => string | undefined;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export interface Interpolation {
  name: string;
  /** ':-', '-', ':?', '?', ':+', '+' or '' for a bare reference. */
  op: string;
  /** Text after the operator (may itself hold references). */
  arg: string;
}

/** The `${VAR…}` / `$VAR` references in one Compose value (`$$` is a literal `$`). */
export function interpolations(value: string): Interpolation[] {
  const found: Interpolation[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    const next = value[i + 1];
    if (next === '$') {
      i++;
      continue;
    }
    if (next === '{') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:-|:\?|:\+|-|\?|\+)?/.exec(value.slice(i + 2));
      if (!m) continue;
      let depth = 1;
      let j = i + 2 + m[0].length;
      for (; j < value.length && depth > 0; j++) {
        if (value[j] === '{') depth++;
        else if (value[j] === '}') depth--;
      }
      if (depth > 0) continue;
      const arg = value.slice(i + 2 + m[0].length, j - 1);
      found.push({ name: m[1] ?? '', op: m[2] ?? '', arg });
      if (arg.includes('$')) found.push(...interpolations(arg));
      i = j - 1;
    } else if (next && /[A-Za-z_]/.test(next)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1));
      if (m) {
        found.push({ name: m[0], op: '', arg: '' });
        i += m[0].length;
      }
    }
  }
  return found;
}

/** Substitutes references the way Compose would with the given values; null when one stays unknown. */
export function resolve(value: string, lookup: Lookup): string | null {
  let unknown = false;
  const out = value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, op: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    const set = lookup(name);
    if (set !== undefined && !(op === ':-' && set === '')) return set;
    if (op) return fallback ?? '';
    unknown = true;
    return whole;
  });
  return unknown || out.includes('${') ? null : out;
}

/** Splits on `:` outside `${…}` (defaults contain colons: `${PORT:-80}:80`). */
function splitColons(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === ':' && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Ports that are almost always a web UI or HTTP API in the images notes run. */
const HTTP_PORTS = new Set([80, 443, 1337, 2368, 3000, 3001, 3002, 3080, 3210, 4000, 4200, 5000, 5001, 5173, 5601, 6333, 7860, 7861, 8000, 8001, 8008, 8080, 8081, 8082, 8088, 8090, 8188, 8443, 8501, 8888, 9000, 9090, 9200, 9443, 11434, 15672]);
const HTTPS_PORTS = new Set([443, 8443, 9443]);

function webUrl(host: string | null, container: string, protocol: string | null, appProtocol: string | null, lookup: Lookup): string | null {
  if (host === null || (protocol && protocol !== 'tcp')) return null;
  const hostPort = resolve(host, lookup);
  const containerPort = resolve(container, lookup);
  if (!hostPort || !/^\d+$/.test(hostPort)) return null;
  const http = appProtocol ? /^https?$/.test(appProtocol) : [hostPort, containerPort].some((p) => p !== null && /^\d+$/.test(p) && HTTP_PORTS.has(Number(p)));
  if (!http) return null;
  const secure = appProtocol === 'https' || (!appProtocol && containerPort !== null && HTTPS_PORTS.has(Number(containerPort)));
  return `${secure ? 'https' : 'http'}://localhost:${hostPort}`;
}

/** One entry of `ports:`, short (`[ip:][host:]container[/proto]`) or long syntax. */
export function parsePort(entry: Json, lookup: Lookup = () => undefined): PortMapping | null {
  if (isRecord(entry)) {
    const container = str(entry.target);
    if (container === null) return null;
    const host = str(entry.published);
    const protocol = str(entry.protocol);
    return { host, container, hostIp: str(entry.host_ip), protocol, url: webUrl(host, container, protocol, str(entry.app_protocol), lookup) };
  }
  const text = str(entry);
  if (text === null) return null;
  let rest = text.trim();
  let protocol: string | null = null;
  const proto = /\/(tcp|udp|sctp)$/i.exec(rest);
  if (proto) {
    protocol = (proto[1] ?? '').toLowerCase();
    rest = rest.slice(0, proto.index);
  }
  let hostIp: string | null = null;
  const ipv6 = /^\[([^\]]+)\]:/.exec(rest);
  if (ipv6) {
    hostIp = ipv6[1] ?? null;
    rest = rest.slice(ipv6[0].length);
  }
  const parts = splitColons(rest);
  const container = parts.pop() ?? '';
  const host = parts.length > 0 ? (parts.pop() ?? null) : null;
  if (parts.length > 0) hostIp = parts.join(':');
  return { host: host === '' ? null : host, container, hostIp, protocol, url: webUrl(host || null, container, protocol, null, lookup) };
}

export function parseVolume(entry: Json): VolumeMount | null {
  if (isRecord(entry)) {
    const target = str(entry.target);
    if (target === null) return null;
    return { source: str(entry.source), target, readOnly: entry.read_only === true };
  }
  const text = str(entry);
  if (text === null) return null;
  const parts = splitColons(text);
  if (parts.length === 1) return { source: null, target: parts[0] ?? '', readOnly: false };
  const [source = '', target = '', mode = ''] = parts;
  return { source, target, readOnly: mode.split(',').includes('ro') };
}

function dependencies(value: Json | undefined): Dependency[] {
  if (Array.isArray(value)) return value.map(str).filter((n): n is string => n !== null).map((name) => ({ name, condition: null }));
  if (isRecord(value)) {
    return Object.entries(value).map(([name, spec]) => ({ name, condition: isRecord(spec) ? str(spec.condition) : null }));
  }
  return [];
}

function buildContext(value: Json | undefined): string | null {
  if (isRecord(value)) return str(value.context) ?? '.';
  return str(value);
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** Every string in a value, keys included (Compose interpolates values; keys rarely matter but cost nothing). */
function strings(value: Json, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (isRecord(value)) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * Summarises a parsed compose document (see recognise.ts: a mapping with a
 * `services` mapping). Throws what `yaml` throws for alias bombs.
 */
export function summariseCompose(doc: Document, lookup: Lookup = () => undefined): ComposeSummary {
  return summariseComposeData(doc.toJS({ maxAliasCount: 1000 }) as unknown, lookup);
}

/** The same, from the document's plain data (its `toJS`). */
export function summariseComposeData(root: unknown, lookup: Lookup = () => undefined): ComposeSummary {
  if (!isRecord(root) || !isRecord(root.services)) return { services: [], variables: [] };
  const variables = new Map<string, VariableRef>();
  const note = (text: string, service: string): void => {
    for (const ref of interpolations(text)) {
      let v = variables.get(ref.name);
      if (!v) {
        v = { name: ref.name, defaults: [], required: false, services: [] };
        variables.set(ref.name, v);
      }
      if ((ref.op === ':-' || ref.op === '-') && !v.defaults.includes(ref.arg)) v.defaults.push(ref.arg);
      if (ref.op === ':?' || ref.op === '?') v.required = true;
      if (!v.services.includes(service)) v.services.push(service);
    }
  };
  const services: ServiceSummary[] = [];
  for (const [name, raw] of Object.entries(root.services)) {
    const spec = isRecord(raw) ? raw : {};
    for (const text of strings(spec)) note(text, name);
    services.push({
      name,
      image: str(spec.image),
      build: spec.build === undefined ? null : buildContext(spec.build),
      ports: list(spec.ports).map((p) => parsePort(p, lookup)).filter((p): p is PortMapping => p !== null),
      volumes: list(spec.volumes).map(parseVolume).filter((v): v is VolumeMount => v !== null),
      dependsOn: dependencies(spec.depends_on),
    });
  }
  for (const [key, value] of Object.entries(root)) {
    if (key !== 'services') for (const text of strings(value)) note(text, '');
  }
  return { services, variables: [...variables.values()] };
}

/** The command that starts the file: `-f` unless Compose finds it by its default name. */
export function upCommand(fileName: string): string {
  const defaults = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
  if (defaults.includes(fileName)) return 'docker compose up -d';
  const quoted = /^[\w./@+-]+$/.test(fileName) ? fileName : `'${fileName.replace(/'/g, `'\\''`)}'`;
  return `docker compose -f ${quoted} up -d`;
}
