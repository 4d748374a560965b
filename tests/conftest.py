"""Test configuration shared by every test: Qt runs offscreen with stable pixel sizes."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

# Tests on the real MetaTrader statements beside the project run when FXMARGIN_STATEMENTS names
# their folder (.ci/run does, and there a missing folder fails them); a fresh clone without it
# runs the project's own tests, whose statements the tests write themselves.
collect_ignore = (
    [] if os.environ.get("FXMARGIN_STATEMENTS") else ["core/statements/test_shared_statements.py"]
) + ([] if os.environ.get("FXMARGIN_MT5_API") else ["core/live/test_shared_mt5_api.py"])
# Likewise the real outputs of MetaQuotes' MetaTrader5 package, in FXMARGIN_MT5_API.
