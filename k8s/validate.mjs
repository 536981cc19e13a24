// Validates the objects `kustomize build` made, offline (k8s/check.sh copies this file next to
// its npm packages and runs it):
//   node validate.mjs <repo-root> <overlay-name>=<built.yaml>...   check overlays
//   node validate.mjs <repo-root> --self-test                     broken objects must fail
//
// 1. Schema: every object against its published schema. Kubernetes objects with kubernetes-models
//    (@kubernetes-models/validate, JSON Schema from the Kubernetes OpenAPI); KEDA and
//    prometheus-operator objects with @kubernetes-models/keda and /prometheus-operator (from those
//    projects' CRDs); Keycloak's with the JSON Schemas in k8s/schemas (see its README). An object
//    of any other kind fails: nothing goes unchecked.
// 2. Rules the schemas cannot say: no Secret is committed; every workload runs as non-root with a
//    read-only root file system, no privilege escalation, memory requests and limits, pinned
//    images and probes; the hub probes its liveness and readiness health groups; each broker's
//    role, own address, peer and heap (patched by position in the overlays) are what they name.
// 3. No drift: the broker ConfigMap holds broker/etc/broker.xml byte for byte, the dashboard
//    ConfigMap k8s/monitoring/govhub-dashboard.json, the KeycloakRealmImport the committed realm,
//    the PrometheusRule k8s/monitoring/govhub-alerts.rules.yaml.
// It also writes the names of the Secrets the objects reference (k8s/check.sh checks that
// k8s/README.md documents each).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseAllDocuments, parse } from "yaml";
import Ajv from "ajv";

