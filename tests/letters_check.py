"""Reads e-mail drafts with Python's own `email` package, an independent parser, and prints what a mail
program would see as JSON: per draft its headers (decoded), recipients, subject, the plain text, and the HTML
part's tags and text. Usage: python3 letters_check.py DRAFTS.zip"""

import email
import email.policy
import json
import sys
import zipfile
from email.headerregistry import Address
from html.parser import HTMLParser


class Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def mailboxes(msg, name):
    header = msg.get(name)
    if header is None:
        return []
    return [[a.display_name, a.addr_spec] for a in header.addresses]


def read(name, raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = {
        "file": name,
        "header_names": [k for k, _ in msg.items()],
        "to": mailboxes(msg, "To"),
        "cc": mailboxes(msg, "Cc"),
        "subject": str(msg.get("Subject", "")),
        "unsent": msg.get("X-Unsent"),
        "content_type": msg.get_content_type(),
        "defects": [type(d).__name__ for d in msg.defects],
        "parts": [],
    }
    for part in msg.iter_parts():
        body = part.get_content()
        item = {"type": part.get_content_type(), "charset": part.get_content_charset(), "text": body,
                "defects": [type(d).__name__ for d in part.defects]}
        if part.get_content_type() == "text/html":
            p = Html()
            p.feed(body)
            item["tags"] = sorted(set(p.tags))
            item["attrs"] = sorted(set(p.attrs))
            item["text"] = "".join(p.text)
        out["parts"].append(item)
    return out


def main():
    with zipfile.ZipFile(sys.argv[1]) as z:
        drafts = [read(n, z.read(n)) for n in z.namelist()]
    json.dump(drafts, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
