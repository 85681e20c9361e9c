"""Runs tests/fixtures/docx-export/read-docx.py on every file named on the command line in one
Python process (starting Python and importing python-docx once, not once per letter) and prints
a JSON list of what it read, in the same order."""
import io
import json
import os
import runpy
import sys
from contextlib import redirect_stdout

READER = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'docx-export', 'read-docx.py')

results = []
for path in sys.argv[1:]:
    sys.argv = [READER, path]
    out = io.StringIO()
    with redirect_stdout(out):
        runpy.run_path(READER, run_name='__main__')
    results.append(json.loads(out.getvalue()))
json.dump(results, sys.stdout, ensure_ascii=False)
