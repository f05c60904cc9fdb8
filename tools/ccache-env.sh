# Sourced by the build scripts: ccache outside the checkout, shared by every clone and worktree (paths are
# hashed relative to the checkout), so CI reuses the compilations of earlier runs (docs/development.md).
export CCACHE_DIR="${CCACHE_DIR:-/var/cache/ssc-terminal-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-8G}"
mkdir -p "$CCACHE_DIR"
