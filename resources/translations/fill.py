"""Fill a Qt Linguist .ts file with the French of fr.py; list what has none (and exit 1).

Run by scripts/translations after lupdate has collected the strings.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from fr import FR, FR_BY_CONTEXT, FR_PLURAL  # noqa: E402


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = FR_PLURAL.get(source)
                if forms is None:
                    missing.append(f"{name}: {source}")
                    translation.set("type", "unfinished")
                    continue
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                continue
            french = FR_BY_CONTEXT.get((name, source), FR.get(source))
            if french is None:
                missing.append(f"{name}: {source}")
                translation.set("type", "unfinished")
                continue
            translation.text = french
    root = tree.getroot()
    root.set("language", "fr_FR")
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(Path(sys.argv[1]))
    for line in missing:
        print("no French for", line, file=sys.stderr)
    sys.exit(1 if missing else 0)
