#!/usr/bin/python3
"""Checks that a PDF is tagged the way PDF/UA-1 asks, by reading the file
itself (through qpdf's JSON, streams decoded), not sdgen's idea of it:

- the catalog marks the file tagged, has a language, a structure tree, XMP
  metadata claiming PDF/UA-1 with a dc:title, and asks viewers to show the title;
- every page has /Tabs /S and /StructParents;
- in every content stream, each operator that paints (text, images, paths) is
  inside marked content that is either an MCID sequence or an /Artifact;
  MCID sequences never nest;
- every MCID is in the ParentTree, and the element found there holds it;
- every structure element is reachable from the root, and every Figure has Alt;
- every annotation (a signature field's widget) has /TU and /StructParent, and
  the ParentTree's element for it refers to it with an OBJR.

Prints one line per failure and exits 1, or prints "tagged" and exits 0.
With --text, prints instead the text of each structure leaf in reading order,
one "ROLE: text" line each (from the marked content itself); ROLE is the
structure type, with "/Row" or "/Column" after a TH's scope and "[tag]" after
an element's own language, e.g. "TH/Column: Name" or "P[cy]: Annwyl Siân".
"""

import base64
import json
import re
import subprocess
import sys

PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "EI"}


def load(path):
    out = subprocess.run(
        ["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
         "--decode-level=generalized", path],
        check=True, capture_output=True).stdout
    objects = {}
    for key, value in json.loads(out)["qpdf"][1].items():
        match = re.match(r"obj:(\d+) (\d+) R", key)
        if match:
            objects[f"{match.group(1)} {match.group(2)} R"] = value
    return objects


class Pdf:
    def __init__(self, path):
        self.objects = load(path)
        trailer = next(v for k, v in json.loads(subprocess.run(
            ["qpdf", "--json=2", "--json-key=qpdf", path], check=True,
            capture_output=True).stdout)["qpdf"][1].items() if k == "trailer")
        self.catalog = self.resolve(trailer["value"]["/Root"])

    def resolve(self, value):
        while isinstance(value, str) and value.endswith(" R"):
            value = self.objects[value]
            if "value" in value:
                value = value["value"]
            elif "stream" in value:
                value = value["stream"]
        return value

    def stream(self, ref):
        obj = self.objects[ref]["stream"]
        return base64.b64decode(obj.get("data", ""))

    def pages(self):
        result = []

        def walk(ref):
            node = self.resolve(ref)
            if node.get("/Type") == "/Pages":
                for kid in node["/Kids"]:
                    walk(kid)
            else:
                result.append(ref)
        walk(self.catalog["/Pages"])
        return result


TOKEN = re.compile(rb"""
    \s+|%[^\r\n]*
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<open><<|\[)
  | (?P<close>>>|\])
  | (?P<name>/[^\s/<>\[\]()%{}]*)
  | (?P<literal>\()
  | (?P<word>[^\s/<>\[\]()%{}]+)
""", re.VERBOSE)


def tokens(data):
    """Yields (kind, value) for a content stream: operands and operators."""
    i = 0
    while i < len(data):
        match = TOKEN.match(data, i)
        if not match:
            raise ValueError(f"cannot read content at byte {i}")
        i = match.end()
        kind = match.lastgroup
        if kind is None:
            continue
        if kind == "literal":
            depth, j, text = 1, i, bytearray()
            while depth:
                c = data[j:j + 1]
                if c == b"\\":
                    text += data[j:j + 2]
                    j += 2
                    continue
                depth += {b"(": 1, b")": -1}.get(c, 0)
                if depth:
                    text += c
                j += 1
            i = j
            yield "string", bytes(text)
        elif kind == "word":
            word = match.group(kind).decode("latin-1")
            if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", word) or word in ("true", "false", "null"):
                yield "operand", word
            else:
                yield "operator", word
        else:
            yield kind, match.group(kind)


def text_of(operands):
    """The characters of a Tj/TJ operand in sdgen's Identity-H fonts."""
    out = []
    for kind, value in operands:
        if kind == "hex":
            hexes = re.sub(rb"[<>\s]", b"", value)
            raw = bytes.fromhex(hexes.decode())
            out.append(raw.decode("utf-16-be", errors="replace"))
    return "".join(out)


