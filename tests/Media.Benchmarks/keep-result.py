#!/usr/bin/env python3
"""keep-result.py RESULTS LABEL COMMIT LINE: stores one run's JSON line in RESULTS under LABEL, replacing that label's last line.

Each line is stamped with the label, the day it ran and the commit it measured, so a document written from a file whose
lines come from several days says which figure is from when. The file keeps the order of the labels' first runs.
"""
import datetime, json, sys

path, label, commit, line = sys.argv[1:5]
result = json.loads(line)
result = {'label': label, 'date': datetime.date.today().isoformat(), 'commit': commit, **result}
kept = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
at = next((i for i, r in enumerate(kept) if r.get('label') == label), None)
if at is None:
    kept.append(result)
else:
    kept[at] = result
with open(path, 'w', encoding='utf-8') as f:
    for r in kept:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
