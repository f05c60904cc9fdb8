#!/usr/bin/env bash
# Brings the face matcher's model into the model cache, once (tools/setup.sh calls it; docs/development.md):
#   1. `npm pack` the pinned @vladmandic/face-api and check the tarball's SHA-256 against pins.env;
#   2. unpack it beside (the network's weights, its sample photos and its JavaScript, which the tests use);
#   3. convert the network to ONNX (convert.py, Debian's python3-onnx and python3-numpy) and check that hash too.
# The cache lives outside the checkout, like ccache's: $SSC_MODEL_CACHE, else /var/cache/ssc-terminal-models.
# Idempotent: a second run checks the hashes and does nothing else.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=pins.env
source "$here/pins.env"
cache="${SSC_MODEL_CACHE:-/var/cache/ssc-terminal-models}"
tarball="$cache/vladmandic-face-api-$FACE_API_VERSION.tgz"
unpacked="$cache/face-api-$FACE_API_VERSION"
model="$cache/$FACE_MODEL_FILE"

hash_is() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }

if hash_is "$model" "$FACE_MODEL_SHA256" && hash_is "$tarball" "$FACE_API_TARBALL_SHA256" &&
    [ -f "$unpacked/.complete" ]; then
    exit 0
fi
mkdir -p "$cache"
work="$(mktemp -d "$cache/.fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if ! hash_is "$tarball" "$FACE_API_TARBALL_SHA256"; then
    echo "==> face model: npm pack @vladmandic/face-api@$FACE_API_VERSION"
    command -v npm >/dev/null || { echo "npm is missing (Debian package npm, tools/packages.txt)" >&2; exit 1; }
    # Trust the system's CA bundle as apt does: behind an organisation's TLS-inspecting proxy its CA is there, and
    # Node.js otherwise knows only its own built-in list.
    if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
    fi
    # npm's errors are shown (--silent would hide why it failed, and the set-up would just stop).
    if ! (cd "$work" && npm pack --loglevel=error "@vladmandic/face-api@$FACE_API_VERSION" >/dev/null); then
        echo "face model: npm pack failed (above). Behind a TLS-inspecting proxy, put its CA in" >&2
        echo "/usr/local/share/ca-certificates/ and run update-ca-certificates first (docs/development.md)." >&2
        exit 1
    fi
    got="$(sha256sum "$work/vladmandic-face-api-$FACE_API_VERSION.tgz" | cut -d' ' -f1)"
    if [ "$got" != "$FACE_API_TARBALL_SHA256" ]; then
        echo "face model: the downloaded @vladmandic/face-api@$FACE_API_VERSION has SHA-256 $got," >&2
        echo "not $FACE_API_TARBALL_SHA256 (tools/face-model/pins.env): refused" >&2
        exit 1
    fi
    mv "$work/vladmandic-face-api-$FACE_API_VERSION.tgz" "$tarball"
fi

echo "==> face model: unpacking and converting to ONNX in $cache"
mkdir "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
touch "$work/unpacked/.complete"
rm -rf "$unpacked"
mv "$work/unpacked" "$unpacked"

# Debian's python3 on purpose: python3-onnx and python3-numpy are installed for it, whatever python3 is first
# on the PATH.
/usr/bin/python3 "$here/convert.py" "$unpacked/package/model/face_recognition_model-weights_manifest.json" \
    "$work/model.onnx"
got="$(sha256sum "$work/model.onnx" | cut -d' ' -f1)"
if [ "$got" != "$FACE_MODEL_SHA256" ]; then
    echo "face model: the converted network has SHA-256 $got, not $FACE_MODEL_SHA256 (tools/face-model/pins.env):" >&2
    echo "convert.py or python3-onnx changed; check the conversion (docs/face.md) before pinning the new hash" >&2
    exit 1
fi
mv "$work/model.onnx" "$model"
echo "==> face model: $model"
