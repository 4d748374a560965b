#!/bin/sh
# Install fxmargin for the current user, without root:   ./install.sh
# Remove it again:                                       ./install.sh --uninstall
#
# The program goes to ~/.local/opt/fxmargin (FXMARGIN_INSTALL_DIR moves it), a
# `fxmargin` command to ~/.local/bin, and the menu entry, icons and software-centre
# description to ~/.local/share. Your own presets and settings are not touched.
set -eu

APP_ID=io.fxmargin.fxmargin
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
TARGET=${FXMARGIN_INSTALL_DIR:-$HOME/.local/opt/fxmargin}

remove() {
    rm -rf "$TARGET"
    rm -f "$BIN/fxmargin" "$DATA/applications/$APP_ID.desktop" \
        "$DATA/metainfo/$APP_ID.metainfo.xml"
    for folder in "$DATA"/icons/hicolor/*/apps; do
        rm -f "$folder/$APP_ID.png"
    done
}

refresh_desktop() {
    # Menus pick the entry up without these too; they only make it quicker.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh_desktop
    echo "fxmargin removed."
    exit 0
fi
if [ ! -x "$HERE/fxmargin" ]; then
    echo "install.sh: run it from the unpacked fxmargin folder (fxmargin not found beside it)" >&2
    exit 2
fi

if [ "$(cd "$TARGET" 2>/dev/null && pwd)" = "$HERE" ]; then
    echo "install.sh: this copy is already the installed one ($TARGET)" >&2
    exit 2
fi
remove
mkdir -p "$TARGET" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -R "$HERE/." "$TARGET/"
ln -s "$TARGET/fxmargin" "$BIN/fxmargin"
# The menu starts the window directly; `fxmargin` (the command) hands it the same arguments.
sed "s|^Exec=.*|Exec=\"$TARGET/fxmargin-app\" %f|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
for icon in "$HERE"/share/icons/hicolor/*/apps/$APP_ID.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$icon" "$DATA/icons/hicolor/$size/apps/"
done
refresh_desktop
echo "fxmargin installed in $TARGET; start it from the menu or with: fxmargin"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "($BIN is not on your PATH: add it to use the fxmargin command)" ;;
esac