def check(path, want_text):
    pdf = Pdf(path)
    failures = []
    cat = pdf.catalog
    if pdf.resolve(cat.get("/MarkInfo", {})).get("/Marked") is not True:
        failures.append("catalog: /MarkInfo /Marked is not true")
    if not cat.get("/Lang"):
        failures.append("catalog: no /Lang")
    if pdf.resolve(cat.get("/ViewerPreferences", {})).get("/DisplayDocTitle") is not True:
        failures.append("catalog: /ViewerPreferences /DisplayDocTitle is not true")
    if "/Metadata" not in cat:
        failures.append("catalog: no /Metadata")
    else:
        xmp = pdf.stream(cat["/Metadata"]).decode("utf-8")
        if "<pdfuaid:part>1</pdfuaid:part>" not in xmp:
            failures.append("metadata: no pdfuaid:part 1")
        if not re.search(r"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">[^<]+</rdf:li>", xmp):
            failures.append("metadata: no dc:title")
    if "/StructTreeRoot" not in cat:
        failures.append("catalog: no /StructTreeRoot")
        return failures, []
    root = pdf.resolve(cat["/StructTreeRoot"])
    nums = pdf.resolve(root["/ParentTree"])["/Nums"]
    parent_tree = {nums[i]: nums[i + 1] for i in range(0, len(nums), 2)}

    # Every element reachable from the root, and what each holds.
    holds = {}  # element ref -> list of (page ref, mcid)
    objects_referred = {}  # annotation ref -> the element whose OBJR names it
    roles = {}
    order = []  # leaves in reading order
    seen = set()

    def walk(ref, parent_page):
        if ref in seen:
            failures.append(f"structure: element {ref} reached twice")
            return
        seen.add(ref)
        element = pdf.resolve(ref)
        role = element.get("/S", "?")[1:]
        scope = pdf.resolve(element.get("/A", {})).get("/Scope")
        if scope:
            role += scope
        language = element.get("/Lang")
        if language:
            role += f"[{language.removeprefix('u:')}]"
        roles[ref] = role
        if role == "Figure" and not element.get("/Alt"):
            failures.append(f"structure: Figure {ref} has no /Alt")
        page = element.get("/Pg", parent_page)
        kids = element.get("/K", [])
        if not isinstance(kids, list):
            kids = [kids]
        content = []
        for kid in kids:
            if isinstance(kid, dict) and kid.get("/Type") == "/OBJR":
                objects_referred[kid["/Obj"]] = ref
            elif isinstance(kid, int):
                content.append((page, kid))
            elif isinstance(kid, str):
                walk(kid, page)
            else:
                kid = pdf.resolve(kid)
                if kid.get("/Type") == "/OBJR":
                    objects_referred[kid["/Obj"]] = ref
                elif kid.get("/Type") == "/MCR":
                    content.append((kid.get("/Pg", page), kid["/MCID"]))
        holds[ref] = content
        if content:
            order.append(ref)

    kids = root["/K"] if isinstance(root["/K"], list) else [root["/K"]]
    for kid in kids:
        walk(kid, None)
    for ref, obj in pdf.objects.items():
        value = obj.get("value")
        if isinstance(value, dict) and value.get("/Type") == "/StructElem" and ref not in seen:
            failures.append(f"structure: element {ref} is not reachable from the root")

    text_by_mark = {}
    for number, page_ref in enumerate(pdf.pages(), start=1):
        page = pdf.resolve(page_ref)
        where = f"page {number}"
        if page.get("/Tabs") != "/S":
            failures.append(f"{where}: no /Tabs /S")
        annotations = page.get("/Annots", [])
        for annotation_ref in annotations if isinstance(annotations, list) else []:
            annotation = pdf.resolve(annotation_ref)
            if not annotation.get("/TU") and annotation.get("/Subtype") == "/Widget":
                failures.append(f"{where}: widget {annotation_ref} has no /TU")
            parent_key = annotation.get("/StructParent")
            if parent_key is None:
                failures.append(f"{where}: annotation {annotation_ref} has no /StructParent")
            elif objects_referred.get(annotation_ref) != parent_tree.get(parent_key):
                failures.append(f"{where}: annotation {annotation_ref} is not in the structure tree")
        key = page.get("/StructParents")
        if key is None:
            failures.append(f"{where}: no /StructParents")
            continue
        parents = pdf.resolve(parent_tree.get(key, []))
        contents = page["/Contents"]
        data = b"".join(pdf.stream(c) for c in (contents if isinstance(contents, list) else [contents]))
        stack = []  # for each open sequence: an MCID, "artifact" or None
        operands = []
        mcids = []
        for kind, value in tokens(data):
            if kind != "operator":
                operands.append((kind, value))
                continue
            if value in ("BDC", "BMC"):
                tag = operands[0][1].decode() if operands else ""
                mcid = None
                if value == "BDC":
                    found = re.search(rb"/MCID\s+(\d+)", b" ".join(
                        v if isinstance(v, bytes) else v.encode() for _, v in operands))
                    mcid = int(found.group(1)) if found else None
                if tag == "/Artifact":
                    stack.append("artifact")
                elif mcid is not None:
                    if any(isinstance(s, int) for s in stack):
                        failures.append(f"{where}: MCID {mcid} nested in another MCID")
                    stack.append(mcid)
                    mcids.append(mcid)
                else:
                    stack.append(None)
            elif value == "EMC":
                if not stack:
                    failures.append(f"{where}: EMC without BDC/BMC")
                else:
                    stack.pop()
            elif value in PAINTING:
                if not any(s is not None for s in stack):
                    failures.append(f"{where}: '{value}' outside tagged content and artifacts")
                elif value in ("Tj", "TJ", "'", '"'):
                    open_mcid = next((s for s in reversed(stack) if isinstance(s, int)), None)
                    if open_mcid is not None:
                        text_by_mark[(page_ref, open_mcid)] = (
                            text_by_mark.get((page_ref, open_mcid), "") + text_of(operands))
            operands = []
        if stack:
            failures.append(f"{where}: {len(stack)} marked-content sequence(s) left open")
        if len(set(mcids)) != len(mcids):
            failures.append(f"{where}: an MCID is used twice")
        for mcid in mcids:
            if mcid >= len(parents):
                failures.append(f"{where}: MCID {mcid} is not in the ParentTree")
                continue
            owner = parents[mcid]
            if (page_ref, mcid) not in holds.get(owner, []):
                failures.append(f"{where}: the ParentTree's element for MCID {mcid} does not hold it")

    lines = []
    for ref in order:
        text = "".join(text_by_mark.get(mark, "") for mark in holds[ref])
        lines.append(f"{roles[ref]}: {' '.join(text.split())}")
    return failures, lines


def main():
    want_text = sys.argv[1] == "--text"
    path = sys.argv[-1]
    failures, lines = check(path, want_text)
    if want_text:
        print("\n".join(lines))
        return 0
    for failure in failures:
        print(f"{path}: {failure}")
    if failures:
        return 1
    print("tagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
