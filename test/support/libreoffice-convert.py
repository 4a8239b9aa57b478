"""Converts files with an already running LibreOffice, over UNO (Debian's python3-uno).

Usage: /usr/bin/python3 libreoffice-convert.py PIPE LOCK OUTDIR FILTER FILE...
       /usr/bin/python3 libreoffice-convert.py PIPE --terminate

Connects to the office listening on the named pipe PIPE (waiting up to 120 s while it starts),
then, holding an exclusive lock on the file LOCK (one conversion batch at a time per office),
loads each FILE hidden and stores it as OUTDIR/<name>.xlsx with the filter FILTER, as
`soffice --convert-to xlsx:FILTER` would. Recalculation on load is the office profile's setting.
Prints one line per file; exits non-zero on the first failure. With --terminate, asks the office
to quit (it then removes its pipes; nothing is saved) and exits 0 if none is listening.
"""

import fcntl
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main(pipe, lock, outdir, filter_name, files):
    context = connect(pipe, 120)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    os.makedirs(outdir, exist_ok=True)
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        for source in files:
            name = os.path.splitext(os.path.basename(source))[0] + ".xlsx"
            target = os.path.join(outdir, name)
            url = uno.systemPathToFileUrl(os.path.abspath(source))
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if document is None:
                raise RuntimeError(f"LibreOffice could not open {source}")
            try:
                document.storeToURL(
                    uno.systemPathToFileUrl(os.path.abspath(target)),
                    (prop("FilterName", filter_name), prop("Overwrite", True)),
                )
            finally:
                document.close(True)
            print(f"convert {source} -> {target} using filter : {filter_name}", flush=True)


def terminate(pipe):
    try:
        context = connect(pipe, 0)
    except NoConnectException:
        return
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    try:
        desktop.terminate()
    except Exception:  # the bridge is disposed as the office quits
        pass


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[2] == "--terminate":
        terminate(sys.argv[1])
    elif len(sys.argv) < 6:
        sys.exit(__doc__)
    else:
        main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
