#!/usr/bin/env python3
"""Writes tests/xss/content/: a site whose every text field, label, enum value, body and
link title carries a script-injection payload. Run it again after changing the payloads;
the folder it writes is committed, so the browser test needs no Python.

Each payload that would run calls console.log('XSS-MARKER <n>') or alert(), which
tests/xss/xss.js watches for. Safe text must still appear on the page exactly as written.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "content")

PAYLOADS = [
    "<script>console.log('XSS-MARKER 1')</script>",
    "\"><img src=x onerror=\"console.log('XSS-MARKER 2')\">",
    "'><svg onload=alert(3)>",
    "</script><script>console.log('XSS-MARKER 4')</script>",
    "{{ constructor.constructor('alert(5)')() }} {{{t.title}}} {{> head}} {{=<% %>=}}",
    "&lt;script&gt;console.log('XSS-MARKER 6')&lt;/script&gt; &amp;amp;",
    "regel\u2028scheiding\u2029alinea console.log('XSS-MARKER 7')",
    "<svg><script>console.log('XSS-MARKER 8')</script></svg>",
    "]]><script>console.log('XSS-MARKER 9')</script><![CDATA[",
    "<style>*{display:none}</style><iframe srcdoc=\"<script>parent.console.log('XSS-MARKER 10')</script>\">",
    "\\u003cscript\\u003econsole.log('XSS-MARKER 11')\\u003c/script\\u003e ${alert(11)} `${alert(11)}`",
    "<a href=\"javascript:alert(12)\">klik</a><!--",
]


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def p(i):
    return PAYLOADS[i % len(PAYLOADS)]


def write(rel, text):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def schema():
    # The basis fixture's schema, with payloads in every label, help text and enum value.
    scopes = [p(1), p(2), p(3)]
    return f"""common:
  titel: {{type: string, required: true, label: {q(p(0))}, boost: 10}}
  samenvatting: {{type: string, required: true, label: {q(p(1))}, boost: 4}}
  aliassen:
    type: list
    of: {{type: string}}
    label: {q(p(2))}
    boost: 6
kinds:
  netwerk:
    folder: netwerken
    label: {q(p(3))}
    plural: {q(p(4))}
    intro: {q(p(5))}
    fields:
      types:
        type: list
        of: {{type: ref, kind: netwerktype}}
        required: true
        facet: true
        label: {q(p(6))}
        backlabel: {q(p(7))}
      reikwijdte:
        type: enum
        values: [{', '.join(q(s) for s in scopes)}]
        required: true
        facet: true
        label: {q(p(8))}
        help: {q(p(9))}
      themas:
        type: list
        of: {{type: ref, kind: thema}}
        facet: true
        label: {q(p(10))}
        backlabel: {q(p(11))}
      aanpak:
        type: list
        of: {{type: ref, kind: praktijk}}
        label: {q(p(0))}
        backlabel: {q(p(1))}
      start: {{type: year, label: {q(p(2))}}}
      opgericht: {{type: date, label: {q(p(3))}}}
      actief: {{type: bool, label: {q(p(4))}}}
      leden: {{type: int, label: {q(p(5))}}}
      website: {{type: url, label: {q(p(6))}}}
      omvang:
        type: object
        label: {q(p(7))}
        fields:
          organisaties: {{type: int, label: {q(p(8))}}}
          tekst: {{type: string, label: {q(p(9))}}}
  praktijk:
    folder: praktijken
    label: {q(p(10))}
    plural: {q(p(11))}
    fields:
      categorie:
        type: enum
        values: [{q(p(4))}, {q(p(5))}]
        required: true
        facet: true
        label: {q(p(0))}
      vragen:
        type: list
        label: {q(p(1))}
        of:
          type: object
          fields:
            onderwerp: {{type: string, label: {q(p(2))}}}
            vraag: {{type: string, required: true, label: {q(p(3))}}}
  netwerktype:
    folder: typen
    label: {q(p(4))}
    plural: {q(p(5))}
    fields:
      volgorde: {{type: int, required: true, label: {q(p(6))}}}
  thema:
    folder: themas
    label: {q(p(7))}
    plural: {q(p(8))}
    fields: {{}}
