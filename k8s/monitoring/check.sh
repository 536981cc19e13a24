#!/usr/bin/env bash
# Checks the monitoring artefacts offline: the alerting rules (syntax and unit tests) and the
# Grafana dashboard (valid JSON whose every query is valid PromQL over documented metrics).
# Needs promtool (Debian package prometheus) and python3.
set -euo pipefail
cd "$(dirname "$0")"

promtool check rules govhub-alerts.rules.yaml
promtool test rules govhub-alerts.test.yaml

# Every dashboard query becomes a recording rule, so promtool parses it as PromQL.
rules=$(mktemp --suffix=.yaml)
trap 'rm -f "$rules"' EXIT
python3 - "$rules" <<'PY'
import json, re, sys
dash = json.load(open("govhub-dashboard.json"))
documented = set(re.findall(r"`((?:govhub|camel)_[a-z_]+)`", open("../../docs/metrics.md").read()))
exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
assert exprs, "the dashboard has no queries"
with open(sys.argv[1], "w") as out:
    out.write("groups:\n  - name: dashboard\n    rules:\n")
    for i, e in enumerate(exprs):
        for name in re.findall(r"\b((?:govhub|camel)_[a-z_]+)", e):
            base = re.sub(r"_(bucket|count|sum|max)$", "", name)
            assert name in documented or base in documented, f"{name} is not documented in docs/metrics.md"
        # Grafana variables are not PromQL: give them a value for the syntax check.
        e = e.replace("$mandate", ".*")
        out.write(f"      - record: dashboard:query_{i}\n        expr: {json.dumps(e)}\n")
print(f"govhub-dashboard.json: {len(dash['panels'])} panels, {len(exprs)} queries")
PY
promtool check rules "$rules"
