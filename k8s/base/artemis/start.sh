#!/bin/sh
# Starts one broker of the primary/backup pair: the committed broker/etc/broker.xml (mounted at
# $GOVHUB_BROKER_CONFIG/broker.xml) with this pod's HA role ($GOVHUB_BROKER_CONFIG/ha-
# $GOVHUB_BROKER_ROLE.xml, from ha/: primary or backup) added inside its <core>. The instance (journal,
# paging) lives on the pod's volume. Users are written afresh at each start from the Secret
# govhub-broker (so a rotated password takes effect on restart): the hub's (role govhub-hub, as
# broker.xml's security settings expect) and the monitor KEDA reads queue depth with (role
# govhub-monitor: the Jolokia/console role, which broker.xml grants browse on no address).
# k8s/artemis-ha-check runs this very script for two brokers on loopback.
set -eu
ARTEMIS_HOME="${ARTEMIS_HOME:-/opt/activemq-artemis}"
INSTANCE="${GOVHUB_BROKER_INSTANCE:-/var/lib/artemis-instance}"
CONFIG="${GOVHUB_BROKER_CONFIG:-/etc/govhub-broker}"
PORT="${GOVHUB_BROKER_PORT:-61616}"
HTTP_PORT="${GOVHUB_BROKER_HTTP_PORT:-8161}"
BIND="${GOVHUB_BROKER_BIND:-0.0.0.0}"
if [ ! -x "$INSTANCE/bin/artemis" ]; then
  "$ARTEMIS_HOME/bin/artemis" create "$INSTANCE" --silent --require-login \
    --user "$GOVHUB_MONITOR_USER" --password "$GOVHUB_MONITOR_PASSWORD" --role govhub-monitor \
    --host "$BIND" --http-host "$BIND" --http-port "$HTTP_PORT" --relax-jolokia >/dev/null
fi
umask 077
printf '%s = %s\n%s = %s\n' "$GOVHUB_MONITOR_USER" "$GOVHUB_MONITOR_PASSWORD" \
  "$GOVHUB_HUB_USER" "$GOVHUB_HUB_PASSWORD" > "$INSTANCE/etc/artemis-users.properties"
printf 'govhub-monitor = %s\ngovhub-hub = %s\n' "$GOVHUB_MONITOR_USER" "$GOVHUB_HUB_USER" \
  > "$INSTANCE/etc/artemis-roles.properties"
# KEDA's monitor may read, not operate (management.xml).
cp "$CONFIG/management.xml" "$INSTANCE/etc/management.xml"
awk -v fragment="$CONFIG/ha-$GOVHUB_BROKER_ROLE.xml" '
  /<\/core>/ { while ((getline line < fragment) > 0) print line }
  { print }' "$CONFIG/broker.xml" > "$INSTANCE/etc/broker.xml"
# Appended to the instance profile's JVM options (later -X options win).
JAVA_ARGS_APPEND="-Xms${GOVHUB_BROKER_HEAP:-1g} -Xmx${GOVHUB_BROKER_HEAP:-1g} -XX:+ExitOnOutOfMemoryError \
 -Dgovhub.broker.host=$BIND -Dgovhub.broker.port=$PORT \
 -Dgovhub.broker.self=$GOVHUB_BROKER_SELF -Dgovhub.broker.peer=$GOVHUB_BROKER_PEER \
 -Dgovhub.broker.cluster-password=$GOVHUB_CLUSTER_PASSWORD"
export JAVA_ARGS_APPEND
exec "$INSTANCE/bin/artemis" run
