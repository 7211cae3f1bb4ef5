"""What a build changed: new articles, actors and claims, and stances that moved.

Each build that changes the briefing adds one Update to content/updates.yaml; the site shows
them on its "What changed" page and in its feed, so a returning reader sees what is new.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from .records import StanceChange, Update
from .store import Content


def today() -> str:
    """The build's date: SOURCE_DATE_EPOCH where set (reproducible builds), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


#: What the last build published: record ids by kind, and each attribution's
#: [stance, actor, claim] by article and attribution id (content/.generated/published.json).
Published = dict[str, Any]


def published(content: Content) -> Published:
    """What readers of the site built from ``content`` see, in the terms an update compares."""
    return {
        "actors": sorted(content.actors),
        "claims": sorted(content.claims),
        "articles": {
            aid: {a.id: [a.stance, a.actor, a.claim] for a in article.attributions if not a.wrong}
            for aid, article in sorted(content.articles.items())
        },
    }


def diff(before: Published, new: Content, updates: tuple[Update, ...], *, date: str) -> Update | None:
    """The update from what was published to ``new``, or None where nothing a reader sees changed."""
    stances = []
    now = published(new)
    old_articles = before.get("articles", {})
    for article_id, atts in now["articles"].items():
        was = old_articles.get(article_id)
        if was is None:
            continue
        for att_id, (stance, actor, claim) in atts.items():
            prev = was.get(att_id)
            if prev is not None and prev != [stance, actor, claim]:
                stances.append(StanceChange(article_id, att_id, actor, claim, stance, prev[0]))
    update = Update(
        number=(updates[0].number + 1) if updates else 1,
        date=date,
        articles=tuple(sorted(set(now["articles"]) - set(old_articles))),
        actors=tuple(sorted(set(now["actors"]) - set(before.get("actors", [])))),
        claims=tuple(sorted(set(now["claims"]) - set(before.get("claims", [])))),
        stances=tuple(stances),
    )
    if not (update.articles or update.actors or update.claims or update.stances):
        return None
    return update