const root = process.argv[2];
const args = process.argv.slice(3);
const ajv = new Ajv({ allErrors: true, strict: false });
const localSchemas = {
  "k8s.keycloak.org/v2alpha1/Keycloak": "k8s.keycloak.org_v2alpha1_Keycloak.schema.json",
  "k8s.keycloak.org/v2alpha1/KeycloakRealmImport": "k8s.keycloak.org_v2alpha1_KeycloakRealmImport.schema.json",
};
const crdPackages = {
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

async function schemaCheck(obj) {
  const key = `${obj.apiVersion}/${obj.kind}`;
  if (localSchemas[key]) {
    const validate = ajv.getSchema(key)
      || (ajv.addSchema(JSON.parse(readFileSync(join(root, "k8s/schemas", localSchemas[key]), "utf8")), key), ajv.getSchema(key));
    return validate(obj) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  }
  const group = String(obj.apiVersion).includes("/") ? obj.apiVersion.split("/")[0] : "";
  const module = crdPackages[group]
    ? `${crdPackages[group]}/${obj.apiVersion}/${obj.kind}`
    : (group === "" || !group.includes(".") || group.endsWith(".k8s.io"))
      ? `kubernetes-models/${obj.apiVersion}/${obj.kind}` : null;
  let Model;
  try {
    Model = module && (await import(module))[obj.kind];
  } catch {
    Model = null;
  }
  if (!Model) {
    return [`no published schema for ${key}: add one (k8s/schemas) before using it`];
  }
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

function podSpecOf(obj) {
  return ["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(obj.kind) ? obj.spec?.template?.spec : null;
}

function ruleCheck(obj) {
  const problems = [];
  if (obj.kind === "Secret") {
    problems.push("a Secret is in the manifests: Secrets are referenced by name and created apart (k8s/README.md)");
  }
  const pod = podSpecOf(obj);
  if (pod) {
    if (pod.securityContext?.runAsNonRoot !== true) problems.push("pod securityContext.runAsNonRoot is not true");
    for (const c of pod.containers || []) {
      const where = `container ${c.name}`;
      const sc = c.securityContext || {};
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
      if (!(sc.capabilities?.drop || []).includes("ALL")) problems.push(`${where}: capabilities are not all dropped`);
      if (!c.resources?.requests?.memory || !c.resources?.limits?.memory) problems.push(`${where}: no memory request and limit`);
      if (!c.resources?.requests?.cpu) problems.push(`${where}: no cpu request`);
      if (!c.readinessProbe || !c.livenessProbe) problems.push(`${where}: no readiness and liveness probes`);
      const tag = /^[^@]+:([^:/]+)$/.exec(c.image || "");
      if (!tag || tag[1] === "latest") problems.push(`${where}: image ${c.image} is not pinned to a tag`);
    }
  }
  if (obj.kind === "StatefulSet" && /^artemis-(primary|backup)$/.test(obj.metadata?.name)) {
    // Overlays patch the brokers' env by position: make sure each value still is what it names.
    const env = Object.fromEntries((pod.containers[0].env || []).map((e) => [e.name, e.value]));
    const role = obj.metadata.name.slice("artemis-".length);
    const peer = role === "primary" ? "backup" : "primary";
    if (env.GOVHUB_BROKER_ROLE !== role) problems.push(`GOVHUB_BROKER_ROLE is ${env.GOVHUB_BROKER_ROLE}, not ${role}`);
    if (env.GOVHUB_BROKER_SELF !== `artemis-${role}-0.artemis-${role}:61616`) problems.push(`GOVHUB_BROKER_SELF is ${env.GOVHUB_BROKER_SELF}`);
    if (env.GOVHUB_BROKER_PEER !== `artemis-${peer}-0.artemis-${peer}:61616`) problems.push(`GOVHUB_BROKER_PEER is ${env.GOVHUB_BROKER_PEER}`);
    if (!/^[0-9]+[mg]$/.test(env.GOVHUB_BROKER_HEAP || "")) problems.push(`GOVHUB_BROKER_HEAP is ${env.GOVHUB_BROKER_HEAP}`);
  }
  if (obj.kind === "Deployment" && obj.metadata?.name === "govhub-hub") {
    const hub = pod.containers.find((c) => c.name === "hub");
    if (hub?.livenessProbe?.httpGet?.path !== "/actuator/health/liveness") problems.push("hub: liveness probe is not the liveness health group");
    if (hub?.readinessProbe?.httpGet?.path !== "/actuator/health/readiness") problems.push("hub: readiness probe is not the readiness health group");
  }
  return problems;
}

function driftCheck(objects) {
  const problems = [];
  const find = (kind, name) => objects.find((o) => o.kind === kind && (name instanceof RegExp ? name.test(o.metadata.name) : o.metadata.name === name));
  const file = (p) => readFileSync(join(root, p), "utf8");
  const broker = find("ConfigMap", /^govhub-broker-config(-|$)/);
  if (broker?.data?.["broker.xml"] !== file("broker/etc/broker.xml")) problems.push("the broker ConfigMap is not broker/etc/broker.xml");
  const dashboard = find("ConfigMap", "govhub-grafana-dashboard");
  if (dashboard?.data?.["govhub-dashboard.json"] !== file("k8s/monitoring/govhub-dashboard.json")) problems.push("the dashboard ConfigMap is not k8s/monitoring/govhub-dashboard.json");
  const realm = find("KeycloakRealmImport", "govhub-realm");
  if (!isDeepStrictEqual(realm?.spec?.realm, JSON.parse(file("integration-routes/src/main/resources/security/govhub-realm.json")))) {
    problems.push("the KeycloakRealmImport is not the committed realm (run k8s/generate)");
  }
  const placeholders = new Set(file("integration-routes/src/main/resources/security/govhub-realm.json").match(/GOVHUB_(?:CLIENT_SECRET|USER_PASSWORD)_[A-Z0-9_]+/g));
  if (!isDeepStrictEqual(new Set(Object.keys(realm?.spec?.placeholders || {})), placeholders)) problems.push("the realm import does not fill exactly the realm's secret placeholders");
  const rule = find("PrometheusRule", "govhub-alerts");
  if (!isDeepStrictEqual(rule?.spec, parse(file("k8s/monitoring/govhub-alerts.rules.yaml")))) problems.push("the PrometheusRule is not k8s/monitoring/govhub-alerts.rules.yaml (run k8s/generate)");
  return problems;
}

function secretsReferenced(value, out = new Set(), key = "") {
  if (Array.isArray(value)) value.forEach((v) => secretsReferenced(v, out, key));
  else if (value && typeof value === "object") {
    if (/secret/i.test(key) && typeof value.name === "string") out.add(value.name);
    for (const [k, v] of Object.entries(value)) secretsReferenced(v, out, k);
  } else if (typeof value === "string" && /^(secretName|tlsSecret)$/.test(key)) out.add(value);
  return out;
}

async function check(label, objects) {
  let failures = 0;
  for (const obj of objects) {
    const problems = [...(await schemaCheck(obj)), ...ruleCheck(obj)];
    for (const p of problems) console.log(`  FAIL ${label}: ${obj.kind}/${obj.metadata?.name}: ${p}`);
    failures += problems.length ? 1 : 0;
  }
  return failures;
}

async function selfTest() {
  const good = {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "ok" },
    spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: {
      securityContext: { runAsNonRoot: true },
      containers: [{ name: "c", image: "x:1", readinessProbe: { tcpSocket: { port: 1 } }, livenessProbe: { tcpSocket: { port: 1 } },
        resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { memory: "1Gi" } },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } } }] } } },
  };
  const broken = (mutate) => { const o = structuredClone(good); mutate(o); return o; };
  const cases = {
    "a well-formed Deployment": [good, true],
    "replicas as a string": [broken((o) => { o.spec.replicas = "two"; }), false],
    "a container without a name": [broken((o) => { delete o.spec.template.spec.containers[0].name; }), false],
    "a writable root file system": [broken((o) => { o.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false; }), false],
    "an image without a tag": [broken((o) => { o.spec.template.spec.containers[0].image = "x"; }), false],
    "a Secret": [{ apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, stringData: { a: "b" } }, false],
    "a ScaledObject with minReplicaCount as a string": [{ apiVersion: "keda.sh/v1alpha1", kind: "ScaledObject", metadata: { name: "s" },
      spec: { scaleTargetRef: { name: "d" }, minReplicaCount: "2", triggers: [{ type: "cpu", metadata: {} }] } }, false],
    "a ServiceMonitor whose endpoints is not a list": [{ apiVersion: "monitoring.coreos.com/v1", kind: "ServiceMonitor", metadata: { name: "s" },
      spec: { selector: {}, endpoints: { port: "http" } } }, false],
    "a Keycloak with a misspelt field": [{ apiVersion: "k8s.keycloak.org/v2alpha1", kind: "Keycloak", metadata: { name: "k" },
      spec: { instance: 2 } }, false],
    "a KeycloakRealmImport without its Keycloak": [{ apiVersion: "k8s.keycloak.org/v2alpha1", kind: "KeycloakRealmImport",
      metadata: { name: "r" }, spec: { realm: { realm: "x" } } }, false],
    "a kind with no schema here": [{ apiVersion: "example.org/v1", kind: "Widget", metadata: { name: "w" } }, false],
  };
  let wrong = 0;
  for (const [name, [obj, valid]] of Object.entries(cases)) {
    const problems = [...(await schemaCheck(obj)), ...ruleCheck(obj)];
    const ok = (problems.length === 0) === valid;
    wrong += ok ? 0 : 1;
    console.log(`  ${ok ? "ok" : "WRONG"}: ${name} is ${problems.length ? `refused (${problems[0].slice(0, 100)})` : "accepted"}`);
  }
  return wrong;
}

if (args[0] === "--self-test") {
  const wrong = await selfTest();
  console.log(wrong ? `self-test: ${wrong} case(s) judged wrongly` : "self-test: every broken object refused");
  process.exit(wrong ? 1 : 0);
}
let failures = 0;
const secrets = new Set();
for (const arg of args.filter((a) => !a.startsWith("--secrets="))) {
  const [label, path] = arg.split("=");
  const objects = parseAllDocuments(readFileSync(path, "utf8")).map((d) => d.toJS()).filter(Boolean);
  const invalid = await check(label, objects);
  const drift = driftCheck(objects);
  drift.forEach((p) => console.log(`  FAIL ${label}: ${p}`));
  objects.forEach((o) => secretsReferenced(o, secrets));
  const kinds = [...new Set(objects.map((o) => o.kind))].sort().join(", ");
  console.log(`${label}: ${objects.length} objects, ${invalid} invalid, ${drift.length} drifted (${kinds})`);
  failures += invalid + drift.length;
}
const out = args.find((a) => a.startsWith("--secrets="));
if (out) writeFileSync(out.slice("--secrets=".length), [...secrets].sort().join("\n") + "\n");
process.exit(failures ? 1 : 0);
