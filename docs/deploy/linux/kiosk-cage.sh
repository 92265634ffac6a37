#!/bin/bash
# Runs the OHCHR ROCA kiosk full screen inside cage (a Wayland kiosk compositor) and starts the
# kiosk again whenever it crashes. Install it as /opt/ohchr-kiosk/kiosk-cage.sh (mode 0755).
#
#   kiosk-cage.sh [KIOSK OPTIONS...]            start cage with this script's loop inside it
#                                               (what the kiosk user's ~/.bash_profile runs on tty1)
#   kiosk-cage.sh --in-cage [KIOSK OPTIONS...]  the loop itself: what cage runs (ohchr-kiosk.service
#                                               calls cage with this directly)
#
# Why the loop runs *inside* cage: Debian 12's cage (0.1.4) always exits 0 when its application
# exits, whatever the application's exit code, so from outside cage a crash and the operator's
# "Exit kiosk" look the same. Inside cage the loop sees the kiosk's own exit code:
#   0       the operator chose "Exit kiosk": stop (cage then exits, and so does this script)
#   2       a bad command line: stop, starting again cannot help
#   3       another kiosk is already running: stop
#   other   a crash, a content error, a kill: start the kiosk again after a short pause
#
# Extra kiosk options (e.g. --content DIR, --config FILE) are taken from the command line and
# from KIOSK_ARGS in /etc/default/ohchr-kiosk (shell syntax; split at spaces, so no paths with
# spaces), e.g.  KIOSK_ARGS="--content /opt/ohchr-kiosk/content"
# KIOSK_BIN (default /opt/ohchr-kiosk/venv/bin/kiosk) and CAGE_ARGS (default "-d"; e.g.
# "-d -m last" on a machine with two screens) can be set there too.
#
# From ~/.bash_profile, run it WITHOUT exec (see README.md): after "Exit kiosk" the operator gets
# the shell on tty1; `logout` there starts the kiosk again through the autologin.

set -eu

DEFAULTS=/etc/default/ohchr-kiosk
if [ -r "$DEFAULTS" ]; then
    # shellcheck source=/dev/null
    . "$DEFAULTS"
fi
KIOSK_BIN=${KIOSK_BIN:-/opt/ohchr-kiosk/venv/bin/kiosk}
CAGE_BIN=${CAGE_BIN:-/usr/bin/cage}
CAGE_ARGS=${CAGE_ARGS:--d}
KIOSK_ARGS=${KIOSK_ARGS:-}

log() {
    echo "kiosk-cage: $*" >&2
    # Outside systemd, stderr ends up on the hidden tty: also send it to the journal.
    if [ -z "${INVOCATION_ID:-}" ] && command -v logger >/dev/null 2>&1; then
        logger -t ohchr-kiosk -- "$*" || true
    fi
}

if [ "${1:-}" != --in-cage ]; then
    # Outside cage: start cage with this script (absolute path) as its application.
    self=$(readlink -f -- "$0")
    read -r -a cage_args <<<"$CAGE_ARGS"
    export QT_QPA_PLATFORM=wayland
    exec "$CAGE_BIN" "${cage_args[@]}" -- "$self" --in-cage "$@"
fi
shift

# True while cage, which started this loop, is still this process's parent.
cage_alive() {
    local stat parent
    read -r stat </proc/$$/stat || return 1
    # After "PID (NAME) " come the state and the parent's PID.
    read -r _ parent _ <<<"${stat##*) }"
    [ "$parent" = "$PPID" ] && kill -0 "$PPID" 2>/dev/null
}

# Inside cage: run the kiosk, start it again if it did not end on purpose.
export QT_QPA_PLATFORM=wayland
read -r -a extra_args <<<"$KIOSK_ARGS"
while :; do
    started=$SECONDS
    status=0
    "$KIOSK_BIN" --kiosk "${extra_args[@]}" "$@" || status=$?
    case $status in
        0) log "the kiosk was closed by the operator"; exit 0 ;;
        2) log "the kiosk refused its command line or settings (exit code 2); not restarting"; exit 2 ;;
        3) log "another kiosk is already running (exit code 3); not restarting"; exit 3 ;;
    esac
    # If cage itself died (this loop then belongs to another parent), the kiosk cannot come
    # back here: leave, and let whatever started cage (systemd, or the autologin) start it again.
    if ! cage_alive; then
        log "the kiosk exited with code $status and the compositor is gone; stopping"
        exit 1
    fi
    # A kiosk that fails right away (broken content, say) is retried slowly, not in a tight loop.
    if [ $((SECONDS - started)) -lt 10 ]; then delay=10; else delay=2; fi
    log "the kiosk exited with code $status; starting it again in $delay s"
    sleep "$delay"
done
