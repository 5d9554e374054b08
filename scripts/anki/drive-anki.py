"""Drives Anki's own Python importer (2.1.x, pure Python) the way a learner would.

Usage: python3 drive-anki.py ANKI_SRC WORKDIR FILE.apkg [edit GUID FIELD VALUE TAG | FILE.apkg]...
Steps run in order; after each it records the collection's notes and cards. Prints one JSON
document. Third-party modules the importer never calls are stubbed, so no install is needed.
"""
import json, os, sys, tempfile, types

src, work, *steps = sys.argv[1:]
sys.path.insert(0, src)
for name in ["send2trash", "decorator", "bs4", "requests", "markdown", "pyaudio", "distro"]:
    try:
        __import__(name)
    except ImportError:
        stub = types.ModuleType(name)
        stub.send2trash = lambda path: None
        stub.decorator = lambda f: f
        sys.modules[name] = stub

import anki
from anki import Collection
from anki.importing.apkg import AnkiPackageImporter

col = Collection(os.path.join(work, "collection.anki2"))
log = []

def snapshot(action):
    notes = {g: {"mod": m, "tags": t.strip(), "flds": f.split("\x1f")} for g, m, t, f in col.db.execute("select guid, mod, tags, flds from notes")}
    cards = [[g, o, cid, did] for g, o, cid, did in col.db.execute("select n.guid, c.ord, c.id, c.did from cards c join notes n on n.id = c.nid")]
    decks = {str(d["id"]): d["name"] for d in col.decks.all()}
    log.append({"action": action, "notes": notes, "cards": cards, "decks": decks})

i = 0
while i < len(steps):
    if steps[i] == "edit":
        guid, field, value, tag = steps[i + 1:i + 5]
        nid = col.db.scalar("select id from notes where guid = ?", guid)
        note = col.getNote(nid)
        note[field] = value
        if tag:
            note.addTag(tag)
        note.flush()
        snapshot("edit " + guid)
        i += 5
    else:
        imp = AnkiPackageImporter(col, steps[i])
        imp.run()
        snapshot("import " + os.path.basename(steps[i]))
        i += 1
col.close()
print(json.dumps({"version": anki.version, "log": log}, ensure_ascii=False))
