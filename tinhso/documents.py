"""Reading CLI inputs into claim-extraction documents."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from claims import Document


class InputError(ValueError):
    """Bad input, with the offending file (and line) named."""


def _parse_published(value, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"{where}: 'published' is not an ISO date: {value!r}") from None


def _from_html(doc: str, html: str, url: str | None, published, title) -> Document:
    from scrapers.article import extract_article  # HTML needs the article extractor
    art = extract_article(html, url=url)
    pub = published or (art.published.date() if art.published else None)
    return Document(doc=doc, text=((art.title + "\n\n") if art.title else "") + art.text, url=url or art.canonical_url,
                    published=pub, title=title or art.title)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: cannot decode as UTF-8 or windows-1258")


def load_documents(inputs: list[str]) -> Iterator[Document]:
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm", ".jsonl"))
            if not files:
                raise InputError(f"{raw}: folder holds no .txt, .html or .jsonl files")
            yield from load_documents([str(p) for p in files])
        elif path.suffix.lower() == ".jsonl":
            yield from _load_jsonl(path)
        elif path.suffix.lower() in (".html", ".htm"):
            yield _from_html(path.stem, _read_text(path), None, None, None)
        elif path.suffix.lower() == ".txt":
            yield Document(doc=path.stem, text=_read_text(path))
        else:
            raise InputError(f"{raw}: unsupported input (want .txt, .html, .jsonl or a folder)")


def _load_jsonl(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{where}: invalid JSON ({e.msg})") from None
            if not isinstance(rec, dict) or "doc" not in rec or not ("text" in rec or "html" in rec):
                raise InputError(f"{where}: a document needs 'doc' and 'text' or 'html'")
            published = _parse_published(rec.get("published"), where)
            if "html" in rec and "text" not in rec:
                yield _from_html(str(rec["doc"]), rec["html"], rec.get("url"), published, rec.get("title"))
            else:
                yield Document(doc=str(rec["doc"]), text=rec["text"], url=rec.get("url"),
                               published=published, title=rec.get("title"))