""", scopes


def site():
    return f"""title: {q(p(0))}
description: {q(p(1))}
language: nl
menu: [netwerk, praktijk, netwerktype, thema]
home: [netwerktype, netwerk, praktijk]
search:
  body_length: 2000
map:
  kind: netwerk
  rows: types
  columns: reikwijdte
  color: themas
"""


def body(i, links):
    # Payloads in headings, emphasis, link text and titles, code, tables and raw HTML (which
    # the renderer must drop), and links whose text is a payload pointing at other entries.
    lines = [
        f"## {p(i)}",
        "",
        f"Tekst met *{p(i + 1)}* en `{p(i + 2)}`.",
        "",
        f"{p(i + 3)}",
        "",
        "| kop | " + p(i + 4).replace("|", "\\|") + " |",
        "| --- | --- |",
        "| cel | " + p(i + 5).replace("|", "\\|") + " |",
        "",
    ]
    for n, target in enumerate(links):
        lines.append(f"- [{p(i + n)}]({target} {q(p(i + n + 1))})")
    lines += ["", "```html", p(i + 6), "```", "", f"> {p(i + 7)}", ""]
    return "\n".join(lines)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    text, scopes = schema()
    write("schema.yaml", text)
    write("site.yaml", site())

    # Types and themes: their titles are the rows and colours of the overview map.
    for n in range(3):
        write(f"typen/type-{n}.md", f"""---
titel: {q(p(n) + ' type ' + str(n))}
samenvatting: {q(p(n + 1))}
aliassen: [{q(p(n + 2))}, {q(p(n + 3))}]
volgorde: {n + 1}
---
{body(n, ['../netwerken/netwerk-0.md', f'type-{(n + 1) % 3}.md#{p(n)}'])}""")
        write(f"themas/thema-{n}.yaml", f"""titel: {q(p(n + 4) + ' thema ' + str(n))}
samenvatting: {q(p(n + 5))}
aliassen: [{q(p(n + 6))}]
body: {q(body(n + 4, ['../typen/type-0.md']))}
""")
    for n in range(2):
        write(f"praktijken/praktijk-{n}.md", f"""---
titel: {q(p(n + 7) + ' praktijk ' + str(n))}
samenvatting: {q(p(n + 8))}
categorie: {q(p(4 + n))}
vragen:
  - {{onderwerp: {q(p(n))}, vraag: {q(p(n + 1))}}}
  - {{vraag: {q(p(n + 2))}}}
---
{body(n + 7, ['../themas/thema-0.yaml', '../netwerken/netwerk-1.md'])}""")
    # Networks: every field, including a web address whose query holds a payload.
    for n in range(len(PAYLOADS)):
        write(f"netwerken/netwerk-{n}.md", f"""---
titel: {q(p(n) + ' netwerk ' + str(n))}
samenvatting: {q(p(n + 1))}
aliassen: [{q(p(n + 2))}]
types: [type-{n % 3}, type-{(n + 1) % 3}]
reikwijdte: {q(scopes[n % 3])}
themas: [thema-{n % 3}]
aanpak: [praktijk-{n % 2}]
start: {2000 + n}
opgericht: 2020-01-{n + 1:02d}
actief: {'true' if n % 2 else 'false'}
leden: {n * 7}
website: {q('https://voorbeeld.nl/?q=%22%3E%3Cscript%3Ealert(' + str(n) + ')%3C/script%3E#' + str(n))}
omvang: {{organisaties: {n}, tekst: {q(p(n + 3))}}}
---
{body(n, ['../typen/type-0.md', '../praktijken/praktijk-1.md', f'netwerk-{(n + 1) % len(PAYLOADS)}.md'])}""")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    sys.exit(main())
