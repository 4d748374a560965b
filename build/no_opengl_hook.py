"""PyInstaller runtime hook: stand-ins for PySide6's QtOpenGL and QtOpenGLWidgets, which the
bundle leaves out (about 10 MB). pyqtgraph imports both when it loads (its curve item's OpenGL
path), but draws with them only when OpenGL is switched on, which fxmargin never does. The
stand-in QOpenGLWidget is a plain widget class nothing creates, so pyqtgraph's "is this an
OpenGL widget?" checks say no; anything else asked of them raises AttributeError saying why
(docs/development.md#what-the-bundle-leaves-out). Nothing of Qt is loaded here: the app checks
the system's X11 libraries before Qt loads."""

import sys
import types

_made: dict[str, type] = {}


def _stand_in(name: str) -> types.ModuleType:
    module = types.ModuleType(name)

    def attribute(wanted: str) -> object:
        if name.endswith("QtOpenGLWidgets") and wanted == "QOpenGLWidget":
            if wanted not in _made:
                from PySide6 import QtWidgets  # loaded by then: pyqtgraph asks after Qt

                _made[wanted] = type(wanted, (QtWidgets.QWidget,), {"__doc__": "Never created."})
            return _made[wanted]
        if wanted.startswith("__"):
            raise AttributeError(wanted)
        # An AttributeError, as for any missing attribute (hasattr stays safe), that says why.
        raise AttributeError(f"{name}.{wanted}: OpenGL is not part of this build of fxmargin")

    module.__getattr__ = attribute  # type: ignore[method-assign]
    return module


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules[_name] = _stand_in(_name)
