#!/usr/bin/env bash
# npm run test:clients — the OpenStack CLI (Debian's python3-openstackclient: OSC, openstacksdk,
# novaclient) against an ephemeral simulator with native error bodies, as the cloud admin and as
# tenant alice. Prints PASS/FAIL per command and "N passed, M failed". Not part of `npm test`.
# CLIENTS_DEBUG=1 prints the `--debug` output of every failing command.
set -u
cd "$(dirname "$0")/.."
. scripts/use-node.sh >/dev/null

if ! command -v openstack >/dev/null 2>&1; then
  echo "installing python3-openstackclient…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openstackclient >/dev/null \
    || { echo "cannot install python3-openstackclient"; exit 2; }
fi

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node simulator/src/cli.ts --ephemeral --port "$PORT" --error-body native --delay-scale 0.05 --quiet \
  >"$WORK/sim.log" 2>&1 &
SIM=$!
trap 'kill "$SIM" 2>/dev/null; wait "$SIM" 2>/dev/null; rm -rf "$WORK"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -fs "$BASE/os/compute/v1/" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/os/compute/v1/" >/dev/null || { echo "simulator did not start"; cat "$WORK/sim.log"; exit 2; }

cat >"$WORK/clouds.yaml" <<YAML
clouds:
  sim-admin:
    auth:
      auth_url: $BASE/os/kinton/v1/v3
      username: admin
      password: cloudos
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
  sim-alice:
    auth:
      auth_url: $BASE/os/kinton/v1/v3
      username: alice
      password: cloudos
      project_name: chengdu
      user_domain_name: Default
      project_domain_name: Default
YAML
export OS_CLIENT_CONFIG_FILE="$WORK/clouds.yaml"
unset OS_CLOUD OS_AUTH_URL OS_USERNAME OS_PASSWORD OS_PROJECT_NAME OS_TOKEN

PASSED=0; FAILED=0; XFAILED=0; FAILURES=()
# run LABEL [xfail] -- openstack args…
run() {
  local label=$1; shift
  local expect=pass
  if [ "$1" = xfail ]; then expect=fail; shift; fi
  [ "$1" = -- ] && shift
  local out
  if out=$(timeout 180 openstack --os-cloud "$CLOUD" "$@" 2>&1); then
    if [ $expect = fail ]; then
      echo "XPASS $CLOUD: $label (expected to fail)"; FAILED=$((FAILED + 1)); FAILURES+=("$CLOUD: $label (passed unexpectedly)"); return 0
    fi
    echo "PASS $CLOUD: $label"; PASSED=$((PASSED + 1)); return 0
  fi
  if [ $expect = fail ]; then
    echo "XFAIL $CLOUD: $label (expected: $(echo "$out" | tail -1))"; XFAILED=$((XFAILED + 1)); return 1
  fi
  echo "FAIL $CLOUD: $label"; echo "$out" | tail -3 | sed 's/^/    /'
  FAILED=$((FAILED + 1)); FAILURES+=("$CLOUD: $label")
  if [ "${CLIENTS_DEBUG:-}" = 1 ]; then
    timeout 180 openstack --debug --os-cloud "$CLOUD" "$@" 2>&1 | grep -E 'REQ:|RESP:|RESP BODY|Error|error' | tail -20 | cut -c1-400 | sed 's/^/    | /'
  fi
  return 1
}

head -c 4096 /dev/urandom >"$WORK/disk.raw"

suite() {
  CLOUD=$1; local n=$2
  run "token issue" -- token issue
  run "project list" -- project list
  # The platform documents these fields as required on create (004:L96), so they are passed.
  run "image create" -- image create --file "$WORK/disk.raw" --disk-format raw --container-format bare \
    --private --min-disk 1 --min-ram 64 --property virt_type=CAS --property min_cpu=1 \
    --property "cas_ostype=linux|CentOS 7(64-bit)" "$n-img"
  run "image save" -- image save --file "$WORK/$n-saved.raw" "$n-img" \
    && { cmp -s "$WORK/disk.raw" "$WORK/$n-saved.raw" || echo "    (saved bytes differ)"; }
  run "flavor list" -- flavor list
  local flavors
  flavors=$(openstack --os-cloud "$CLOUD" flavor list --sort-column RAM -f value -c ID 2>/dev/null)
  local f1 f2
  f1=$(echo "$flavors" | sed -n 1p); f2=$(echo "$flavors" | sed -n 2p)
  run "flavor show" -- flavor show "$f1"
  run "keypair create" -- keypair create "$n-kp"
  run "keypair list" -- keypair list
  run "keypair delete" -- keypair delete "$n-kp"
  # The network a server is created on: the project's first network (no neutron endpoint, so
  # the CLI looks it up through nova's os-networks).
  local token project net
  token=$(openstack --os-cloud "$CLOUD" token issue -f value -c id 2>/dev/null)
  project=$(openstack --os-cloud "$CLOUD" token issue -f value -c project_id 2>/dev/null)
  net=$(curl -fs -H "X-Auth-Token: $token" "$BASE/os/compute/v1/v2/$project/os-networks" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["networks"][0]["id"])' 2>/dev/null)
  run "server create --wait" -- server create --flavor "$f1" --image "$n-img" --nic "net-id=$net" --wait "$n-vm"
  run "server list" -- server list
  run "server show" -- server show "$n-vm"
  run "server stop" -- server stop "$n-vm"
  sleep 1
  run "server start" -- server start "$n-vm"
  sleep 1
  run "server reboot --wait" -- server reboot --wait "$n-vm"
  run "server resize --wait" -- server resize --flavor "$f2" --wait "$n-vm"
  run "server delete --wait" -- server delete --wait "$n-vm"
  run "server group create" -- server group create --policy anti-affinity "$n-sg"
  run "server group list" -- server group list
  run "server group delete" -- server group delete "$n-sg"
  run "image delete" -- image delete "$n-img"
  # Hypervisors are for cloud administrators only (nova's policy): a tenant gets 403.
  local tenant=()
  [ "$CLOUD" = sim-admin ] || tenant=(xfail)
  run "hypervisor list" "${tenant[@]}" -- hypervisor list
  local hyp
  hyp=$(openstack --os-cloud "$CLOUD" hypervisor list -f value -c ID 2>/dev/null | sed -n 1p)
  run "hypervisor show" "${tenant[@]}" -- hypervisor show "${hyp:-1}"
  run "availability zone list" -- availability zone list --compute
  run "quota show" -- quota show
  run "limits show" -- limits show --absolute
  run "aggregate list" "${tenant[@]}" -- aggregate list
}

suite sim-admin adm
suite sim-alice alc

echo
[ ${#FAILURES[@]} -gt 0 ] && printf 'failed: %s\n' "${FAILURES[@]}"
echo "$PASSED passed, $FAILED failed ($XFAILED expected failures not counted)"
[ "$FAILED" -eq 0 ]
