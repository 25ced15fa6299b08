# Sourced by the scripts: makes .venv with the project and its test tools installed.
#
# pip runs only when it has something to do: when the venv is missing or broken, or when
# pyproject.toml (the dependencies, the entry points) changed since the last install. Once
# installed, the app and the tests start without a network. The stamp is the SHA-256 of
# pyproject.toml, not its date, so a checkout that rewrites the file unchanged costs no
# install; delete .venv/.installed-pyproject to force one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
VENV="$ROOT/.venv"
STAMP="$VENV/.installed-pyproject"
# one interpreter start checks the version and hashes the project file
WANTED="$("$PYTHON" -c 'import hashlib, sys
if sys.version_info < (3, 11):
    sys.exit("Python 3.11 or newer is needed")
with open(sys.argv[1], "rb") as f:
    print(hashlib.sha256(f.read()).hexdigest(), "[test]")' "$ROOT/pyproject.toml")"

# a venv whose interpreter no longer runs (the system's Python was upgraded or removed) is made again
if [ -e "$VENV/bin/python" ] && ! "$VENV/bin/python" -c '' 2>/dev/null; then
  echo "The virtual environment in $VENV does not run any more: making it again." >&2
  "$PYTHON" -m venv --clear "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANTED" ] || [ ! -x "$VENV/bin/campaign-desktop" ]; then
  rm -f "$STAMP"  # an install that fails half-way leaves no stamp: the next start tries again
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test]"
  printf '%s\n' "$WANTED" > "$STAMP.tmp" && mv "$STAMP.tmp" "$STAMP"
fi
